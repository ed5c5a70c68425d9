"""An agent takes the late-order-angry call by text on the call screen and sees the outcome."""

import pytest

from accounts.roles import Role
from simulations.demo import PAST_CALLS
from tests.browser.call_screen import say
from tests.factories import UserFactory
from tests.simulations import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LINES = {slug: lines for slug, lines, _ in PAST_CALLS}["late-order-angry"]


def test_agent_completes_late_order_angry_by_text_and_sees_the_outcome(page, sign_in, screenshot):
    UserFactory(username="arjun", first_name="Arjun", roles=[Role.AGENT])
    factories.demo_scenario("late-order-angry")
    sign_in("arjun")

    page.goto("/practice/")
    screenshot("simulations-library")
    page.get_by_role("link", name="Late order: the air purifier that never came").click()
    page.get_by_role("button", name="Start call").wait_for()
    screenshot("simulations-briefing")
    page.get_by_role("button", name="Start call").click()

    meter = page.locator("[data-mood-meter] [role=meter]")
    meter.wait_for()
    start_mood = int(meter.get_attribute("aria-valuenow"))
    say = page.get_by_label("Your reply to the customer")
    page.locator("[data-call][data-ready]").wait_for(state="attached")  # Enter sends

    for i, line in enumerate(LINES):
        customers = page.locator(".bubble--customer").count()
        say.fill(line)
        say.press("Enter")
        if i == len(LINES) - 1:
            break
        page.locator(".bubble--customer").nth(customers).wait_for()
        page.wait_for_function(
            "() => !document.querySelector('[data-call]').classList.contains('call--busy')"
        )
        if i == 0:
            moved = int(meter.get_attribute("aria-valuenow"))
            assert moved != start_mood, "the mood meter should move after the first line"
            screenshot("simulations-call")

    page.wait_for_url("**/practice/calls/*/", wait_until="load")
    outcome = page.locator("[data-outcome]")
    outcome.wait_for()
    assert outcome.get_attribute("data-outcome") == "resolved"
    assert "Resolved" in page.locator("h1").inner_text()
    screenshot("simulations-end")

    page.get_by_role("link", name="Replay the transcript").click()
    page.locator(".transcript--review").wait_for()
    assert page.locator(".bubble--agent").count() == len(LINES)
    screenshot("simulations-review")


TROUBLESHOOTING = (
    "Hello Mr Delaney, I'm sorry you've been stuck with this in the heat. For security, "
    "could you give me your full name, your email address and your postcode?",
    "Thanks. What colour is the light on top of the HomeHub right now?",
    "Let's go one step at a time. First, on your phone, update the XYZ Home app in the app store.",
    "Now in the app tap Devices, then HomeHub, then Reconnect, and pick Delaney, the one "
    "without 5G.",
)


def test_a_troubleshooting_call_shows_what_the_customer_has_done(page, sign_in, screenshot):
    UserFactory(username="arjun", first_name="Arjun", roles=[Role.AGENT])
    factories.demo_scenario("tech-support-frustrated")
    sign_in("arjun")
    page.goto("/practice/scenarios/tech-support-frustrated/")
    page.get_by_role("button", name="Start call").click()
    page.locator("[data-call][data-ready]").wait_for(state="attached")  # Enter sends
    progress = page.locator("[data-progress]")
    assert "No steps done yet" in progress.inner_text()

    for line in TROUBLESHOOTING:
        say(page, line)
        if line is TROUBLESHOOTING[1]:
            assert "orange" in progress.inner_text().lower()  # what he sees, as he said it
    steps = progress.locator("[data-progress-steps] li")
    assert steps.count() == 3
    assert "Reconnect the HomeHub" in steps.nth(2).inner_text()
    assert progress.locator("[data-progress-solved]").is_visible()
    assert "green" in progress.inner_text().lower()
    assert "green" in page.locator(".bubble--customer").last.inner_text().lower()
    screenshot("simulations-call-troubleshooting")
