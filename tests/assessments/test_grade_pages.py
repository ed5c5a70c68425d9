"""The grade review page: evidence highlighted in the transcript, overrides, the audit trail."""

import pytest

from assessments.models import GradeOverride

pytestmark = pytest.mark.django_db


def url(session):
    return f"/assessments/calls/{session.pk}/grade/"


def test_the_owner_sees_the_total_criteria_tips_and_highlighted_quotes(
    client_for, agent, poor_session
):
    html = client_for(agent).get(url(poor_session)).content.decode()
    assert "Critical fail" in html
    assert "Did not promise a delivery date the carrier hasn&#x27;t confirmed" in html
    assert "<mark" in html and "I promise it will</mark>" in html and "tomorrow</mark>" in html
    assert 'href="#turn-4"' in html and 'id="turn-4"' in html
    assert "Try:" in html  # coaching tips for points lost
    assert "Override this score" not in html


def test_markup_in_a_transcript_is_escaped_not_rendered(client_for, agent, late_order):
    from tests.assessments.factories import ended_session

    session = ended_session(
        agent, late_order, [("customer", "Hi"), ("agent", "Hello <script>alert(1)</script> there")]
    )
    html = client_for(agent).get(url(session)).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


def test_a_trainer_overrides_with_a_reason_and_the_audit_trail_shows_it(
    client_for, trainer, poor_session
):
    criterion = poor_session.grade.criterion_scores.get(key="resolution")
    client = client_for(trainer)
    response = client.post(
        f"/assessments/criteria/{criterion.pk}/override/",
        {
            f"c{criterion.pk}-score": 1,
            f"c{criterion.pk}-applicable": "on",
            f"c{criterion.pk}-reason": "The reassurance was an offer of a reship in effect.",
        },
    )
    assert response.status_code == 302
    html = client.get(url(poor_session)).content.decode()
    assert "Audit trail" in html and "The reassurance was an offer of a reship in effect." in html
    assert "Tereza" in html or "trainer" in html
    assert GradeOverride.objects.count() == 1


def test_an_override_without_a_reason_is_refused_with_a_message(client_for, trainer, poor_session):
    criterion = poor_session.grade.criterion_scores.get(key="resolution")
    client = client_for(trainer)
    response = client.post(
        f"/assessments/criteria/{criterion.pk}/override/",
        {f"c{criterion.pk}-score": 1, f"c{criterion.pk}-reason": ""},
        follow=True,
    )
    assert "The score was not changed" in response.content.decode()
    assert not GradeOverride.objects.exists()


def test_a_score_above_the_maximum_is_refused(client_for, trainer, poor_session):
    criterion = poor_session.grade.criterion_scores.get(key="resolution")
    client_for(trainer).post(
        f"/assessments/criteria/{criterion.pk}/override/",
        {f"c{criterion.pk}-score": 7, f"c{criterion.pk}-reason": "why not"},
    )
    assert not GradeOverride.objects.exists()


def test_a_manager_overrides_for_their_team_but_not_another_team(
    client_for, manager, other_manager, team, poor_session
):
    criterion = poor_session.grade.criterion_scores.get(key="resolution")
    data = {f"c{criterion.pk}-score": 1, f"c{criterion.pk}-reason": "Coached on the call"}
    assert (
        client_for(other_manager)
        .post(f"/assessments/criteria/{criterion.pk}/override/", data)
        .status_code
        == 404
    )
    assert not GradeOverride.objects.exists()
    assert "Override this score" in client_for(manager).get(url(poor_session)).content.decode()
    client_for(manager).post(f"/assessments/criteria/{criterion.pk}/override/", data)
    assert GradeOverride.objects.get().by == manager


def test_an_agent_cannot_override_their_own_grade(client_for, agent, poor_session):
    criterion = poor_session.grade.criterion_scores.get(key="resolution")
    client_for(agent).post(
        f"/assessments/criteria/{criterion.pk}/override/",
        {f"c{criterion.pk}-score": 1, f"c{criterion.pk}-reason": "I deserve it"},
    )
    assert not GradeOverride.objects.exists()


def test_admins_see_overrides_in_wagtails_site_history(
    client_for, admin_user, trainer, poor_session
):
    from assessments.services import criterion_override

    criterion_override(
        criterion=poor_session.grade.criterion_scores.get(key="resolution"),
        by=trainer,
        score=1,
        reason="Reship was offered in effect",
    )
    html = client_for(admin_user).get("/cms/reports/site-history/").content.decode()
    assert "Override a grade criterion" in html


def test_an_ungraded_call_says_why(client_for, agent, late_order):
    from tests.assessments.factories import ended_session

    session = ended_session(agent, late_order, [("customer", "Hi")], grade=False)
    html = client_for(agent).get(url(session)).content.decode()
    assert "still in progress" in html


def test_the_grade_page_needs_a_handful_of_queries(
    client_for, trainer, poor_session, django_assert_max_num_queries
):
    client = client_for(trainer)
    client.get(url(poor_session))
    with django_assert_max_num_queries(20):
        assert client.get(url(poor_session)).status_code == 200
