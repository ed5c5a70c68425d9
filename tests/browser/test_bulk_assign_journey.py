"""A manager assigns a call to three people from the team table; one already has it open.
The result lists each person, and with the box ticked that person gets the new due date."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.roles import Role
from certification import services
from certification.models import Assignment
from tests.factories import TeamFactory, UserFactory
from tests.simulations.factories import demo_scenario

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_bulk_assign_reports_each_person_and_updates_the_one_who_had_it(page, sign_in, screenshot):
    manager = UserFactory(
        username="marcus", first_name="Marcus", last_name="Bell", roles=[Role.MANAGER]
    )
    people = [
        UserFactory(username=u, first_name=f, last_name=last, roles=[Role.AGENT])
        for u, f, last in (
            ("arjun", "Arjun", "Mehta"),
            ("lucia", "Lucía", "Moreno"),
            ("wei", "Wei", "Chen"),
        )
    ]
    TeamFactory(name="Team Aurora", slug="team-aurora", managers=[manager], members=people)
    scenario = demo_scenario("tech-support-frustrated")
    wei = people[2]
    earlier = services.assignment_create(
        assigned_by=None,  # as a retraining rule would
        assignee=wei,
        target=scenario,
        due_at=timezone.now() + timedelta(days=2),
        note="Assigned automatically: critical fail",
    )

    sign_in("marcus")
    page.goto("/certification/teams/team-aurora/")
    for person in people:
        page.get_by_label(f"Select {person.get_full_name()}").check()
    page.get_by_role("button", name="Assign to selected").click()
    page.wait_for_url("**/assign/?people=*")
    page.get_by_label("What to assign").select_option(f"scenario:{scenario.pk}")
    due = timezone.localdate() + timedelta(days=9)
    page.get_by_label("Due on").fill(due.isoformat())
    page.get_by_label("Note for the learner (optional)").fill("Own the problem, then fix it.")
    page.get_by_label("Also update the due date and note of open assignments").check()
    screenshot("certification-bulk-assign-form")
    page.get_by_role("button", name="Assign").click()
    page.wait_for_url("**/certification/teams/team-aurora/")

    report = page.locator("[data-assign-report]")
    text = report.inner_text()
    assert "assigned to 2 people" in text and "1 already had it open" in text
    assert report.locator("li").count() == 3
    assert "Arjun Mehta: assigned, due" in text and "Lucía Moreno: assigned, due" in text
    wei_line = report.locator("li", has_text="Wei Chen").inner_text()
    assert "already assigned; due date moved from" in wei_line and "note updated" in wei_line
    screenshot("certification-bulk-assign-report")

    earlier.refresh_from_db()
    assert timezone.localtime(earlier.due_at).date() == due
    assert earlier.note == "Own the problem, then fix it."
    assert Assignment.objects.filter(scenario=scenario).count() == 3
