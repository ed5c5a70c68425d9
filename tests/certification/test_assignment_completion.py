"""A scenario assignment completes only with a call that passed with no critical fail; the
need behind it resolves only then; the manager sees which calls did not count and why."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from assessments.models import CriterionScore
from assessments.services import criterion_override
from certification import services
from certification.models import Assignment
from lms import hooks as lms_hooks
from simulations.models import SimulationSession

from .factories import grade_call, make_quiz, make_rule, make_scenario, pass_quiz

pytestmark = pytest.mark.django_db


def _in(days: float):
    return timezone.now() + timedelta(days=days)


@pytest.fixture
def scenario(roles):
    return make_scenario("Tech support: the HomeHub went offline")


@pytest.fixture
def assigned(agent, manager, scenario):
    """A need raised by a critical fail, and the remedial call assigned for it."""
    make_rule("critical_fail")
    grade = grade_call(agent, scenario, score=80, critical_fail=True, when=_in(-1))
    [need] = services.needs_evaluate_for_user(agent, grade=grade)
    assignment = services.assignment_create(
        assigned_by=manager, assignee=agent, target=scenario, due_at=_in(5), need=need
    )
    return assignment, need


def _record(grade, capture):
    """What assessments does after recording a grade: the hook, then its on-commit work."""
    with capture(execute=True):
        for fn in hooks.get_hooks(lms_hooks.AFTER_GRADE_RECORDED):
            fn(grade)


def test_a_call_that_did_not_pass_leaves_the_assignment_and_need_open(
    agent, scenario, assigned, django_capture_on_commit_callbacks
):
    assignment, need = assigned
    grade = grade_call(agent, scenario, score=42, when=_in(0.01))
    _record(grade, django_capture_on_commit_callbacks)
    assignment.refresh_from_db()
    need.refresh_from_db()
    assert assignment.completed_at is None
    assert assignment.status == "in_progress"
    assert need.status == "open"


def test_a_critical_fail_does_not_count_whatever_the_score(
    agent, scenario, assigned, django_capture_on_commit_callbacks
):
    assignment, need = assigned
    grade = grade_call(agent, scenario, score=95, critical_fail=True, when=_in(0.01))
    _record(grade, django_capture_on_commit_callbacks)
    assignment.refresh_from_db()
    need.refresh_from_db()
    assert assignment.completed_at is None and need.status == "open"


def test_a_passed_call_completes_the_assignment_and_resolves_the_need(
    agent, scenario, assigned, django_capture_on_commit_callbacks
):
    assignment, need = assigned
    grade = grade_call(agent, scenario, score=85, when=_in(0.01))
    _record(grade, django_capture_on_commit_callbacks)
    assignment.refresh_from_db()
    need.refresh_from_db()
    assert assignment.status == "completed"
    assert assignment.completed_by_grade == grade
    assert need.status == "resolved" and need.resolved_by_assignment == assignment


def test_the_testers_call_hi_not_my_problem_hang_up_completes_nothing(
    agent, manager, roles, django_capture_on_commit_callbacks
):
    """The reported case, through the real call, grader and hooks."""
    from simulations import services as sim
    from tests.simulations.factories import demo_scenario

    scenario = demo_scenario("tech-support-frustrated")
    make_rule("critical_fail")
    assignment = services.assignment_create(
        assigned_by=manager, assignee=agent, target=scenario, due_at=_in(5)
    )
    with django_capture_on_commit_callbacks(execute=True):
        session = sim.session_start(user=agent, scenario=scenario, seed=7, engine="offline")
        for line in ("hi", "not my problem, calm down"):
            session.refresh_from_db()
            if not session.is_active:
                break
            sim.session_record_agent_turn(session=session, text=line)
            sim.session_customer_reply(session=session)
        session.refresh_from_db()
        if session.is_active:
            sim.session_finish_by_agent(session=session, resolved=False)
    session.refresh_from_db()
    assert session.grade.passed is False
    assignment.refresh_from_db()
    assert assignment.completed_at is None
    assert assignment.status == "in_progress"


def test_an_override_that_fails_the_counting_call_reopens_the_assignment_and_need(
    agent, trainer, scenario, assigned, django_capture_on_commit_callbacks
):
    assignment, need = assigned
    grade = grade_call(agent, scenario, score=85, when=_in(0.01))
    _record(grade, django_capture_on_commit_callbacks)
    assignment.refresh_from_db()
    assert assignment.status == "completed"
    criterion = CriterionScore.objects.get(grade=grade, key="acknowledge-feelings")
    with django_capture_on_commit_callbacks(execute=True):
        criterion_override(criterion=criterion, by=trainer, score=0, reason="She was dismissed.")
    assignment.refresh_from_db()
    need.refresh_from_db()
    assert assignment.completed_at is None and assignment.completed_by_grade is None
    assert need.status == "open"


def test_an_override_that_passes_a_failed_call_completes_the_assignment(
    agent, trainer, scenario, assigned, django_capture_on_commit_callbacks
):
    assignment, need = assigned
    grade = grade_call(agent, scenario, score=40, when=_in(0.01))
    _record(grade, django_capture_on_commit_callbacks)
    criterion = CriterionScore.objects.get(grade=grade, key="acknowledge-feelings")
    with django_capture_on_commit_callbacks(execute=True):
        criterion_override(criterion=criterion, by=trainer, score=2, reason="She did apologise.")
    assignment.refresh_from_db()
    need.refresh_from_db()
    assert assignment.status == "completed" and assignment.completed_by_grade == grade
    assert need.status == "resolved"


def test_the_person_page_says_which_calls_did_not_count_and_why(
    client_for, manager, team, agent, scenario, assigned
):
    assignment, _need = assigned
    grade_call(agent, scenario, score=42, when=_in(0.01))
    grade_call(agent, scenario, score=90, critical_fail=True, when=_in(0.02))
    SimulationSession.objects.create(
        user=agent, scenario=scenario, is_trial=True, status="ended", started_at=_in(0.03)
    )
    html = client_for(manager).get(reverse("certification:person", args=[agent.pk])).content
    html = html.decode()
    assert "Did not count:" in html
    assert "score 42, below the pass mark 70" in html
    assert "critical fail: Did not promise a refund outside policy" in html
    assert "trial call, never graded" in html
    # The critical-fail call of yesterday raised the need, before the assignment was made.
    assert "before the assignment was made" in html
    assignment.refresh_from_db()
    assert assignment.completed_at is None


def test_a_quiz_attempt_that_failed_is_listed_with_the_pass_mark(
    client_for, manager, team, agent, roles
):
    quiz = make_quiz("Refund policy check", pass_mark=80)
    services.assignment_create(assigned_by=manager, assignee=agent, target=quiz, due_at=_in(5))
    pass_quiz(agent, quiz, score=55, passed=False, when=_in(0.01))
    html = client_for(manager).get(reverse("certification:person", args=[agent.pk])).content
    assert "score 55, below the pass mark 80" in html.decode()


def test_nothing_is_listed_once_the_assignment_is_completed(
    client_for, manager, team, agent, scenario, assigned
):
    grade_call(agent, scenario, score=42, when=_in(0.01))
    grade_call(agent, scenario, score=88, when=_in(0.02))
    services.assignment_sync_for(agent)
    html = client_for(manager).get(reverse("certification:person", args=[agent.pk])).content
    assert "Did not count:" not in html.decode()
    assert Assignment.objects.get().status == "completed"
