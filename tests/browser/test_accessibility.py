"""axe-core on the main pages: no serious or critical violation, at desktop and phone widths.

One sign-in per test. The data is what people really see: an onboarding path with
progress, a lesson with a knowledge check, a graded call with quoted evidence, a quiz with
every question type and its result, a manager's team with a retraining need. The call
screen and the end screen have their own checks (tests/browser/test_call_journey.py).
"""

import pytest
from playwright.sync_api import expect

from certification.models import RetrainingNeed, RetrainingRule
from courses.models import Skill
from tests.assessments.factories import demo_rubrics, played_call, quiz, scenario
from tests.browser.test_quiz_journey import answer
from tests.courses.factories import lessons_of, make_course, make_lesson, make_path

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}
POOR = (
    "Yeah, what's the problem?",
    "Calm down, that's not my department.",
    "It's the system, there's nothing I can do.",
)


@pytest.fixture
def check(page, accessible):
    """Run axe at the desktop width, then at a phone's (the menu and tables reflow)."""

    def run(where: str):
        page.wait_for_load_state()
        accessible(page, where)
        desktop = page.viewport_size
        page.set_viewport_size(PHONE)
        accessible(page, f"{where} (phone width)")
        page.set_viewport_size(desktop)

    return run


@pytest.fixture
def onboarding(db):
    job = make_course("What the job is", lessons=0)
    make_lesson(job, "The bridge between XYZ and its customers", checks=2)
    make_lesson(job, "What you will handle")
    patience = make_course("Patience under pressure", lessons=2, prerequisites=[job])
    make_path([job, patience])
    return job, patience


@pytest.fixture
def graded_call(agent):
    demo_rubrics()
    return played_call(agent, scenario("late-order-angry"))


@pytest.mark.parametrize("username", ["newhire", "agent", "trainer", "manager", "admin"])
def test_every_roles_home(
    page, sign_in, check, role_users, onboarding, graded_call, screenshot, username
):
    sign_in(username)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    check(f"the home of {username}")
    screenshot(f"a11y-home-{username}")


def test_a_lesson_with_a_knowledge_check(page, sign_in, check, new_hire, onboarding, screenshot):
    job, _ = onboarding
    sign_in("newhire")
    page.goto(lessons_of(job)[0].url)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "The bridge between XYZ and its customers"
    )
    check("a lesson")
    first, second = page.locator("[data-kcheck]").nth(0), page.locator("[data-kcheck]").nth(1)
    first.get_by_label("Answer 0").check()
    first.get_by_role("button", name="Check answer").click()
    expect(first.get_by_role("status")).to_contain_text("Not answer 0.")
    second.get_by_label("Answer 1").check()
    second.get_by_role("button", name="Check answer").click()
    expect(second.get_by_role("status")).to_contain_text("you named the feeling")
    check("a lesson with a wrong and a right answer")
    screenshot("a11y-lesson")


def test_the_graded_review_of_a_call(page, sign_in, check, graded_call, screenshot):
    sign_in("agent")
    page.goto(f"/assessments/calls/{graded_call.pk}/grade/")
    expect(page.locator(".transcript mark").first).to_be_visible()
    check("the graded review of a call")
    screenshot("a11y-graded-review")


def test_the_review_queue_and_the_grade_page_a_trainer_reviews(
    page, sign_in, check, trainer, graded_call, screenshot
):
    sign_in("trainer")
    page.goto("/assessments/review/")
    check("the review queue")
    page.goto(f"/assessments/review/{graded_call.grade.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(graded_call.scenario.title)
    expect(page.locator(".transcript mark").first).to_be_visible()
    check("the grade page")
    screenshot("a11y-grade-page")


def test_a_quiz_taken_and_its_result(page, sign_in, check, agent, screenshot):
    q = quiz(title="Returns and refunds check")
    sign_in("agent")
    page.goto(f"/assessments/quizzes/{q.pk}/")
    check("a quiz")
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.get_by_role("button", name="Submit answers")).to_be_visible()
    answer(page, right=False)
    check("a quiz being taken")
    page.get_by_role("button", name="Submit answers").click()
    expect(page.locator(".scorering__value")).to_have_text("0%")
    check("a quiz's result")
    screenshot("a11y-quiz-result")


def test_the_team_dashboard(page, sign_in, check, team, onboarding, screenshot):
    RetrainingRule.objects.create(
        name="Patience under 60 on the last call",
        kind="skill_below",
        skill=Skill.objects.get(slug="patience"),
        threshold=60,
        last_n=1,
    )
    demo_rubrics()
    agent = team.members.get(username="agent")
    played_call(agent, scenario("late-order-angry"), POOR)
    assert RetrainingNeed.objects.filter(user=agent).exists()
    sign_in("manager")
    page.goto(f"/certification/teams/{team.slug}/")
    expect(page.get_by_role("progressbar", name="Nadia")).to_be_visible()
    check("the team dashboard")
    screenshot("a11y-team")
