"""Each certificate requirement on the learner's home and certificates page links to the
course, quiz or call that fulfils it."""

import re

import pytest

from tests.courses.factories import make_course

from .factories import make_program, make_quiz, make_scenario, req_course, req_quiz, req_set

pytestmark = pytest.mark.django_db


@pytest.fixture
def program(roles):
    course = make_course("Listening like an expert")
    quiz = make_quiz("Policies check")
    calls = [make_scenario("Late order, angry customer"), make_scenario("Billing, confused")]
    make_program(
        "Certified Junior Agent",
        requirements=[req_course(course), req_quiz(quiz), req_set(calls, count=1)],
    )
    return course, quiz, calls


def _links(html: str, start: str, end: str) -> dict[str, str]:
    """The text of each link between two markers of the page, and where it goes."""
    part = html[html.index(start) :]
    part = part[: part.index(end)]
    return {
        " ".join(text.split()): href
        for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', part)
    }


def _home_links(client) -> dict[str, str]:
    # The certification panel, and only the requirements in it.
    return _links(client.get("/").content.decode(), "Still to do:", "</section>")


def test_the_agent_s_home_links_each_requirement_to_what_fulfils_it(client_for, agent, program):
    course, quiz, calls = program
    links = _home_links(client_for(agent))
    assert links["Complete the course “Listening like an expert”"] == course.get_url()
    assert links["Pass the quiz “Policies check”"] == f"/assessments/quizzes/{quiz.pk}/"
    assert links["Late order, angry customer"] == f"/practice/scenarios/{calls[0].slug}/"
    assert links["Billing, confused"] == f"/practice/scenarios/{calls[1].slug}/"


def test_the_links_lead_to_pages_the_agent_can_open(client_for, agent, program):
    client = client_for(agent)
    for href in _home_links(client).values():
        assert client.get(href).status_code == 200, href


def test_the_certificates_page_links_them_too(client_for, agent, program):
    course, quiz, _calls = program
    page = client_for(agent).get("/certification/certificates/").content.decode()
    links = _links(page, "Career ladder", "Certificates and history")
    assert links["Complete the course “Listening like an expert”"] == course.get_url()
    assert links["Pass the quiz “Policies check”"] == f"/assessments/quizzes/{quiz.pk}/"


def test_a_set_of_calls_is_introduced_once_and_each_call_is_a_link(client_for, agent, program):
    page = " ".join(client_for(agent).get("/").content.decode().split())
    assert "Score 70 or more, with no critical fail, on 1 of these calls:" in page
    assert "on 1 of these calls: Late order" not in page  # the names are the links below
