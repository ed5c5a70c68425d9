"""Training analytics for a period and a team, and the calls behind a criterion's figure.

Team Aurora (the agent) and Team Borealis (Olga) play the same scenario; the agent's
calls are ten days and sixty days old, Olga's is today. Every call misses "Acknowledged
the customer's feelings" except the agent's old one.
"""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.models import QuizAnswer, QuizQuestion
from certification.forms import AnalyticsFilterForm
from certification.selectors.analytics import (
    AnalyticsFilter,
    criterion_calls_for,
    question_stats,
    scenario_stats,
)
from tests.factories import TeamFactory

from .factories import grade_call, make_quiz, make_scenario, pass_quiz

pytestmark = pytest.mark.django_db

KEY = "acknowledge-feelings"


@pytest.fixture
def calls(team, agent, other_agent, other_manager):
    borealis = TeamFactory(
        name="Team Borealis", slug="team-borealis", managers=[other_manager], members=[other_agent]
    )
    scenario = make_scenario("Late order, angry customer")
    now = timezone.now()
    recent = grade_call(agent, scenario, score=40, when=now - timedelta(days=10))
    old = grade_call(agent, scenario, score=90, when=now - timedelta(days=60))
    today = grade_call(other_agent, scenario, score=50, when=now)
    quiz = make_quiz()
    question = QuizQuestion.objects.create(
        quiz=quiz, kind="true_false", prompt="Refunds take 5 days."
    )
    for user, when, correct in ((agent, now - timedelta(days=10), True), (other_agent, now, False)):
        attempt = pass_quiz(user, quiz, score=100 if correct else 0, passed=correct, when=when)
        QuizAnswer.objects.create(attempt=attempt, question_id=question.pk, correct=correct)
    return {
        "scenario": scenario,
        "borealis": borealis,
        "recent": recent,
        "old": old,
        "today": today,
        "quiz": quiz,
    }


def _only(stats):
    assert len(stats) == 1
    return stats[0]


def test_the_team_filter_counts_only_that_teams_calls(calls, team):
    everyone = _only(scenario_stats())
    aurora = _only(scenario_stats(AnalyticsFilter(team=team)))
    borealis = _only(scenario_stats(AnalyticsFilter(team=calls["borealis"])))
    assert (everyone.attempts, aurora.attempts, borealis.attempts) == (3, 2, 1)
    assert aurora.average_score == 65  # 40 and 90
    assert borealis.average_score == 50


def test_the_date_filter_includes_both_end_days(calls):
    today = timezone.localdate()
    last_30 = _only(scenario_stats(AnalyticsFilter(date_from=today - timedelta(days=29))))
    assert last_30.attempts == 2  # ten days ago and today; not sixty days ago
    just_today = _only(scenario_stats(AnalyticsFilter(date_from=today, date_to=today)))
    assert just_today.attempts == 1
    assert scenario_stats(AnalyticsFilter(date_to=today - timedelta(days=61))) == []


def test_the_most_failed_criteria_follow_the_filters(calls, team):
    aurora = _only(scenario_stats(AnalyticsFilter(team=team)))
    (criterion,) = aurora.top_failed
    assert (criterion.key, criterion.fails, criterion.percent) == (KEY, 1, 50)
    everyone = _only(scenario_stats())
    assert everyone.top_failed[0].fails == 2


def test_quiz_figures_follow_the_filters(calls, team):
    everyone = _only(question_stats())
    assert (everyone.answered, everyone.correct_rate) == (2, 50)
    aurora = _only(question_stats(AnalyticsFilter(team=team)))
    assert (aurora.answered, aurora.correct_rate) == (1, 100)
    today = timezone.localdate()
    just_today = _only(question_stats(AnalyticsFilter(date_from=today, date_to=today)))
    assert (just_today.answered, just_today.correct_rate) == (1, 0)


def test_the_calls_behind_a_criterion_are_the_ones_that_missed_it_newest_first(
    calls, trainer, agent, other_agent
):
    result = criterion_calls_for(calls["scenario"], KEY, viewer=trainer)
    assert [c.session_id for c in result.calls] == [
        calls["today"].session_id,
        calls["recent"].session_id,
    ]
    assert [c.agent for c in result.calls] == [
        other_agent.get_full_name() or other_agent.username,
        agent.get_full_name() or agent.username,
    ]
    assert (result.missed, result.graded, result.percent) == (2, 3, 67)
    assert all(c.score == 0 and c.max == 2 and c.can_open for c in result.calls)


def test_the_calls_behind_a_criterion_follow_the_team_and_dates(calls, trainer, team):
    aurora = criterion_calls_for(calls["scenario"], KEY, filters=AnalyticsFilter(team=team))
    assert [c.session_id for c in aurora.calls] == [calls["recent"].session_id]
    today = timezone.localdate()
    today_only = criterion_calls_for(
        calls["scenario"], KEY, filters=AnalyticsFilter(date_from=today, date_to=today)
    )
    assert [c.session_id for c in today_only.calls] == [calls["today"].session_id]


def test_a_criterion_never_scored_on_the_scenario_has_no_calls(calls):
    assert criterion_calls_for(calls["scenario"], "no-such-criterion") is None


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"from": "31/02/2026"}, "Enter a date as YYYY-MM-DD"),
        ({"to": "yesterday"}, "Enter a date as YYYY-MM-DD"),
        ({"from": "2026-03-10", "to": "2026-03-01"}, "The start date is after the end date"),
        ({"team": "no-such-team"}, "There is no such team"),
    ],
)
def test_bad_filters_give_a_clear_error_and_no_figures(client_for, trainer, calls, query, message):
    response = client_for(trainer).get(reverse("certification:analytics"), query)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "Late order, angry customer" not in html


def test_bad_filters_on_the_calls_page_give_a_clear_error(client_for, trainer, calls):
    url = reverse("certification:analytics_criterion", args=[calls["scenario"].pk, KEY])
    response = client_for(trainer).get(url, {"from": "2026-13-01"})
    assert response.status_code == 400
    assert "Enter a date as YYYY-MM-DD" in response.content.decode()


def test_the_page_keeps_the_filters_in_the_criterion_links(client_for, trainer, team, calls):
    response = client_for(trainer).get(
        reverse("certification:analytics"), {"team": team.slug, "from": "2026-01-01"}
    )
    html = response.content.decode()
    criterion_url = reverse("certification:analytics_criterion", args=[calls["scenario"].pk, KEY])
    assert f"{criterion_url}?from=2026-01-01&amp;team=team-aurora" in html
    assert '<option value="team-aurora" selected>' in html


def test_the_calls_page_links_each_call_to_its_graded_review(client_for, trainer, calls, team):
    url = reverse("certification:analytics_criterion", args=[calls["scenario"].pk, KEY])
    html = client_for(trainer).get(url, {"team": team.slug}).content.decode()
    recent_review = reverse("assessments:session_grade", args=[calls["recent"].session_id])
    other_review = reverse("assessments:session_grade", args=[calls["today"].session_id])
    assert recent_review in html
    assert other_review not in html  # Olga is in Team Borealis
    assert "Missed in 1 of 2 graded calls (50%)." in html


def test_the_quick_periods_keep_the_team_and_mark_the_one_in_use(team):
    today = date(2026, 3, 31)
    form = AnalyticsFilterForm({"team": team.slug, "from": "2026-03-02", "to": "2026-03-31"})
    periods = {p["label"]: p for p in form.periods(today=today)}
    assert periods["Last 30 days"]["current"]
    assert periods["Last 30 days"]["query"] == "from=2026-03-02&to=2026-03-31&team=team-aurora"
    assert periods["Last 7 days"]["query"] == "from=2026-03-25&to=2026-03-31&team=team-aurora"
    assert periods["All time"]["query"] == "team=team-aurora"
    assert not periods["All time"]["current"]
