"""The details of a call an agent notices: Resolve asks first when the customer has accepted
nothing (and says what they still need), a phone keeps the text box, the controls and the
mood meter in view, the graded review says nothing about missing evidence under full
marks, and the call screen and its end screen pass axe."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from assessments.models import GradeOverride
from simulations.demo import PAST_CALLS
from simulations.models import SessionStatus, SimulationSession
from tests.assessments.factories import demo_rubrics, played_call, scenario
from tests.browser.call_screen import say_lines
from tests.browser.conftest import SCREENSHOTS
from tests.factories import UserFactory
from tests.simulations import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LINES = {slug: lines for slug, lines, _ in PAST_CALLS}["late-order-angry"]
ACCEPTED_AFTER = 4  # the fourth line offers the free reship she accepts
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def arjun(db):
    UserFactory(username="arjun", first_name="Arjun", last_name="Mehta", roles=[Role.AGENT])
    factories.demo_scenario("late-order-angry")


def _start_call(page):
    page.goto("/practice/scenarios/late-order-angry/")
    page.get_by_role("button", name="Start call").click()
    page.locator("[data-call][data-ready]").wait_for(state="attached")  # Enter sends


def _session():
    return SimulationSession.objects.get()


def test_resolve_before_the_customer_accepts_asks_and_keep_talking_keeps_the_call(
    page, sign_in, screenshot, accessible, arjun
):
    sign_in("arjun")
    _start_call(page)
    say_lines(page, LINES[:1])
    page.get_by_role("button", name="Resolve").click()

    dialog = page.get_by_role("dialog", name="Ms Alvarez has not accepted a resolution yet")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("What Ms Alvarez still needs:")
    expect(dialog).to_contain_text("To be asked about: Order number")
    expect(dialog).to_contain_text("An offer they can accept: you have not offered one yet")
    expect(dialog.get_by_role("button", name="Keep talking")).to_be_focused()
    accessible(page, "the Resolve confirmation")
    screenshot("call-details-resolve-confirm")

    dialog.get_by_role("button", name="Keep talking").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_label("Your reply to the customer")).to_be_focused()
    expect(page.locator("[data-call-status]")).to_have_text("On call")
    assert _session().status == SessionStatus.ACTIVE

    page.keyboard.press("Alt+R")  # the shortcut asks too; Escape is "keep talking"
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert _session().status == SessionStatus.ACTIVE

    page.get_by_role("button", name="Resolve").click()
    dialog.get_by_role("button", name="End the call anyway").click()
    page.locator("[data-outcome]").wait_for()
    expect(page.get_by_role("heading", level=1)).to_have_text("You ended the call")
    assert _session().outcome == "agent_ended"


def test_resolve_after_the_customer_accepts_ends_the_call_as_resolved(
    page, sign_in, screenshot, accessible, arjun
):
    sign_in("arjun")
    _start_call(page)
    say_lines(page, LINES[:ACCEPTED_AFTER])
    page.get_by_role("button", name="Resolve").click()
    page.locator("[data-outcome]").wait_for()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_role("heading", level=1)).to_have_text("Resolved")
    assert _session().outcome == "resolved"
    accessible(page, "the end screen")
    screenshot("call-details-end")
    page.get_by_role("link", name="Replay the transcript").click()
    page.wait_for_url("**/review/")
    accessible(page, "the transcript replay with the mood after each turn")
    screenshot("call-details-transcript-replay")


def test_the_call_screen_on_a_desktop_mid_call_passes_axe(
    page, sign_in, screenshot, accessible, arjun
):
    sign_in("arjun")
    _start_call(page)
    say_lines(page, LINES[:2])
    page.wait_for_timeout(700)  # the mood meter's colours settle
    accessible(page, "the call screen mid-call on a desktop")
    screenshot("call-details-desktop")


def test_on_a_phone_the_text_box_controls_and_mood_meter_stay_in_view(
    browser, live_server, password, accessible, arjun
):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, is_mobile=True, has_touch=True, locale="en-GB"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        page.goto("/accounts/login/")
        page.get_by_label("Username").fill("arjun")
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        _start_call(page)
        say_lines(page, LINES[:ACCEPTED_AFTER])
        page.wait_for_timeout(700)

        in_view = {
            "the text box": page.get_by_label("Your reply to the customer"),
            "Send": page.get_by_role("button", name="Send"),
            "Resolve": page.get_by_role("button", name="Resolve"),
            "Hang up": page.get_by_role("button", name="Hang up"),
            "the mood meter": page.get_by_role("meter", name="Customer mood"),
        }
        for what, locator in in_view.items():
            box = locator.bounding_box()
            assert box is not None, f"{what} is not shown"
            assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (
                f"{what} is outside the screen: {box}"
            )
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (
                f"{what} is outside the screen: {box}"
            )
        transcript = page.get_by_role("list", name="Transcript")
        assert transcript.evaluate("t => t.scrollHeight > t.clientHeight"), (
            "the transcript should scroll between the meter and the controls"
        )
        assert page.evaluate("() => window.scrollY") == 0
        accessible(page, "the call screen mid-call on a phone")
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "call-details-phone.png"))
    finally:
        context.close()


@pytest.fixture
def graded_call(roles):
    agent = UserFactory(username="ana", first_name="Ana", roles=[Role.AGENT])
    UserFactory(username="tess", first_name="Tess", last_name="Trainer", roles=[Role.TRAINER])
    demo_rubrics()
    return played_call(agent, scenario("late-order-angry"))


def test_full_marks_say_nothing_is_missing_even_after_an_override(
    page, sign_in, screenshot, graded_call
):
    grade = graded_call.grade
    clean = grade.criterion_scores.get(key="not_rude")
    assert clean.score == clean.max and clean.note.startswith("None in")  # what the grader says
    missed = (
        grade.criterion_scores.filter(applicable=True, max=1, score=0)
        .exclude(tip="")
        .order_by("position")
        .first()
    )

    sign_in("ana")
    page.goto(f"/assessments/calls/{graded_call.pk}/grade/")
    full = page.locator("#criterion-not_rude")
    expect(full).to_contain_text("1 / 1")
    expect(full).not_to_contain_text("None in")
    expect(page.locator(f"#criterion-{missed.key} .tip")).to_be_visible()  # points lost: a tip

    page.context.clear_cookies()
    sign_in("tess")
    page.goto(f"/assessments/calls/{graded_call.pk}/grade/")
    criterion = page.locator(f"#criterion-{missed.key}")
    criterion.get_by_text("Override this score").click()
    criterion.get_by_label("New score (0–1)").fill("1")
    criterion.get_by_label("Reason").fill("Listened again: the agent did this, in other words.")
    criterion.get_by_role("button", name="Save the new score").click()
    expect(page.get_by_text("Score changed; the total is recalculated.")).to_be_visible()
    criterion = page.locator(f"#criterion-{missed.key}")
    expect(criterion).to_contain_text("Overridden")
    expect(criterion).to_contain_text("1 / 1")
    expect(criterion.locator(".tip")).to_have_count(0)
    expect(criterion.locator(".criterion__note")).to_have_count(0)
    assert GradeOverride.objects.get().score_after == 1
    screenshot("call-details-grade-override")
