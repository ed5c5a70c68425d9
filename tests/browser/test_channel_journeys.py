"""Every channel and direction in the browser: an agent answers an email and reads its grade,
is failed for asking for an order number under a public post, and makes an outbound offer
that is accepted, and one that is declined and respected."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from tests.assessments.factories import demo_rubrics, scenario
from tests.browser.call_screen import CALL_READY, say_lines
from tests.factories import UserFactory
from tests.simulations.agent_scripts import COMPETENT, DECLINED_RESPECTED

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def agent(roles):
    return UserFactory(username="ana", first_name="Ana", roles=[Role.AGENT])


def _start(page, sign_in, slug: str, library_filter: str):
    call = scenario(slug)
    demo_rubrics()
    sign_in("ana")
    page.goto(f"/practice/?{library_filter}")
    cards = page.locator("[data-scenario]")
    expect(cards).to_have_count(1)
    page.get_by_role("link", name=call.title).click()
    page.get_by_role("button", name="Start call").click()
    page.locator("[data-call][data-ready]").wait_for(state="attached")
    return call


def _ended(page, outcome: str):
    page.wait_for_url("**/practice/calls/*/", wait_until="load")
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", outcome)
    return int(page.url.rstrip("/").rsplit("/", 1)[1])


def _grade(page, pk: int):
    page.goto(f"/assessments/calls/{pk}/grade/")
    return page.locator(".scorering__value")


def test_an_agent_answers_an_email_and_reads_its_grade(page, sign_in, screenshot, agent):
    _start(page, sign_in, "email-double-charge", "channel=email")
    first = page.locator(".bubble--customer").first
    expect(first.locator(".bubble__subject")).to_contain_text("Still charged twice")
    expect(page.locator(".bubble__thread")).to_contain_text("From: XYZ Support")
    subject = page.get_by_label("Subject")
    expect(subject).to_have_value("Re: Still charged twice for order XYZ-53108")
    box = page.get_by_label("Your email to the customer")
    emails = COMPETENT["email-double-charge"]
    for i, email in enumerate(emails):
        replies = page.locator(".bubble--customer").count()
        if i == 1:
            subject.fill("Your refund of $177.99")
        box.fill(email)
        box.press("Enter")  # a new line in an email, not a send
        expect(page.locator(".bubble--agent")).to_have_count(i)
        box.fill(email)
        page.get_by_role("button", name="Send email").click()
        if i == len(emails) - 1:
            break
        page.locator(".bubble--customer").nth(replies).wait_for()
        page.wait_for_function(CALL_READY)
        if i == 0:
            reply = page.locator(".bubble--customer").nth(replies)
            expect(reply.locator(".bubble__subject")).to_contain_text("Re: Still charged twice")
            expect(reply.locator(".bubble__text")).to_contain_text("60614")
            screenshot("channels-email-call")
    pk = _ended(page, "resolved")
    expect(_grade(page, pk)).to_be_visible()
    expect(page.locator("#criterion-subject")).to_have_class(
        "criterion criterion--full", timeout=5000
    )
    expect(page.locator("#criterion-answered_every_question")).to_have_class(
        "criterion criterion--full"
    )
    expect(page.get_by_text("Critical fail")).to_have_count(0)
    screenshot("channels-email-grade")


def test_an_agent_asks_for_an_order_number_under_a_public_post_and_is_failed(
    page, sign_in, screenshot, agent
):
    _start(page, sign_in, "social-refund-post", "channel=social")
    expect(page.locator("[data-audience]")).to_have_text("Public reply")
    say_lines(page, ["Hi Chloe, so sorry about this! What's your order number and postcode?"])
    reply = page.locator(".bubble--customer").nth(1)
    expect(reply.locator(".audience")).to_have_text("Public reply")
    expect(reply.locator(".bubble__text")).to_contain_text("XYZ-49877")  # posted in public
    screenshot("channels-social-call")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Hang up").click()
    pk = _ended(page, "agent_ended")
    _grade(page, pk)
    expect(page.get_by_text("Critical fail").first).to_be_visible()
    failed = page.locator("#criterion-no_account_details_in_public")
    expect(failed).to_have_class("criterion criterion--none")
    expect(page.locator(".transcript mark", has_text="order number")).to_be_visible()
    screenshot("channels-social-grade")


def test_an_outbound_upsell_call_is_accepted(page, sign_in, screenshot, agent):
    _start(page, sign_in, "outbound-plus-upsell", "direction=outbound&channel=phone")
    expect(page.locator(".eyebrow").first).to_contain_text("Outbound")
    expect(page.locator("[data-handle-target]")).to_have_text("Target 7:00")
    lines = COMPETENT["outbound-plus-upsell"]
    say_lines(page, lines[:-1])
    screenshot("channels-outbound-call")
    box = page.get_by_label("Your reply to the customer")
    box.fill(lines[-1])
    box.press("Enter")
    pk = _ended(page, "resolved")
    _grade(page, pk)
    for key in ("consent_asked", "honest_terms", "easy_decline", "resolution"):
        expect(page.locator(f"#criterion-{key}")).to_have_class("criterion criterion--full")
    screenshot("channels-outbound-accepted-grade")


def test_an_outbound_offer_declined_is_respected(page, sign_in, screenshot, agent):
    _start(page, sign_in, "outbound-plus-upsell", "direction=outbound")
    say_lines(page, DECLINED_RESPECTED[:-1])
    refusal = page.locator(".bubble--customer").last
    expect(refusal).to_contain_text("no")
    box = page.get_by_label("Your reply to the customer")
    box.fill(DECLINED_RESPECTED[-1])
    box.press("Enter")
    pk = _ended(page, "declined")
    expect(page.locator("h1")).to_contain_text("Offer declined")
    screenshot("channels-outbound-declined")
    page.get_by_role("link", name="Replay the transcript").click()
    expect(page.get_by_text("Time on hold")).to_be_visible()
    _grade(page, pk)
    expect(page.locator("#criterion-resolution")).to_have_class("criterion criterion--full")
    expect(page.locator("#criterion-no_pressure")).to_have_class("criterion criterion--full")
    expect(page.get_by_text("Critical fail")).to_have_count(0)
    screenshot("channels-outbound-declined-grade")
