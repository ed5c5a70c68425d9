"""Assignments: targets, status from learning records, needs resolved, reminders sent once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from certification import services
from certification.models import Assignment
from certification.selectors.assignments import assignment_list_for_learner
from certification.services.reminders import reminders_send
from courses.models import Enrolment
from tests.courses.factories import finish_course, make_course

from .factories import grade_call, make_quiz, make_rule, make_scenario, pass_quiz

pytestmark = pytest.mark.django_db


def _in(days: float):
    return timezone.now() + timedelta(days=days)


@pytest.fixture
def scenario(roles):
    return make_scenario("Late order, angry customer")


def test_assigning_a_course_enrols_the_person(agent, manager, roles):
    course = make_course("Empathy", lessons=1)
    services.assignment_create(assigned_by=manager, assignee=agent, target=course, due_at=_in(5))
    assert Enrolment.objects.get(user=agent, course=course).source == "assigned"


def test_exactly_one_target_is_enforced_by_the_database(agent, manager, scenario):
    quiz = make_quiz()
    with pytest.raises(IntegrityError):
        Assignment.objects.create(
            assignee=agent, assigned_by=manager, due_at=_in(3), scenario=scenario, quiz=quiz
        )


def test_a_due_date_in_the_past_is_refused(agent, manager, scenario):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.assignment_create(
            assigned_by=manager, assignee=agent, target=scenario, due_at=_in(-1)
        )


def test_assigning_the_same_thing_twice_keeps_one(agent, manager, scenario):
    a = services.assignment_create(
        assigned_by=manager, assignee=agent, target=scenario, due_at=_in(5)
    )
    b = services.assignment_create(
        assigned_by=manager, assignee=agent, target=scenario, due_at=_in(6)
    )
    assert a.pk == b.pk


def test_scenario_assignment_goes_assigned_in_progress_completed(agent, manager, scenario):
    from simulations.models import SimulationSession

    assignment = services.assignment_create(
        assigned_by=manager, assignee=agent, target=scenario, due_at=_in(5)
    )
    assert assignment.status == "assigned"
    SimulationSession.objects.create(user=agent, scenario=scenario)
    [row] = assignment_list_for_learner(agent)
    assert row.status == "in_progress"
    grade_call(agent, scenario, score=40, when=_in(0.01))
    [row] = assignment_list_for_learner(agent)
    assert row.status == "in_progress"  # graded, but not passed: it does not count
    grade_call(agent, scenario, score=80, when=_in(0.02))
    [row] = assignment_list_for_learner(agent)
    assert row.status == "completed"
    services.assignment_sync_for(agent)
    assignment.refresh_from_db()
    assert assignment.completed_at is not None and assignment.status == "completed"


def test_a_call_made_before_the_assignment_does_not_complete_it(agent, manager, scenario):
    grade_call(agent, scenario, score=90, when=timezone.now() - timedelta(days=2))
    assignment = services.assignment_create(
        assigned_by=manager, assignee=agent, target=scenario, due_at=_in(5)
    )
    assert assignment.completed_at is None


def test_a_quiz_assignment_needs_a_pass_after_it_was_given(agent, manager, roles):
    quiz = make_quiz()
    assignment = services.assignment_create(
        assigned_by=manager, assignee=agent, target=quiz, due_at=_in(5)
    )
    pass_quiz(agent, quiz, score=40, passed=False, when=_in(0.01))
    services.assignment_sync_for(agent)
    assignment.refresh_from_db()
    assert assignment.status == "in_progress"
    pass_quiz(agent, quiz, score=90, when=_in(0.02))
    services.assignment_sync_for(agent)
    assignment.refresh_from_db()
    assert assignment.status == "completed"


def test_a_course_assignment_completes_with_the_course(agent, manager, roles):
    course = make_course("Empathy", lessons=1)
    assignment = services.assignment_create(
        assigned_by=manager, assignee=agent, target=course, due_at=_in(5)
    )
    finish_course(agent, course)
    services.assignment_sync_for(agent)
    assignment.refresh_from_db()
    assert assignment.status == "completed"


def test_an_assignment_past_its_due_date_is_overdue(agent, manager, scenario):
    assignment = services.assignment_create(
        assigned_by=manager, assignee=agent, target=scenario, due_at=_in(1)
    )
    assert assignment.status_at(timezone.now() + timedelta(days=2)) == "overdue"


def test_completing_the_assignment_resolves_its_need(agent, manager, scenario):
    make_rule("critical_fail")
    grade = grade_call(agent, scenario, score=80, critical_fail=True)
    [need] = services.needs_evaluate_for_user(agent, grade=grade)
    assignment = services.assignment_create(
        assigned_by=manager, assignee=agent, target=scenario, due_at=_in(5), need=need
    )
    grade_call(agent, scenario, score=85, when=_in(0.01))
    services.assignment_sync_for(agent)
    need.refresh_from_db()
    assert need.status == "resolved"
    assert need.resolved_by_assignment == assignment


def test_bulk_assignment_to_several_people(agent, new_hire, manager, scenario):
    made = services.assignments_bulk_create(
        assigned_by=manager, assignees=[agent, new_hire], target=scenario, due_at=_in(3)
    )
    assert {r.assignment.assignee for r in made} == {agent, new_hire}
    assert [r.outcome for r in made] == ["created", "created"]


def test_reminders_are_sent_once_before_the_due_date_and_once_when_overdue(
    agent, manager, scenario
):
    assignment = services.assignment_create(
        assigned_by=manager, assignee=agent, target=scenario, due_at=_in(1)
    )
    services.assignment_create(
        assigned_by=manager, assignee=agent, target=make_quiz(), due_at=_in(10)
    )
    assert reminders_send() == {"due_soon": 1, "overdue": 0}
    assert reminders_send() == {"due_soon": 0, "overdue": 0}
    assert len(mail.outbox) == 1
    assert "Late order, angry customer" in mail.outbox[0].subject
    assert "/practice/" in mail.outbox[0].body
    later = timezone.now() + timedelta(days=2)
    assert reminders_send(now=later) == {"due_soon": 0, "overdue": 1}
    assert reminders_send(now=later) == {"due_soon": 0, "overdue": 0}
    assert mail.outbox[1].subject.startswith("Overdue")
    assignment.refresh_from_db()
    assert assignment.reminder_sent_at and assignment.overdue_notice_sent_at


def test_no_reminder_for_work_already_done(agent, manager, scenario):
    services.assignment_create(assigned_by=manager, assignee=agent, target=scenario, due_at=_in(1))
    grade_call(agent, scenario, score=80, when=_in(0.01))
    assert reminders_send() == {"due_soon": 0, "overdue": 0}
    assert mail.outbox == []
