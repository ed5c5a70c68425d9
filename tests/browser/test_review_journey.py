"""Grades you can certify on: a trainer works the review queue; an agent disputes a grade
and reads the answer; a trainer grades a trial of a draft scenario without it counting."""

import re

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from assessments.models import CriterionLabel, Grade, GradeDispute, GradeReview
from tests.assessments.factories import GOOD_AGENT_LINES, demo_rubrics, played_call, scenario
from tests.browser.call_screen import say_lines
from tests.factories import TeamFactory, UserFactory
from tests.simulations.factories import demo_scenario

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def people(roles):
    agent = UserFactory(username="ana", first_name="Ana", last_name="Silva", roles=[Role.AGENT])
    trainer = UserFactory(
        username="tess", first_name="Tess", last_name="Trainer", roles=[Role.TRAINER]
    )
    manager = UserFactory(username="marcus", first_name="Marcus", roles=[Role.MANAGER])
    TeamFactory(name="Team Aurora", slug="team-aurora", managers=[manager], members=[agent])
    return {"agent": agent, "trainer": trainer, "manager": manager}


@pytest.fixture
def finished_call(people):
    late_order = scenario("late-order-angry")
    demo_rubrics()
    return played_call(people["agent"], late_order)


def _sign_in_as(page, sign_in, username):
    page.context.clear_cookies()
    sign_in(username)


def test_a_trainer_overrides_a_flagged_grade_and_completes_the_review(
    page, sign_in, screenshot, finished_call
):
    grade = finished_call.grade
    Grade.objects.filter(pk=grade.pk).update(
        needs_review=True,
        flags=[{"code": "graders_disagree", "message": "The LLM grader gave 64, 30 points less."}],
    )
    target = grade.criterion_scores.filter(applicable=True, max=1, score=1).order_by("position")[0]
    sign_in("tess")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Review queue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review queue")
    row = page.locator(f"tr[data-grade='{grade.pk}']")
    expect(row).to_contain_text("Ana Silva")
    expect(row).to_contain_text("The graders disagree")
    screenshot("review-queue")

    row.get_by_role("link", name=re.compile("^Review")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(finished_call.scenario.title)
    expect(page.get_by_text("The LLM grader gave 64, 30 points less.")).to_be_visible()
    expect(page.locator(".transcript mark").first).to_be_visible()
    screenshot("review-grade")

    criterion = page.locator(f"#criterion-{target.key}")
    criterion.get_by_text("Override this score").click()
    criterion.get_by_label("New score (0–1)").fill("0")
    criterion.get_by_label("Reason").fill("Listened to the call: this was not done.")
    criterion.get_by_role("button", name="Save the new score").click()
    expect(page.get_by_text("Score changed; the total is recalculated.")).to_be_visible()
    complete = page.locator("#complete")
    expect(complete).to_contain_text("1 score changed in this review")
    expect(complete).to_contain_text("Listened to the call: this was not done.")
    screenshot("review-grade-changed")

    complete.get_by_label("Note for the record").fill("One criterion corrected.")
    complete.get_by_role("button", name="Complete the review").click()
    expect(page).to_have_url(re.compile(r"/assessments/review/$"))
    expect(page.get_by_text(re.compile("Review completed: the grade went from"))).to_be_visible()
    expect(page.locator(f"tr[data-grade='{grade.pk}']")).to_have_count(0)
    expect(page.get_by_text("Nothing waits for review")).to_be_visible()
    screenshot("review-queue-empty")

    review = GradeReview.objects.get()
    assert review.decision == "changed" and review.reason == "One criterion corrected."
    grade.refresh_from_db()
    assert not grade.needs_review
    label = CriterionLabel.objects.get(grade=grade, criterion_key=target.key)
    assert (label.machine_score, label.human_score) == (1, 0)


def test_an_agent_disputes_a_grade_and_reads_the_trainers_answer(
    page, sign_in, screenshot, finished_call
):
    sign_in("ana")
    page.goto(f"/assessments/calls/{finished_call.pk}/grade/")
    dispute = page.locator("#dispute")
    dispute.get_by_text("Dispute this grade").click()
    dispute.get_by_role("button", name="Send my dispute").click()
    assert not GradeDispute.objects.exists()  # the browser refuses an empty comment
    dispute.get_by_label("What do you think is wrong with this grade?").fill(
        "I did offer the replacement in turn 6, so the resolution should count."
    )
    screenshot("grade-dispute-form")
    dispute.get_by_role("button", name="Send my dispute").click()
    expect(
        page.get_by_text("Your dispute is sent: a reviewer will answer you here.")
    ).to_be_visible()
    expect(page.locator("[data-dispute-state='pending']")).to_have_text("Dispute pending")
    expect(page.locator("#dispute")).to_contain_text("I did offer the replacement in turn 6")
    expect(page.get_by_text("Disputed by the agent")).to_be_visible()
    screenshot("grade-dispute-pending")

    _sign_in_as(page, sign_in, "tess")
    page.goto("/assessments/review/?reason=agent_dispute")
    row = page.locator(f"tr[data-grade='{finished_call.grade.pk}']")
    expect(row).to_contain_text("Disputed by the agent")
    row.get_by_role("link", name=re.compile("^Review")).click()
    expect(page.locator("[data-dispute-comment]")).to_contain_text("turn 6")
    complete = page.locator("#complete")
    complete.get_by_label("Note for the record").fill(
        "The replacement was offered, and it was already scored as such."
    )
    complete.get_by_role("button", name="Accept the grade as it stands").click()
    expect(page.get_by_text(re.compile("Review completed: the grade stands at"))).to_be_visible()

    _sign_in_as(page, sign_in, "ana")
    page.goto(f"/assessments/calls/{finished_call.pk}/grade/")
    dispute = page.locator("#dispute")
    expect(dispute.locator("[data-dispute-state='answered']")).to_have_text("Dispute answered")
    expect(dispute).to_contain_text(f"The grade stands at {finished_call.grade.score}.")
    expect(dispute).to_contain_text("Tess Trainer")
    expect(dispute).to_contain_text("already scored as such")
    screenshot("grade-dispute-answered")


def test_a_trainer_grades_a_trial_of_a_draft_scenario_and_it_is_not_counted(
    page, sign_in, screenshot, people
):
    draft = demo_scenario("late-order-angry", publish=False)
    assert not draft.live
    sign_in("tess")
    page.goto(f"/practice/try/{draft.pk}/")
    page.get_by_role("button", name="Start trial call").click()
    page.locator("[data-call][data-ready]").wait_for(state="attached")
    say_lines(page, GOOD_AGENT_LINES[:2])
    page.once("dialog", lambda dialog: dialog.accept())  # "Hang up on the customer?"
    page.locator("[data-hangup]").click()
    page.wait_for_url("**/practice/calls/*/", wait_until="load")
    link = page.get_by_role("link", name="Grade this trial")
    expect(link).to_be_visible()
    screenshot("trial-end")
    link.click()
    expect(page).to_have_url(re.compile(r"/assessments/trials/\d+/grade/$"))
    expect(page.locator("[data-trial-not-counted]")).to_contain_text("Trial — not counted")
    expect(page.locator(".criterion").first).to_be_visible()
    expect(page.locator(".transcript mark").first).to_be_visible()
    expect(page.locator(".tip").first).to_be_visible()
    screenshot("trial-grade")
    assert not Grade.objects.exists()


def test_a_trainer_opens_a_rubrics_calibration_from_its_editor(page, sign_in, screenshot, people):
    from assessments.models import Rubric

    scenario("late-order-angry")
    demo_rubrics()
    rubric = Rubric.objects.get(slug="late-order")
    key = rubric.to_data().criteria[0].key
    for n in range(12):  # the grader said met every time; reviewers disagreed half the time
        grade = Grade.objects.create(
            user=people["agent"], scenario=rubric.scenarios.first(), rubric=rubric
        )
        CriterionLabel.objects.create(
            grade=grade,
            rubric=rubric,
            rubric_slug=rubric.slug,
            criterion_key=key,
            machine_score=1,
            human_score=n % 2,
            max=1,
        )
    sign_in("tess")
    page.goto(f"/cms/snippets/assessments/rubric/edit/{rubric.pk}/")
    button = page.get_by_role("link", name="Calibration")
    expect(button).to_be_visible()
    screenshot("rubric-editor-calibration-button")
    button.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(rubric.name)
    row = page.locator(f"tr[data-criterion='{key}']")
    expect(row).to_contain_text("Not trusted for certification")
    expect(row).to_contain_text("12")
    expect(page.get_by_role("status")).to_contain_text("not trusted for certification")
    screenshot("rubric-calibration")
