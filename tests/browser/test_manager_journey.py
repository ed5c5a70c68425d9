"""A manager spots a skill gap with its evidence, assigns the remedial call, the agent fails
it once (it does not count, and the manager sees why), then does it well, and the manager
sees the assignment completed and the need resolved."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.roles import Role
from certification.models import Assignment, RetrainingNeed, RetrainingRule
from courses.models import Skill
from simulations import services as sim
from simulations.demo import PAST_CALLS
from tests.factories import TeamFactory, UserFactory
from tests.simulations.factories import demo_scenario

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

GOOD = {slug: lines for slug, lines, _ in PAST_CALLS}["late-order-angry"]
POOR = (
    "Yeah, what's the problem?",
    "Calm down, that's not my department.",
    "It's the system, there's nothing I can do.",
)


def _play(user, scenario, lines, *, resolve: bool):
    session = sim.session_start(user=user, scenario=scenario, seed=3, engine="offline")
    for line in lines:
        if not session.is_active:
            break
        sim.session_record_agent_turn(session=session, text=line)
        sim.session_customer_reply(session=session)
        session.refresh_from_db()
    if session.is_active:
        sim.session_finish_by_agent(session=session, resolved=resolve)
    return session


def test_manager_assigns_remedial_call_and_sees_the_need_resolved(page, sign_in, screenshot):
    manager = UserFactory(
        username="marcus", first_name="Marcus", last_name="Bell", roles=[Role.MANAGER]
    )
    agent = UserFactory(username="arjun", first_name="Arjun", last_name="Mehta", roles=[Role.AGENT])
    TeamFactory(name="Team Aurora", slug="team-aurora", managers=[manager], members=[agent])
    scenario = demo_scenario("late-order-angry")
    RetrainingRule.objects.create(
        name="Patience under 60 on the last call",
        kind="skill_below",
        skill=Skill.objects.get(slug="patience"),
        threshold=60,
        last_n=1,
    )
    _play(agent, scenario, POOR, resolve=False)  # graded on commit; the rule raises the need
    need = RetrainingNeed.objects.get(user=agent)
    assert "Patience" in need.reason
    quote = next(q["quote"] for c in need.evidence["criteria"] for q in c["quotes"])
    assert quote == "Calm down"

    # The manager sees the gap on the team dashboard, with its evidence.
    sign_in("marcus")
    page.goto("/certification/teams/team-aurora/")
    needs = page.locator(f"#need-{need.pk}")
    assert "Patience averages" in needs.inner_text()
    needs.locator("summary").click()
    assert quote in needs.inner_text()
    screenshot("certification-team-dashboard")

    # ...and assigns the suggested remedial call with a due date.
    needs.get_by_role("link", name="Assign remedial work").click()
    page.wait_for_url(re.compile(r".*/assign/\?need=\d+"))
    assert page.get_by_label("What to assign").input_value() == f"scenario:{scenario.pk}"
    due = (timezone.localdate() + timedelta(days=5)).isoformat()
    page.get_by_label("Due on").fill(due)
    page.get_by_label("Note for the learner (optional)").fill("Acknowledge her first.")
    assert page.get_by_label("Arjun Mehta").is_checked()
    screenshot("certification-assign")
    page.get_by_role("button", name="Assign").click()
    page.wait_for_url("**/certification/teams/team-aurora/")
    assert "assigned to 1 person" in page.locator(".messages").inner_text()
    assignment = Assignment.objects.get(assignee=agent)
    assert assignment.need == need and assignment.scenario == scenario

    # The agent tries it and fails ("Calm down" is rude: a critical fail), so it does not count.
    failed = _play(agent, scenario, POOR, resolve=False)
    failed.refresh_from_db()
    assert not failed.grade.passed and failed.grade.critical_fail
    page.goto(f"/certification/people/{agent.pk}/")
    assignments = page.locator("section", has=page.get_by_role("heading", name="Assignments"))
    not_counted = assignments.locator("[data-not-counted]")
    assert "critical fail: Was never rude to the customer" in not_counted.inner_text()
    assert "Completed" not in assignments.inner_text()
    needs = page.locator("section", has=page.get_by_role("heading", name="Retraining needs"))
    assert "2 pieces of evidence" in needs.inner_text()  # the failed call was added to it
    screenshot("certification-person-not-counted")

    # The agent sees it first on their home page, and does the call.
    page.context.clear_cookies()  # signed out
    sign_in("arjun")
    panel = page.locator("section", has=page.get_by_role("heading", name="Your assignments"))
    assert scenario.title in panel.inner_text()
    assert "Acknowledge her first." in panel.inner_text()
    first_panel = page.locator(".home-panels > *").first
    assert "Your assignments" in first_panel.text_content()
    screenshot("certification-agent-home-assignment")
    panel.get_by_role("link", name=scenario.title, exact=True).click()
    page.wait_for_url(f"**/practice/scenarios/{scenario.slug}/")
    page.get_by_role("button", name="Start call").click()
    say = page.get_by_label("Your reply to the customer")
    say.wait_for()
    page.locator("[data-call][data-ready]").wait_for(state="attached")  # Enter sends
    for i, line in enumerate(GOOD):
        customers = page.locator(".bubble--customer").count()
        say.fill(line)
        say.press("Enter")
        if i == len(GOOD) - 1:
            break
        page.locator(".bubble--customer").nth(customers).wait_for()
        page.wait_for_function(
            "() => !document.querySelector('[data-call]').classList.contains('call--busy')"
        )
    page.wait_for_url("**/practice/calls/*/", wait_until="load")
    # Wait for the end screen: the call is over and graded before the manager looks.
    page.locator("[data-outcome]").wait_for()

    # The manager sees the assignment completed and the need resolved.
    page.context.clear_cookies()  # signed out
    sign_in("marcus")
    page.goto(f"/certification/people/{agent.pk}/")
    assignments = page.locator("section", has=page.get_by_role("heading", name="Assignments"))
    assert "Completed" in assignments.inner_text()
    needs = page.locator("section", has=page.get_by_role("heading", name="Retraining needs"))
    assert "Resolved" in needs.inner_text()
    screenshot("certification-person-resolved")
    need.refresh_from_db()
    assert need.status == "resolved" and need.resolved_by_assignment == assignment
