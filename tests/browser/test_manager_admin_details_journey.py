"""The details a manager, an admin and a learner rely on: evidence scores that say whose they
are, the admin's "Test connection", a hand-issued certificate that says so when printed,
requirements that link to what fulfils them, and a language that survives signing in again
on a browser with no cookies."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.roles import Role
from assessments.models import SkillEvidence
from certification import services
from tests.certification.factories import (
    grade_call,
    make_program,
    make_quiz,
    make_rule,
    make_scenario,
    req_course,
    req_quiz,
)
from tests.courses.factories import make_course
from tests.factories import TeamFactory, UserFactory
from tests.fake_openai import Reply

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def people(db):
    manager = UserFactory(username="marcus", first_name="Marcus", roles=[Role.MANAGER])
    agent = UserFactory(username="arjun", first_name="Arjun", last_name="Mehta", roles=[Role.AGENT])
    TeamFactory(name="Team Aurora", slug="team-aurora", managers=[manager], members=[agent])
    UserFactory(username="ada", first_name="Ada", roles=[Role.ADMIN])
    UserFactory(username="tereza", first_name="Tereza", last_name="Novak", roles=[Role.TRAINER])
    return agent


def test_a_manager_reads_which_score_is_the_call_s_and_which_the_skill_s(
    page, sign_in, screenshot, accessible, people
):
    agent = people
    scenario = make_scenario("Late order: the air purifier that never came")
    make_rule("skill_below", threshold=60, last_n=1)
    grade = grade_call(agent, scenario, score=72)
    SkillEvidence.objects.filter(grade=grade).update(score=40)
    services.needs_evaluate_for_user(agent, grade=grade, trigger="grade", now=timezone.now())

    sign_in("marcus")
    page.goto(f"/certification/people/{agent.pk}/")
    evidence = page.locator(".need details.evidence").first
    expect(evidence).to_contain_text(
        "Late order: the air purifier that never came — call score 72 · skill score 40"
    )
    expect(evidence).not_to_contain_text(re.compile(r"— score \d"))
    screenshot("details-evidence-scores")
    accessible(page, "a person's page with labelled evidence")


def test_an_admin_tests_the_llm_connection_and_sees_the_model_and_the_latency(
    page, sign_in, screenshot, accessible, people, llm_configured, settings
):
    settings.OPENAI_CUSTOMER_MODEL = "callwise-test-model"
    llm_configured.queue(Reply("ready"))
    sign_in("ada")
    panel = page.locator("section", has=page.get_by_role("heading", name="Administration"))
    screenshot("details-admin-home")
    panel.get_by_role("button", name="Test connection").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("LLM connection")
    result = page.get_by_role("status")
    expect(result).to_contain_text(re.compile(r"The model callwise-test-model answered in \d+ ms"))
    expect(result).to_contain_text("“ready”")
    screenshot("details-llm-test-ok")
    accessible(page, "the LLM connection test")
    assert len(llm_configured.requests) == 1

    # An error is said in plain words, and the page offers the button again.
    llm_configured.queue(Reply(status=401))
    page.get_by_role("button", name="Test connection").click()
    expect(page.get_by_role("status")).to_contain_text("The endpoint refused the API key (401)")
    screenshot("details-llm-test-error")


def test_a_printable_hand_issued_certificate_says_it_was_issued_by_hand(
    page, sign_in, screenshot, accessible, people
):
    from django.contrib.auth import get_user_model

    trainer = get_user_model().objects.get(username="tereza")
    program = make_program("Certified Junior Agent")
    certificate = services.certificate_issue(
        holder=people, program=program, issued_by=trainer, reason="Paper records from Leeds."
    )
    sign_in("arjun")
    page.goto(f"/certification/certificates/{certificate.pk}/")
    page.get_by_role("link", name="Printable certificate").click()
    sheet = page.locator("main.sheet")
    expect(sheet).to_contain_text("has been awarded")
    expect(sheet).to_contain_text("Issued by hand by Tereza Novak")
    expect(sheet).to_contain_text("Reason: Paper records from Leeds.")
    expect(sheet).not_to_contain_text("has met every requirement")
    screenshot("details-certificate-print-by-hand")

    page.goto(certificate.get_verify_url())
    expect(page.locator("[data-how-issued]")).to_have_text("Issued by hand by Tereza Novak")
    screenshot("details-certificate-verify-by-hand")
    accessible(page, "the public verification page of a hand-issued certificate")


def test_an_agent_follows_a_requirement_from_home_to_the_course(
    page, sign_in, screenshot, accessible, people
):
    course = make_course("Listening like an expert")
    quiz = make_quiz("Policies check")
    make_program("Certified Junior Agent", requirements=[req_course(course), req_quiz(quiz)])
    sign_in("arjun")
    certification = page.locator("section", has=page.get_by_role("heading", name="Certification"))
    expect(certification.get_by_role("link", name="Pass the quiz “Policies check”")).to_be_visible()
    screenshot("details-agent-home-requirements")
    accessible(page, "the agent's home with requirement links")
    certification.get_by_role("link", name="Complete the course “Listening like an expert”").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Listening like an expert")
    assert page.url.endswith(course.get_url())


def test_a_language_chosen_once_is_back_after_signing_in_on_a_browser_with_no_cookies(
    page, sign_in, screenshot, accessible, people
):
    sign_in("arjun")
    with page.expect_navigation():
        page.locator("#language-select").select_option("fr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bon retour, Arjun")

    # Another computer: no cookies at all, and the sign-in page in the default language.
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    sign_in("arjun")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bon retour, Arjun")
    expect(page.locator("#language-select")).to_have_value("fr")
    screenshot("details-language-home-fr")

    page.goto("/accounts/profile/")
    expect(page.locator("#id_language")).to_have_value("fr")
    screenshot("details-language-profile-fr")
    accessible(page, "the profile page with the saved language")
