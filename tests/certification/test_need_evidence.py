"""One open need per person and skill: new evidence is added to it, each piece kept with its
grade and time, the cool-down holds, and managers see one row with the count."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from certification import services
from certification.models import NeedEvidence, RetrainingNeed, RuleEvaluationLog

from .factories import grade_call, make_rule, make_scenario, skill

pytestmark = pytest.mark.django_db

# Six practice calls in 25 minutes, each failing two or three skills.
SIX_CALLS = [
    (0, 45, ("empathy", "patience")),
    (5, 40, ("empathy", "active-listening")),
    (10, 35, ("patience", "empathy", "active-listening")),
    (15, 30, ("empathy", "patience")),
    (20, 42, ("active-listening", "empathy")),
    (25, 38, ("patience", "empathy")),
]


@pytest.fixture
def scenario(roles):
    return make_scenario("Late order, angry customer", skills=("empathy", "patience"))


def _six_calls(agent, scenario):
    start = timezone.now() - timedelta(minutes=30)
    for minutes, score, skills in SIX_CALLS:
        when = start + timedelta(minutes=minutes)
        grade = grade_call(
            agent, scenario, score=score, skills=skills, when=when, quotes=(f"Line at {score}",)
        )
        services.needs_evaluate_for_user(agent, grade=grade, trigger="grade", now=when)


def test_six_failing_calls_leave_one_open_need_per_skill_with_every_piece(agent, scenario):
    make_rule("skill_below", threshold=60, last_n=1)
    _six_calls(agent, scenario)
    open_needs = RetrainingNeed.objects.filter(user=agent, status="open")
    assert sorted(n.skill.slug for n in open_needs) == ["active-listening", "empathy", "patience"]
    empathy = open_needs.get(skill=skill("empathy"))
    pieces = list(empathy.evidence_items.order_by("occurred_at"))
    assert [p.score for p in pieces] == [45, 40, 35, 30, 42, 38]
    assert all(p.grade_id for p in pieces)
    assert pieces[-1].quotes == ["Line at 38"]
    assert empathy.last_evidence_at == pieces[-1].occurred_at
    patience = open_needs.get(skill=skill("patience"))
    assert patience.evidence_items.count() == 4
    added = RuleEvaluationLog.objects.filter(outcome="evidence_added", need=empathy)
    assert added.count() == 5


def test_two_rules_on_the_same_skill_share_one_need(agent, scenario):
    make_rule("skill_below", threshold=60, last_n=1)
    make_rule("skill_below", threshold=70, last_n=1, skill=skill("empathy"))
    grade = grade_call(agent, scenario, score=40, skills=("empathy",))
    raised = services.needs_evaluate_for_user(agent, grade=grade)
    assert len(raised) == 1
    need = RetrainingNeed.objects.get(user=agent, skill=skill("empathy"))
    assert need.evidence_items.count() == 1  # the same call, kept once
    assert RuleEvaluationLog.objects.filter(outcome="already_open", need=need).count() == 1
    grade = grade_call(agent, scenario, score=30, skills=("empathy",))
    assert services.needs_evaluate_for_user(agent, grade=grade) == []
    assert RetrainingNeed.objects.filter(user=agent).count() == 1
    assert need.evidence_items.count() == 2


def test_evaluating_again_without_new_evidence_adds_nothing(agent, scenario):
    make_rule("skill_below", threshold=60, last_n=1)
    grade = grade_call(agent, scenario, score=40)
    services.needs_evaluate_for_user(agent, grade=grade)
    services.needs_evaluate_for_user(agent, trigger="cron")  # the cron's pass
    assert NeedEvidence.objects.count() == 1
    assert RuleEvaluationLog.objects.filter(outcome="already_open").count() == 1


def test_a_better_call_is_not_counted_against_the_need(agent, scenario):
    make_rule("skill_below", threshold=60, last_n=3)
    for score in (30, 30, 30):
        grade = grade_call(agent, scenario, score=score)
        services.needs_evaluate_for_user(agent, grade=grade)
    grade = grade_call(agent, scenario, score=85)  # average 48: still under 60
    services.needs_evaluate_for_user(agent, grade=grade)
    need = RetrainingNeed.objects.get(user=agent)
    assert [p.score for p in need.evidence_items.all()] == [30]


def test_the_cool_down_holds_after_the_need_is_resolved(agent, scenario):
    make_rule("skill_below", threshold=60, last_n=1, cooldown_days=14)
    grade = grade_call(agent, scenario, score=40)
    [need] = services.needs_evaluate_for_user(agent, grade=grade)
    services.need_resolve(need=need)
    later = timezone.now() + timedelta(days=3)
    grade = grade_call(agent, scenario, score=20, when=later)
    assert services.needs_evaluate_for_user(agent, grade=grade, now=later) == []
    assert RetrainingNeed.objects.filter(user=agent).count() == 1
    assert need.evidence_items.count() == 1  # nothing is added to a resolved need
    assert RuleEvaluationLog.objects.filter(outcome="cooldown").exists()


def test_the_database_refuses_a_second_open_need_for_the_same_skill(agent, scenario):
    rule = make_rule("skill_below")
    fields = {"user": agent, "rule": rule, "key": "skill:empathy", "skill": skill("empathy")}
    RetrainingNeed.objects.create(reason="first", **fields)
    with pytest.raises(IntegrityError):
        RetrainingNeed.objects.create(reason="second", **fields)


def test_critical_fails_on_the_same_scenario_share_one_need(agent, scenario):
    make_rule("critical_fail")
    for minutes in (0, 5, 10):
        when = timezone.now() + timedelta(minutes=minutes)
        grade = grade_call(agent, scenario, score=80, critical_fail=True, when=when)
        services.needs_evaluate_for_user(agent, grade=grade, now=when)
    need = RetrainingNeed.objects.get(user=agent)
    assert need.evidence_items.count() == 3
    assert all(p.critical_fail for p in need.evidence_items.all())


def test_managers_see_one_row_per_need_with_the_count(client_for, manager, team, agent, scenario):
    make_rule("skill_below", threshold=60, last_n=1)
    _six_calls(agent, scenario)
    empathy = RetrainingNeed.objects.get(user=agent, skill=skill("empathy"))
    client = client_for(manager)

    home = client.get("/").content.decode()
    assert home.count(f"#need-{empathy.pk}") == 1
    assert "6 pieces of evidence" in home
    assert home.count('class="badge badge--warn" data-evidence-count') == 3  # three needs

    team_page = client.get(reverse("certification:team", args=[team.slug])).content.decode()
    assert team_page.count(f'id="need-{empathy.pk}"') == 1
    assert 'data-evidence-count="6"' in team_page

    person = client.get(reverse("certification:person", args=[agent.pk])).content.decode()
    assert person.count(f'id="need-{empathy.pk}"') == 1
    assert "6 pieces of evidence" in person
    assert "Line at 30" in person  # each piece is listed, with what was said
