"""A new hire's details: choices in an order of their own, no explanation before passing,
the locked course's quiz, the "Complete" error beside the button, and the path's order."""

import re

import pytest
from playwright.sync_api import expect

from courses import services
from courses.lesson_page import choice_order
from tests.assessments.factories import quiz
from tests.browser.test_quiz_journey import answer
from tests.courses.factories import check, lessons_of, make_course, make_lesson, make_path

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

RIGHT = [2, 0, 3, 1, 2, 3]  # where each check's right answer is authored


@pytest.fixture
def path(db):
    """A path whose first course is a soft skill, then a policy, then a product course:
    grouped by category, its first course came last. Its last course has a quiz."""
    job = make_course("What the job is", lessons=0, category="soft_skill")
    checks = [check(question=f"Question {i + 1}?", right=r, n=4) for i, r in enumerate(RIGHT)]
    make_lesson(job, "The bridge", checks=0, body=[("rich_text", "<p>Read first.</p>"), *checks])
    make_lesson(job, "What you will handle")
    billing = make_course("Billing policy", lessons=1, category="policy", prerequisites=[job])
    products = make_course("XYZ products", lessons=1, category="product", prerequisites=[job])
    outside = make_course("Accessibility basics", lessons=1, category="product")
    make_path([job, billing, products])
    return {
        "outside": outside,
        "job": job,
        "lesson": lessons_of(job)[0],
        "role_quiz": quiz(course=job, title="Role basics check", slug="role-basics"),
        "final": quiz(course=products, title="Onboarding final", slug="onboarding-final"),
    }


def shown_orders(page) -> list[list[str]]:
    return [
        box.locator(".choice span").all_inner_texts() for box in page.locator("[data-kcheck]").all()
    ]


def expected_orders(user, lesson) -> list[list[str]]:
    return [
        [f"Answer {i}" for i in choice_order(user.pk, block.id, 4)]
        for block in lesson.knowledge_checks
    ]


def test_a_learner_sees_shuffled_choices_that_stay_put_and_are_still_marked_right(
    browser, live_server, page, sign_in, screenshot, new_hire, agent, password, path
):
    lesson = path["lesson"]
    sign_in("newhire")
    page.goto(lesson.url)
    mine = shown_orders(page)
    assert mine == expected_orders(new_hire, lesson)
    page.reload()
    assert shown_orders(page) == mine

    third = page.locator("[data-kcheck]").nth(2)
    third.get_by_label("Answer 0").check()
    third.get_by_role("button", name="Check answer").click()
    expect(third.get_by_role("status")).to_contain_text("Not quite")
    third.get_by_label(f"Answer {RIGHT[2]}").check()
    third.get_by_role("button", name="Try again").click()
    expect(third.get_by_role("status")).to_contain_text("Yes: you named the feeling.")
    expect(third).to_have_class(re.compile("kcheck--correct"))
    screenshot("learner-details-shuffled-check")
    page.reload()
    third = page.locator("[data-kcheck]").nth(2)
    expect(third.get_by_label(f"Answer {RIGHT[2]}")).to_be_checked()
    expect(third.get_by_role("status")).to_contain_text("Correct")
    assert shown_orders(page) == mine

    # Another learner, another order (six checks of four: the same six orders by chance
    # is about one in 190 million).
    context = browser.new_context(base_url=live_server.url)
    other = context.new_page()
    other.goto("/accounts/login/")
    other.get_by_label("Username").fill("agent")
    other.get_by_label("Password").fill(password)
    other.get_by_role("button", name="Sign in").click()
    other.wait_for_load_state()
    other.goto(lesson.url)
    assert shown_orders(other) == expected_orders(agent, lesson) != mine
    context.close()


def test_a_learner_sees_no_explanation_before_passing(page, sign_in, screenshot, new_hire, path):
    explanation = "30 days from delivery."
    sign_in("newhire")
    page.goto(f"/assessments/quizzes/{path['role_quiz'].pk}/")
    page.get_by_role("button", name="Start the quiz").click()
    answer(page, right=False)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_text("Not passed", exact=True)).to_be_visible()
    expect(page.get_by_text("The right answers are shown once you pass")).to_be_visible()
    expect(page.get_by_text(explanation)).to_have_count(0)
    expect(page.get_by_text("Right answer", exact=True)).to_have_count(0)
    screenshot("learner-details-quiz-no-explanation")

    page.get_by_role("button", name="Try again").click()
    answer(page, right=True)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_text("Passed", exact=True).first).to_be_visible()
    expect(page.get_by_text(explanation)).to_be_visible()


def test_a_learner_cannot_start_the_locked_courses_quiz(
    page, sign_in, screenshot, accessible, new_hire, path
):
    final = path["final"]
    sign_in("newhire")
    page.goto(final.course.url)
    quizzes = page.locator("section", has=page.get_by_role("heading", name="Knowledge checks"))
    expect(quizzes).to_contain_text("Locked")
    quizzes.get_by_role("link", name="Onboarding final").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Onboarding final")
    expect(page.get_by_role("status").first).to_contain_text("This course is locked.")
    expect(page.get_by_role("status").first).to_contain_text("Finish “What the job is” first.")
    expect(page.get_by_role("button", name="Start the quiz")).to_have_count(0)
    screenshot("learner-details-locked-quiz")
    accessible(page, "the locked course's quiz")

    token = page.locator("input[name=csrfmiddlewaretoken]").first
    csrf = token.input_value() if token.count() else ""
    response = page.request.post(
        f"/assessments/quizzes/{final.pk}/",
        form={"csrfmiddlewaretoken": csrf},
        headers={"Referer": page.url},
    )
    assert response.status == 403
    assert "Finish “What the job is” first." in response.text()
    assert not final.attempts.exists()

    page.get_by_role("link", name="What the job is").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What the job is")


def test_the_complete_error_is_next_to_the_button_and_takes_the_focus(
    browser, live_server, page, sign_in, screenshot, accessible, new_hire, password, path
):
    lesson = path["lesson"]
    sign_in("newhire")
    page.goto(lesson.url)
    button = page.get_by_role("button", name=re.compile("Complete and continue"))
    button.scroll_into_view_if_needed()
    button.click()
    error = page.get_by_role("alert")
    expect(error).to_be_visible()
    expect(error).to_be_focused()
    expect(error).to_be_in_viewport()
    expect(button).to_be_in_viewport()
    expect(error).to_contain_text("Answer this lesson's knowledge checks correctly")
    expect(page.locator("footer.lesson-actions [role=alert]")).to_have_count(1)
    assert page.url.endswith(lesson.url)  # nothing was posted: the learner stays put
    screenshot("learner-details-complete-error")
    accessible(page, "a lesson with the Complete error showing")
    error.get_by_role("link", name="Question 1?").click()
    expect(page).to_have_url(re.compile(r"#check-"))

    # Without JavaScript the form posts, and the page comes back at the error.
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    plain = context.new_page()
    plain.goto("/accounts/login/")
    plain.get_by_label("Username").fill("newhire")
    plain.get_by_label("Password").fill(password)
    plain.get_by_role("button", name="Sign in").click()
    plain.goto(lesson.url)
    plain.get_by_role("button", name=re.compile("Complete and continue")).click()
    expect(plain).to_have_url(re.compile(r"\?complete=refused#complete-error$"))
    error = plain.get_by_role("alert")
    expect(error).to_be_visible()
    expect(error).to_be_in_viewport()
    expect(error).to_contain_text("Question 6?")
    context.close()


def test_the_paths_first_course_comes_first_in_the_catalogue_and_my_courses(
    page, sign_in, screenshot, accessible, new_hire, path
):
    services.course_enrol(user=new_hire, course=path["outside"])
    sign_in("newhire")
    mine = page.locator("section", has=page.get_by_role("heading", name="My courses"))
    expect(mine.locator(".mini-courses > li > a")).to_have_text(
        ["What the job is", "Billing policy", "XYZ products", "Accessibility basics"]
    )
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Courses").click()
    expect(page.locator(".course-card__title")).to_have_text(
        ["What the job is", "Billing policy", "XYZ products", "Accessibility basics"]
    )
    screenshot("learner-details-catalogue-order")
    accessible(page, "the catalogue")
