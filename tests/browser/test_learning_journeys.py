"""The new hire's journey: onboarding path, a lesson with its knowledge check, progress, locks."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import Enrolment
from tests.courses.factories import lessons_of, make_course, make_lesson, make_path

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHRASE = (
    "phrase_card",
    {
        "customer_line": "This is the third time I've called about this order!",
        "say": "I'm sorry you've had to call again. I'll stay with this until it's sorted.",
        "avoid": "Calm down, I'm doing what I can.",
        "why": "Acknowledging the repeat contact lowers the temperature before you fix anything.",
    },
)


@pytest.fixture
def onboarding(db):
    job = make_course("What the job is", lessons=0)
    make_lesson(job, "The bridge between XYZ and its customers", body=[PHRASE])
    make_lesson(job, "What you will handle")
    patience = make_course("Patience under pressure", lessons=2, prerequisites=[job])
    make_path([job, patience])
    return job, patience


def bar_value(page, course_title: str) -> int:
    item = page.locator(".path-bars__item", has_text=course_title)
    return int(item.get_by_role("progressbar").get_attribute("aria-valuenow"))


def test_a_new_hire_continues_the_path_and_completes_a_lesson(
    page, sign_in, screenshot, new_hire, onboarding
):
    job, _ = onboarding
    sign_in("newhire")
    expect(page.get_by_role("heading", name="New-hire onboarding")).to_be_visible()
    assert Enrolment.objects.filter(user=new_hire, source="auto").count() == 2
    assert bar_value(page, "What the job is") == 0
    screenshot("courses-dashboard-start")

    page.locator("[data-continue]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "The bridge between XYZ and its customers"
    )
    expect(page.locator(".phrase-card")).to_contain_text("I'll stay with this")

    check = page.locator("[data-kcheck]").first
    check.get_by_label("Answer 0").check()
    check.get_by_role("button", name="Check answer").click()
    expect(check.get_by_role("status")).to_contain_text("Not answer 0.")
    expect(check).to_have_class(re.compile("kcheck--wrong"))

    check.get_by_label("Answer 1").check()
    check.get_by_role("button", name="Try again").click()
    expect(check.get_by_role("status")).to_contain_text("Yes: you named the feeling.")
    expect(page.locator("[data-lesson-done]")).to_be_visible()
    screenshot("courses-lesson-answered")

    page.get_by_role("button", name=re.compile("Complete and continue")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What you will handle")

    page.goto("/")
    assert bar_value(page, "What the job is") == 50
    expect(page.locator("[data-continue]")).to_contain_text("Continue")
    screenshot("courses-dashboard-progress")


def test_the_lesson_works_without_javascript(browser, live_server, new_hire, onboarding, password):
    job, _ = onboarding
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("newhire")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.goto(lessons_of(job)[1].url)
    check = page.locator("[data-kcheck]").first
    check.get_by_label("Answer 1").check()
    check.get_by_role("button", name="Check answer").click()
    expect(page.locator("[data-kcheck]").first.get_by_role("status")).to_contain_text(
        "Yes: you named the feeling."
    )
    context.close()


def test_a_locked_course_shows_what_to_finish_first(
    page, sign_in, screenshot, new_hire, onboarding
):
    _, patience = onboarding
    sign_in("newhire")
    page.goto(patience.url)
    expect(page.get_by_role("status")).to_contain_text("Finish “What the job is” first.")
    screenshot("courses-course-locked")
    page.goto(lessons_of(patience)[0].url)
    expect(page.get_by_role("alert")).to_contain_text("Finish “What the job is” first.")
    page.get_by_role("link", name="What the job is").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What the job is")


def test_the_catalogue_and_search(page, sign_in, screenshot, new_hire, onboarding):
    sign_in("newhire")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Courses").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Course catalogue")
    screenshot("courses-catalogue")
    page.get_by_label("Search courses and lessons").fill("bridge")
    page.get_by_role("button", name="Search").click()
    expect(
        page.get_by_role("link", name="The bridge between XYZ and its customers")
    ).to_be_visible()


def test_a_learner_switches_to_french_and_reads_the_translated_course(
    page, sign_in, screenshot, new_hire, onboarding
):
    from wagtail.models import Locale

    from tests.courses.factories import publish

    job, _ = onboarding
    fr = Locale.objects.get(language_code="fr")
    translated = job.copy_for_translation(fr)
    translated.title = "Le métier"
    publish(translated)
    for lesson in lessons_of(job):
        copy = lesson.copy_for_translation(fr)
        copy.title = f"Leçon : {lesson.title}"
        publish(copy)

    sign_in("newhire")
    page.goto(job.url)
    page.locator("#language-select").select_option("fr")
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Le métier")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_role("link", name="Leçon : What you will handle").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Leçon : What you will handle")
    screenshot("courses-lesson-french")
