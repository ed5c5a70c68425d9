"""An agent takes a quiz, fails, waits, retakes and passes."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.roles import Role
from assessments.models import QuizAttempt
from tests.assessments.factories import quiz
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def answer(page, *, right: bool):
    """Answer the six questions of the test quiz, rightly or wrongly, as a person would."""
    pick = "30 days" if right else "14 days"
    page.get_by_label(pick).check()
    page.get_by_label("Order number").set_checked(True)
    page.get_by_label("Billing postcode").set_checked(right)
    page.get_by_label("Favourite colour").set_checked(not right)
    page.get_by_label("False" if right else "True", exact=True).check()
    order = ["Greet", "Verify", "Resolve", "Close"]
    if not right:
        order = list(reversed(order))
    for position, item in enumerate(order, 1):
        page.get_by_label(item, exact=True).select_option(f"Position {position}")
    matches = {
        "Angry": "I'm sorry",
        "Confused": "Let me explain",
        "Anxious": "You're in good hands",
    }
    rights = list(matches.values())
    for i, (left, right_text) in enumerate(matches.items()):
        page.get_by_label(left, exact=True).select_option(
            right_text if right else rights[(i + 1) % 3]
        )
    page.get_by_placeholder("Type your answer").fill("$15" if right else "$50")


def test_an_agent_fails_a_quiz_waits_retakes_and_passes(page, sign_in, screenshot, roles):
    UserFactory(username="ana", first_name="Ana", roles=[Role.AGENT])
    q = quiz(wait_minutes=30, title="Returns and refunds check")
    sign_in("ana")
    page.goto("/assessments/quizzes/")
    page.get_by_role("link", name=re.compile("Returns and refunds check")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Returns and refunds check")
    screenshot("quiz-start")
    page.get_by_role("button", name="Start the quiz").click()
    answer(page, right=False)
    screenshot("quiz-taking")
    page.get_by_role("button", name="Submit answers").click()
    expect(page.locator(".scorering__value")).to_have_text("0%")
    expect(page.get_by_text("Not passed", exact=True)).to_be_visible()
    expect(page.get_by_text("You can try again in")).to_be_visible()
    screenshot("quiz-result-failed")

    page.get_by_role("link", name="Back to the quiz").click()
    expect(page.get_by_role("button", name="Try again")).to_be_disabled()

    # Fast-forward: the wait is over.
    QuizAttempt.objects.filter(quiz=q).update(submitted_at=timezone.now() - timedelta(hours=1))
    page.reload()
    page.get_by_role("button", name="Try again").click()
    expect(page.get_by_text("Attempt 2")).to_be_visible()
    answer(page, right=True)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.locator(".scorering__value")).to_have_text("100%")
    expect(page.get_by_text("Passed", exact=True).first).to_be_visible()
    screenshot("quiz-result-passed")
    assert QuizAttempt.objects.filter(quiz=q, passed=True).count() == 1
