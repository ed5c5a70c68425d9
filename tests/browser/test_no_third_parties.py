"""Every request a page makes stays on this server, and no page breaks its own
Content-Security-Policy: the agent's call journey and the trainer's review pages."""

from urllib.parse import urlparse

import pytest

from accounts.roles import Role
from tests.assessments.factories import demo_rubrics, played_call, scenario
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_pages_ask_no_other_host_and_keep_their_policy(page, sign_in, live_server, roles):
    agent = UserFactory(username="ana", first_name="Ana", roles=[Role.AGENT])
    UserFactory(username="tess", first_name="Tess", roles=[Role.TRAINER])
    late_order = scenario("late-order-angry")
    demo_rubrics()
    call = played_call(agent, late_order)
    here = urlparse(live_server.url).netloc
    elsewhere, violations = [], []
    page.on(
        "request",
        lambda r: (
            urlparse(r.url).netloc not in ("", here)
            and not r.url.startswith("data:")
            and elsewhere.append(r.url)
        ),
    )
    page.on(
        "console",
        lambda m: "Content Security Policy" in m.text and violations.append(m.text),
    )
    sign_in("ana")
    for path in ("/", "/practice/", f"/practice/scenarios/{late_order.slug}/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Start call").click()
    say = page.get_by_label("Your reply to the customer")
    say.wait_for()
    page.locator("[data-call][data-ready]").wait_for(state="attached")
    customers = page.locator(".bubble--customer").count()
    say.fill("Hello, this is Ana at XYZ, I'm so sorry about the wait.")
    say.press("Enter")
    page.locator(".bubble--customer").nth(customers).wait_for()
    page.goto(f"/assessments/calls/{call.pk}/grade/")
    page.wait_for_load_state("networkidle")
    page.context.clear_cookies()
    sign_in("tess")
    for path in ("/assessments/review/", f"/assessments/calls/{call.pk}/grade/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    assert page.evaluate("document.querySelector('script:not([src])')") is None
    assert elsewhere == []
    assert violations == []
