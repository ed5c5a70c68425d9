"""A certificate says how it was issued: earned through the program's requirements, or by
hand by a named trainer with their reason. The printable certificate never claims every
requirement was met when it was not."""

import html

import pytest

from certification import services

from .factories import make_program

pytestmark = pytest.mark.django_db

EARNED = "has met every requirement of"


@pytest.fixture
def program(roles):
    return make_program("Certified Junior Agent")


@pytest.fixture
def by_hand(agent, trainer, program):
    trainer.first_name, trainer.last_name = "Tereza", "Novak"
    trainer.save()
    return services.certificate_issue(
        holder=agent, program=program, issued_by=trainer, reason="Paper records from Leeds."
    )


@pytest.fixture
def earned(new_hire, program):
    return services.certificate_issue(holder=new_hire, program=program)


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return " ".join(html.unescape(response.content.decode()).split())


def test_a_printable_hand_issued_certificate_says_who_issued_it_and_why(
    client_for, admin_user, by_hand
):
    page = _page(client_for(admin_user), f"/certification/certificates/{by_hand.pk}/print/")
    assert EARNED not in page
    assert "has been awarded" in page
    assert "Issued by hand by Tereza Novak" in page
    assert "Reason: Paper records from Leeds." in page


def test_a_printable_earned_certificate_says_every_requirement_was_met(
    client_for, admin_user, earned
):
    page = _page(client_for(admin_user), f"/certification/certificates/{earned.pk}/print/")
    assert EARNED in page
    assert "by hand" not in page


def test_the_public_verification_page_says_how_but_keeps_the_reason_private(client, by_hand):
    page = _page(client, by_hand.get_verify_url())
    assert "Issued by hand by Tereza Novak" in page
    assert "Paper records" not in page


def test_the_public_verification_page_of_an_earned_certificate(client, earned):
    page = _page(client, earned.get_verify_url())
    assert "Earned by meeting the program's requirements" in page


def test_a_hand_issued_certificate_whose_issuer_has_left_still_says_by_hand(
    client_for, admin_user, by_hand, trainer
):
    trainer.delete()
    page = _page(client_for(admin_user), f"/certification/certificates/{by_hand.pk}/print/")
    assert EARNED not in page
    assert "Issued by hand" in page and "Tereza" not in page


def test_the_detail_page_says_how_it_was_issued(client_for, admin_user, by_hand):
    page = _page(client_for(admin_user), f"/certification/certificates/{by_hand.pk}/")
    assert "By hand, by Tereza Novak" in page
    assert "Paper records from Leeds." in page
