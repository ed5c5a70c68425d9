"""A trainer checks agent lines against a scenario: on its Try it page (in place, with
JavaScript, and without it) and in the editor's preview. Screenshots of the box alone go
to tests/screenshots/ (check-line-box*.png) beside the full pages."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS
from tests.simulations import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LINE = "Hello Ms Test, I'm so sorry your order is late. Could you give me your order number?"


def shot(locator, name: str):
    SCREENSHOTS.mkdir(exist_ok=True)
    locator.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def test_a_trainer_checks_a_line_on_try_it_and_sees_the_cues(page, sign_in, screenshot, trainer):
    scenario = factories.published_scenario(publish=False)
    sign_in("trainer")
    page.goto(f"/practice/try/{scenario.pk}/")
    box = page.locator("[data-check-line]")
    expect(box.get_by_role("heading", name="Check a line")).to_be_visible()

    box.get_by_label("Agent line").fill(LINE)
    box.get_by_role("button", name="Check the line").click()
    result = box.locator("[data-check-line-done]")
    expect(result).to_be_visible()
    assert page.url.endswith(f"/practice/try/{scenario.pk}/")  # in place: no navigation
    cues = result.locator("[data-check-line-cues] li")
    expect(cues.first).to_be_visible()
    assert cues.count() >= 1
    expect(result.locator(".checkline__mark").first).to_be_visible()  # quotes highlighted
    for quote in result.locator("[data-check-line-cues] q").all_inner_texts():
        assert quote in LINE
    expect(result).to_contain_text("order_number")  # the fact asked for
    screenshot("simulations-check-line")
    shot(box, "check-line-box")

    # A second check replaces the first, still in place.
    box.get_by_label("Agent line").fill("")
    box.get_by_label("Agent line").fill("I'll send a replacement today.")
    box.get_by_role("button", name="Check the line").click()
    expect(result.locator(".checkline__line")).to_have_text("I'll send a replacement today.")


def test_without_javascript_the_box_shows_the_result_on_the_page(
    browser, live_server, trainer, password
):
    scenario = factories.published_scenario(publish=False)
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("trainer")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"/practice/try/{scenario.pk}/")
    box = page.locator("[data-check-line]")
    box.get_by_label("Agent line").fill(LINE)
    box.get_by_role("button", name="Check the line").click()
    page.wait_for_url(f"**/practice/try/{scenario.pk}/check/**")
    result = page.locator("[data-check-line-done]")
    expect(result).to_be_visible()
    expect(result.locator("[data-check-line-cues] li").first).to_be_visible()
    expect(page.get_by_label("Agent line")).to_have_value(LINE)
    expect(page.get_by_role("button", name="Start trial call")).to_be_visible()
    shot(page.locator("[data-check-line]"), "check-line-box-no-js")
    context.close()


def test_the_scenario_preview_checks_a_line_in_place(page, sign_in, trainer):
    scenario = factories.published_scenario()
    sign_in("trainer")
    page.goto(f"/cms/snippets/simulations/scenario/edit/{scenario.pk}/")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    box = preview.locator("[data-check-line]")
    box.get_by_label("Agent line").fill(LINE)
    box.get_by_role("button", name="Check the line").click()
    result = box.locator("[data-check-line-done]")
    expect(result).to_be_visible()
    expect(result).to_contain_text("order_number")
    shot(box, "check-line-box-preview")
