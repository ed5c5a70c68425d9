"""Bulk assignment says what happened to each person, and can update open assignments."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import timezone

from certification import services
from certification.models import Assignment

from .factories import grade_call, make_rule, make_scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(roles):
    return make_scenario("Tech support: the HomeHub went offline")


@pytest.fixture
def automatic(other_agent, scenario, team):
    """Olga already has the scenario open: a retraining rule assigned it, due in 3 days."""
    team.members.add(other_agent)
    make_rule("critical_fail", auto_assign=True, due_in_days=3)
    grade = grade_call(other_agent, scenario, score=80, critical_fail=True)
    services.needs_evaluate_for_user(other_agent, grade=grade)
    return Assignment.objects.get(assignee=other_agent)


def _due(days: int):
    return timezone.localdate() + timedelta(days=days)


def _shown(day) -> str:
    """A date as the message shows it."""
    return date_filter(day, "j M Y")


def test_three_people_one_already_assigned_is_reported_and_left_alone(
    agent, new_hire, other_agent, manager, scenario, automatic
):
    due = timezone.now() + timedelta(days=10)
    results = services.assignments_bulk_create(
        assigned_by=manager,
        assignees=[agent, new_hire, other_agent],
        target=scenario,
        due_at=due,
        note="Take ownership first.",
    )
    assert [(r.assignee, r.outcome) for r in results] == [
        (agent, "created"),
        (new_hire, "created"),
        (other_agent, "already_assigned"),
    ]
    automatic.refresh_from_db()
    assert results[2].previous_due_at == automatic.due_at
    assert automatic.due_at < due and automatic.note.startswith("Assigned automatically")


def test_with_the_option_the_existing_assignment_gets_the_new_due_date_and_note(
    agent, new_hire, other_agent, manager, scenario, automatic
):
    Assignment.objects.filter(pk=automatic.pk).update(reminder_sent_at=timezone.now())
    before = automatic.due_at
    due = timezone.now() + timedelta(days=10)
    results = services.assignments_bulk_create(
        assigned_by=manager,
        assignees=[agent, new_hire, other_agent],
        target=scenario,
        due_at=due,
        note="Take ownership first.",
        update_existing=True,
    )
    assert [r.outcome for r in results] == ["created", "created", "updated"]
    assert results[2].previous_due_at == before and results[2].note_changed
    automatic.refresh_from_db()
    assert automatic.due_at == due
    assert automatic.note == "Take ownership first."
    assert automatic.reminder_sent_at is None  # the new due date gets its own reminder
    assert Assignment.objects.filter(scenario=scenario).count() == 3


def test_the_bulk_form_lists_each_person_in_the_result_message(
    client_for, manager, agent, new_hire, other_agent, team, scenario, automatic
):
    url = reverse("certification:team_assign", args=[team.slug])
    form = {
        "target": f"scenario:{scenario.pk}",
        "due_on": _due(10).isoformat(),
        "note": "Take ownership first.",
        "people": [agent.pk, new_hire.pk, other_agent.pk],
    }
    response = client_for(manager).post(url, form)
    assert response.status_code == 302
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert "assigned to 2 people" in message and "1 already had it open" in message
    for person in (agent, new_hire):
        assert f"{person.get_full_name()}</strong>: assigned, due {_shown(_due(10))}" in message
    before = _shown(timezone.localtime(automatic.due_at))
    assert (
        f"{other_agent.get_full_name()}</strong>: already assigned, due {before}: left as it was"
    ) in message


def test_ticking_the_box_updates_them_and_says_so(
    client_for, manager, agent, new_hire, other_agent, team, scenario, automatic
):
    url = reverse("certification:team_assign", args=[team.slug])
    form = {
        "target": f"scenario:{scenario.pk}",
        "due_on": _due(10).isoformat(),
        "note": "Take ownership first.",
        "whole_team": "on",
        "update_existing": "on",
    }
    response = client_for(manager).post(url, form)
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    before = _shown(timezone.localtime(automatic.due_at))
    assert f"due date moved from {before} to {_shown(_due(10))}" in message
    assert "note updated" in message
    automatic.refresh_from_db()
    assert automatic.due_at.date() == _due(10)
    assert automatic.note == "Take ownership first."


def test_the_form_offers_the_update_option(client_for, manager, team, roles):
    html = client_for(manager).get(reverse("certification:team_assign", args=[team.slug]))
    assert "Also update the due date and note of open assignments" in html.content.decode()
