"""A trainer's everyday details in the authoring studio and analytics: uploading an image
and choosing it, slugs that follow the title, a dashboard named Callwise whose avatars
load, and analytics filtered by team and date that drill down to the calls behind a
criterion."""

import io
import re
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from tests.certification.factories import grade_call, make_scenario
from tests.courses.factories import make_course
from tests.factories import TeamFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (40, 90, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_trainer_uploads_an_image_and_finds_it_in_the_chooser(page, sign_in, screenshot, trainer):
    course = make_course("Handling late orders", lessons=1)
    sign_in("trainer")
    page.goto("/cms/images/")
    expect(page.get_by_text("do not have permission")).to_have_count(0)
    page.get_by_role("link", name="Add an image").first.click()
    page.locator("#fileupload").set_input_files(
        files=[{"name": "late-parcel.png", "mimeType": "image/png", "buffer": _png()}]
    )
    expect(page.locator(".status-msg.success").first).to_be_visible()
    screenshot("trainer-details-image-uploaded")

    page.goto(f"/cms/pages/{course.pk}/edit/")
    page.get_by_role("button", name="Choose an image").click()
    chooser = page.locator(".modal-content")
    expect(chooser.get_by_text("late-parcel")).to_be_visible()
    expect(chooser.get_by_text("You haven't uploaded any images")).to_have_count(0)
    screenshot("trainer-details-image-chooser")


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/cms/snippets/simulations/scenario/add/", "scenario"),
        ("/cms/snippets/assessments/quiz/add/", "quiz"),
    ],
)
def test_a_new_scenario_or_quiz_gets_its_slug_from_the_title_unless_the_trainer_types_one(
    page, sign_in, screenshot, trainer, url, name
):
    sign_in("trainer")
    page.goto(url)
    title, slug = page.locator("#id_title"), page.locator("#id_slug")
    title.click()
    title.press_sequentially("Wrong item sent, customer upset")
    title.blur()
    expect(slug).to_have_value("wrong-item-sent-customer-upset")
    screenshot(f"trainer-details-{name}-slug")

    slug.fill("wrong-item")
    title.click()
    title.press_sequentially(" again")
    title.blur()
    page.wait_for_timeout(500)  # the sync waits a moment before it applies
    expect(slug).to_have_value("wrong-item")


def test_the_dashboard_says_callwise_and_its_avatars_load_from_this_server(
    page, sign_in, screenshot, live_server, trainer
):
    from courses.demo import catalogue_root

    catalogue_root()  # as load_demo does: names the site
    here = urlparse(live_server.url).netloc
    elsewhere = []
    page.on(
        "request",
        lambda r: (
            urlparse(r.url).netloc not in ("", here)
            and not r.url.startswith("data:")
            and elsewhere.append(r.url)
        ),
    )
    sign_in("trainer")
    page.goto("/cms/")
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("heading", level=1)).to_have_text("Callwise")
    avatars = page.locator("img[src*='avatar']")
    assert avatars.count() >= 1
    for i in range(avatars.count()):
        avatar = avatars.nth(i)
        avatar.scroll_into_view_if_needed()
        page.wait_for_function("img => img.complete", arg=avatar.element_handle())
        assert avatar.evaluate("img => img.naturalWidth") > 0
    assert elsewhere == []
    screenshot("trainer-details-dashboard")


def test_a_trainer_filters_analytics_by_team_and_date_and_opens_a_call_behind_a_criterion(
    page, sign_in, screenshot, accessible, trainer, team, agent, other_agent, other_manager
):
    TeamFactory(
        name="Team Borealis", slug="team-borealis", managers=[other_manager], members=[other_agent]
    )
    scenario = make_scenario("Late order, angry customer")
    now = timezone.now()
    recent = grade_call(agent, scenario, score=40, when=now - timedelta(days=3))
    grade_call(agent, scenario, score=45, when=now - timedelta(days=60))
    grade_call(other_agent, scenario, score=50, when=now - timedelta(days=2))

    sign_in("trainer")
    page.goto("/certification/analytics/")
    row = page.get_by_role("row", name=re.compile("Late order, angry customer"))
    expect(row.get_by_role("cell").nth(1)).to_have_text("3")

    page.get_by_label("Team").select_option(label="Team Aurora")
    page.get_by_role("button", name="Apply").click()
    page.get_by_role("link", name="Last 30 days").click()
    assert "team=team-aurora" in page.url and "from=" in page.url
    expect(page.get_by_role("link", name="Last 30 days")).to_have_attribute("aria-current", "true")
    expect(row.get_by_role("cell").nth(1)).to_have_text("1")  # Aurora's call of the last 30 days
    accessible(page, "the filtered analytics")
    screenshot("trainer-details-analytics-filtered")

    row.get_by_role("link", name="Acknowledged the customer's feelings").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Acknowledged the customer's feelings"
    )
    assert "team=team-aurora" in page.url
    calls = page.locator("tbody tr")
    expect(calls).to_have_count(1)  # not Olga's (Borealis), not the agent's old call
    expect(calls.first).to_contain_text(agent.get_full_name() or agent.username)
    expect(calls.first).to_contain_text("0 / 2")
    expect(page.get_by_text("Missed in 1 of 1 graded call (100%).")).to_be_visible()
    accessible(page, "the calls behind a criterion")
    screenshot("trainer-details-analytics-criterion-calls")

    page.get_by_role("link", name=re.compile("Open the graded review")).click()
    assert page.url.endswith(f"/assessments/calls/{recent.session_id}/grade/")
    screenshot("trainer-details-graded-review")
