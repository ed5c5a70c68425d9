"""Retraining rules raise needs with evidence, respect cool-downs, and explain themselves."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail import hooks

from certification import services
from certification.models import Assignment, RetrainingNeed, RuleEvaluationLog
from lms import hooks as lms_hooks

from .factories import grade_call, make_quiz, make_rule, make_scenario, pass_quiz, skill

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(roles):
    return make_scenario("Late order, angry customer", skills=("empathy",))


def test_skill_below_raises_a_need_with_grades_criteria_and_quotes(agent, scenario):
    rule = make_rule("skill_below", threshold=70, last_n=2)
    grade_call(agent, scenario, score=40, quotes=("Calm down, please.",))
    grade = grade_call(agent, scenario, score=50, quotes=("That's not my department.",))
    [need] = services.needs_evaluate_for_user(agent, grade=grade, trigger="test")
    assert need.rule == rule and need.skill == skill("empathy")
    assert need.key == "skill:empathy"
    assert "Empathy averages 45" in need.reason
    assert [a["score"] for a in need.evidence["activities"]] == [50, 40]
    quotes = [q["quote"] for c in need.evidence["criteria"] for q in c["quotes"]]
    assert "That's not my department." in quotes and "Calm down, please." in quotes
    assert need.suggested_scenario == scenario
    log = RuleEvaluationLog.objects.get(rule=rule, user=agent)
    assert log.raised and log.need == need and log.outcome == "raised"


def test_not_enough_evidence_is_logged_not_raised(agent, scenario):
    rule = make_rule("skill_below", threshold=70, last_n=3)
    grade = grade_call(agent, scenario, score=10)
    assert services.needs_evaluate_for_user(agent, grade=grade) == []
    log = RuleEvaluationLog.objects.get(rule=rule)
    assert (log.raised, log.outcome) == (False, "not_enough_evidence")


def test_the_cooldown_stops_the_same_need_being_raised_again(agent, manager, scenario):
    rule = make_rule("skill_below", threshold=70, last_n=1, cooldown_days=14)
    grade = grade_call(agent, scenario, score=30)
    [need] = services.needs_evaluate_for_user(agent, grade=grade)
    # Still open: a second poor call does not duplicate it, it is added to it.
    grade = grade_call(agent, scenario, score=20)
    assert services.needs_evaluate_for_user(agent, grade=grade) == []
    assert RuleEvaluationLog.objects.filter(outcome="evidence_added").count() == 1
    assert need.evidence_items.count() == 2
    # Resolved, but inside the cool-down: still not raised, and the log says why.
    services.need_resolve(need=need)
    grade = grade_call(agent, scenario, score=20)
    assert services.needs_evaluate_for_user(agent, grade=grade) == []
    cooldown = RuleEvaluationLog.objects.filter(outcome="cooldown").get()
    assert "cool-down is 14 days" in cooldown.detail
    # After the cool-down it is raised again.
    later = timezone.now() + timedelta(days=15)
    grade = grade_call(agent, scenario, score=20, when=later)
    assert len(services.needs_evaluate_for_user(agent, grade=grade, now=later)) == 1
    assert RetrainingNeed.objects.filter(user=agent, rule=rule).count() == 2


def test_consecutive_fails_on_a_scenario(agent, scenario):
    make_rule("consecutive_fails", fail_count=3, fails_on="scenario")
    grade_call(agent, scenario, score=40)
    grade = grade_call(agent, scenario, score=50)
    assert services.needs_evaluate_for_user(agent, grade=grade) == []
    grade = grade_call(agent, scenario, score=55)
    [need] = services.needs_evaluate_for_user(agent, grade=grade)
    assert need.key == f"scenario:{scenario.pk}"
    assert "3 failed attempts in a row" in need.reason
    assert len(need.evidence["activities"]) == 3


def test_a_pass_breaks_the_streak(agent, scenario):
    make_rule("consecutive_fails", fail_count=2, fails_on="scenario")
    grade_call(agent, scenario, score=40)
    grade_call(agent, scenario, score=90)
    grade = grade_call(agent, scenario, score=40)
    assert services.needs_evaluate_for_user(agent, grade=grade) == []


def test_consecutive_fails_on_a_quiz(agent, roles):
    make_rule("consecutive_fails", fail_count=2, fails_on="quiz")
    quiz = make_quiz("Policies check")
    pass_quiz(agent, quiz, score=40, passed=False)
    attempt = pass_quiz(agent, quiz, score=50, passed=False)
    [need] = services.needs_evaluate_for_user(agent, attempt=attempt)
    assert need.key == f"quiz:{quiz.pk}"


def test_a_critical_fail_raises_a_need_quoting_the_critical_item(agent, scenario):
    make_rule("critical_fail")
    grade = grade_call(agent, scenario, score=85, critical_fail=True)
    [need] = services.needs_evaluate_for_user(agent, grade=grade)
    assert "Did not promise a refund outside policy" in need.reason
    quotes = [q["quote"] for c in need.evidence["criteria"] for q in c["quotes"]]
    assert quotes == ["I'll refund you whatever happens."]


def test_an_inactive_rule_does_nothing(agent, scenario):
    make_rule("critical_fail", active=False)
    grade = grade_call(agent, scenario, score=85, critical_fail=True)
    assert services.needs_evaluate_for_user(agent, grade=grade) == []


def test_a_rule_may_assign_the_remedial_scenario_at_once(agent, scenario):
    make_rule("critical_fail", auto_assign=True, due_in_days=5)
    grade = grade_call(agent, scenario, score=85, critical_fail=True)
    [need] = services.needs_evaluate_for_user(agent, grade=grade)
    assignment = Assignment.objects.get(need=need)
    assert assignment.assigned_by is None
    assert assignment.scenario == scenario
    assert (assignment.due_at - timezone.now()).days in (4, 5)


def test_the_grade_hook_runs_the_whole_loop(agent, scenario, django_capture_on_commit_callbacks):
    make_rule("critical_fail")
    with django_capture_on_commit_callbacks(execute=True):
        grade = grade_call(agent, scenario, score=85, critical_fail=True)
        for fn in hooks.get_hooks(lms_hooks.AFTER_GRADE_RECORDED):
            fn(grade)
    assert RetrainingNeed.objects.filter(user=agent).count() == 1


def test_the_certificate_window_rule(agent, trainer, roles):
    from .factories import make_program

    make_rule("cert_window")
    program = make_program()
    services.certificate_issue(
        holder=agent,
        program=program,
        issued_by=trainer,
        reason="x",
        now=timezone.now() - timedelta(days=330),
    )
    services.certificates_sweep()
    need = RetrainingNeed.objects.get(user=agent)
    assert need.key.startswith("certificate:")
    assert "recertify" in need.reason
