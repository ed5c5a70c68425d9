"""Skill profiles: recency weighting, bands, history, the chart, and the pages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from assessments.models import SkillEvidence
from assessments.profile import (
    EvidencePoint,
    band_for,
    chart_build,
    recency_weighted,
    skill_history,
)
from assessments.selectors import skill_profile_for

NOW = timezone.now()


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (100, "expert"),
        (90, "expert"),
        (89.6, "expert"),
        (89, "proficient"),
        (75, "proficient"),
        (74, "developing"),
        (50, "developing"),
        (49, "needs_work"),
        (0, "needs_work"),
    ],
)
def test_bands(score, band):
    assert band_for(score).key == band


def test_recent_evidence_counts_more_than_old_evidence():
    old = EvidencePoint(NOW - timedelta(days=90), 20)
    new = EvidencePoint(NOW, 100)
    score = recency_weighted([old, new], NOW)
    assert score == pytest.approx((0.25 * 20 + 1 * 100) / 1.25)
    assert recency_weighted([old, new], NOW) > (20 + 100) / 2


def test_weight_and_future_evidence():
    assert recency_weighted([EvidencePoint(NOW, 50, 3), EvidencePoint(NOW, 100, 1)], NOW) == 62.5
    assert recency_weighted([EvidencePoint(NOW + timedelta(days=1), 10)], NOW) is None


def test_history_says_how_much_each_activity_moved_the_skill():
    points = [EvidencePoint(NOW - timedelta(days=2), 40), EvidencePoint(NOW, 100)]
    history = skill_history(points)
    assert [h.level for h in history][0] == 40
    assert history[1].delta == history[1].level - 40 > 0


def test_chart_coordinates_stay_inside_the_plot():
    chart = chart_build(
        {"Empathy": [(NOW - timedelta(days=3), 40), (NOW, 90)], "Patience": [(NOW, 60)]}
    )
    assert len(chart.lines) == 2
    for line in chart.lines:
        for x, y, _v in line.dots:
            assert chart.left <= x <= chart.right and chart.top <= y <= chart.bottom
    assert chart_build({}) is None


@pytest.mark.django_db
def test_the_profile_comes_from_quizzes_and_graded_calls(agent, graded_session):
    from assessments.services import quiz_attempt_start, quiz_attempt_submit
    from tests.assessments.factories import quiz

    attempt = quiz_attempt_start(user=agent, quiz=quiz())
    quiz_attempt_submit(attempt=attempt, responses={})
    levels = {lvl.skill.slug: lvl for lvl in skill_profile_for(agent)}
    assert levels["empathy"].evidence_count == 2
    assert {"quiz", "call"} == set(
        SkillEvidence.objects.filter(user=agent, skill__slug="empathy").values_list(
            "source", flat=True
        )
    )


@pytest.mark.django_db
def test_the_skills_page_shows_bands_the_chart_and_what_moved_it(client_for, agent, graded_session):
    html = client_for(agent).get("/assessments/skills/").content.decode()
    assert "Where you stand" in html and "<svg" in html and "polyline" in html
    assert "What moved it" in html and graded_session.scenario.title in html
    assert "Expert" in html or "Proficient" in html


@pytest.mark.django_db
def test_an_empty_profile_says_how_to_start(client_for, new_hire):
    html = client_for(new_hire).get("/assessments/skills/").content.decode()
    assert "No graded evidence yet" in html


@pytest.mark.django_db
def test_managers_see_their_teams_profiles_only(
    client_for, manager, other_manager, agent, team, graded_session
):
    url = f"/assessments/people/{agent.pk}/skills/"
    assert client_for(manager).get(url).status_code == 200
    assert client_for(other_manager).get(url).status_code == 404


@pytest.mark.django_db
def test_the_home_panel_shows_the_learners_skills(client_for, agent, graded_session):
    html = client_for(agent).get("/").content.decode()
    assert "My skills" in html and "Latest graded calls" in html


@pytest.mark.django_db
def test_the_skills_page_needs_a_handful_of_queries(
    client_for, agent, graded_session, django_assert_max_num_queries
):
    client = client_for(agent)
    client.get("/assessments/skills/")
    with django_assert_max_num_queries(12):
        client.get("/assessments/skills/")
