"""A trainer writes a lesson with a phrase card in Wagtail admin, previews it, publishes it,
and a learner reads it."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_trainer_publishes_a_lesson_with_a_phrase_card_that_a_learner_sees(
    page, sign_in, screenshot, trainer, new_hire
):
    course = make_course("Handling late orders", lessons=1)
    sign_in("trainer")
    page.goto(f"/cms/pages/add/courses/lessonpage/{course.pk}/")
    page.locator("#id_title").fill("Say this, not that: late orders")

    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Phrase card").click()
    page.locator("[name='body-0-value-customer_line']").fill("My parcel is a week late. Again!")
    page.locator("[name='body-0-value-say']").fill(
        "I'm sorry it's late again. Let me check where it is right now."
    )
    page.locator("[name='body-0-value-avoid']").fill("That's the courier's fault, not ours.")
    page.locator("[name='body-0-value-why']").fill("Own the problem; blame makes it worse.")
    screenshot("courses-trainer-editing")

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator(".phrase-card")).to_contain_text("Let me check where it is")
    screenshot("courses-trainer-preview")

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile("^Publish")).click()
    expect(page.locator(".messages")).to_contain_text("published")
    lesson = LessonPage.objects.get(title="Say this, not that: late orders")
    assert lesson.live and lesson.revisions.count() >= 1

    page.get_by_role("button", name="Sign out").click() if page.get_by_role(
        "button", name="Sign out"
    ).count() else None
    page.context.clear_cookies()
    sign_in("newhire")
    page.goto(course.url)
    page.get_by_role("link", name="Say this, not that: late orders").click()
    expect(page.locator(".phrase-card")).to_contain_text("That's the courier's fault")
    screenshot("courses-learner-sees-new-lesson")
