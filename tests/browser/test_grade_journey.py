"""An agent finishes a call and opens its grade with highlighted evidence; a trainer
overrides a criterion with a reason and the audit trail shows it."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from assessments.models import GradeOverride
from tests.assessments.factories import demo_rubrics, played_call, scenario
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def finished_call(roles):
    agent = UserFactory(username="ana", first_name="Ana", roles=[Role.AGENT])
    late_order = scenario("late-order-angry")
    demo_rubrics()
    return played_call(agent, late_order)


def test_an_agent_opens_the_grade_of_a_finished_call(page, sign_in, screenshot, finished_call):
    sign_in("ana")
    page.goto(f"/practice/calls/{finished_call.pk}/review/")
    page.get_by_role("link", name="Graded review").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(finished_call.scenario.title)
    expect(page.locator(".scorering__value")).to_have_text(str(finished_call.grade.score))
    greeting = page.locator("#criterion-greeting")
    expect(greeting).to_contain_text("Good morning")
    expect(page.locator(".transcript mark", has_text="Good morning")).to_be_visible()
    greeting.get_by_role("link").first.click()
    expect(page).to_have_url(f"{page.url.split('#')[0].split('?')[0]}#turn-2")
    expect(page.get_by_text("Override this score")).to_have_count(0)
    screenshot("grade-agent")


def test_a_trainer_overrides_a_criterion_with_a_reason_and_the_audit_shows_it(
    page, sign_in, screenshot, finished_call
):
    UserFactory(username="tess", first_name="Tess", last_name="Trainer", roles=[Role.TRAINER])
    sign_in("tess")
    page.goto(f"/assessments/calls/{finished_call.pk}/grade/")
    criterion = page.locator("#criterion-closing")
    criterion.get_by_text("Override this score").click()
    criterion.get_by_label("New score (0–1)").fill("0")
    criterion.get_by_role("button", name="Save the new score").click()
    # The reason is required: the browser refuses to send the form without it.
    assert not GradeOverride.objects.exists()
    criterion = page.locator("#criterion-closing")
    criterion.get_by_label("Reason").fill("The customer was cut off before the close.")
    criterion.get_by_role("button", name="Save the new score").click()
    expect(page.get_by_text("Score changed; the total is recalculated.")).to_be_visible()
    audit = page.locator("section", has=page.get_by_role("heading", name="Audit trail"))
    expect(audit).to_contain_text("The customer was cut off before the close.")
    expect(audit).to_contain_text("Tess Trainer")
    expect(page.locator("#criterion-closing")).to_contain_text("Overridden")
    screenshot("grade-trainer-override")
    override = GradeOverride.objects.get()
    assert (override.score_before, override.score_after) == (1, 0)
