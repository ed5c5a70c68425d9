"""An agent meets the onboarding requirements and is certified at once; the verification
page works signed out; a certificate inside its renewal window shows as expiring and the
holder is re-enrolled."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.roles import Role
from assessments.demo import _correct_response
from assessments.selectors import attempt_questions
from assessments.services import quiz_attempt_start, quiz_attempt_submit
from certification import services
from certification.models import Assignment, Certificate, CertificationProgram, RetrainingRule
from courses.models import Enrolment
from simulations import services as sim
from simulations.demo import PAST_CALLS
from tests.assessments.factories import quiz as make_quiz
from tests.courses.factories import finish_course, make_course, make_path
from tests.factories import UserFactory
from tests.simulations.factories import demo_scenario

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

GOOD = {slug: lines for slug, lines, _ in PAST_CALLS}["late-order-angry"]


def _program(course, quiz, scenario) -> CertificationProgram:
    program = CertificationProgram(
        slug="certified-junior-agent",
        title="Certified Junior Agent",
        level="junior_agent",
        description="The end of onboarding.",
        requirements=[
            ("course_completed", {"course": course}),
            ("quiz_passed", {"quiz": quiz}),
            ("scenario_graded", {"scenario": scenario, "min_score": 70}),
        ],
    )
    program.save()
    program.save_revision().publish()
    return program


def _good_call(user, scenario):
    session = sim.session_start(user=user, scenario=scenario, seed=7, engine="offline")
    for line in GOOD:
        if not session.is_active:
            break
        sim.session_record_agent_turn(session=session, text=line)
        sim.session_customer_reply(session=session)
        session.refresh_from_db()
    if session.is_active:
        sim.session_finish_by_agent(session=session, resolved=True)


def _pass(user, quiz):
    attempt = quiz_attempt_start(user=user, quiz=quiz)
    responses = {q.id: _correct_response(q) for q, _e in attempt_questions(attempt)}
    return quiz_attempt_submit(attempt=attempt, responses=responses)


def test_agent_is_certified_the_moment_the_requirements_are_met(page, sign_in, screenshot):
    agent = UserFactory(username="arjun", first_name="Arjun", last_name="Mehta", roles=[Role.AGENT])
    course = make_course("Patience under pressure", lessons=1)
    make_path([course])
    quiz = make_quiz(slug="policies-check", title="Policies check")
    scenario = demo_scenario("late-order-angry")
    program = _program(course, quiz, scenario)

    finish_course(agent, course)
    _good_call(agent, scenario)
    assert not Certificate.objects.exists(), "the quiz is still missing"

    sign_in("arjun")
    panel = page.locator("section", has=page.get_by_role("heading", name="Certification"))
    assert "Pass the quiz “Policies check”" in panel.inner_text()
    screenshot("certification-agent-before")

    _pass(agent, quiz)  # the last requirement: the hook issues the certificate
    certificate = Certificate.objects.get(holder=agent, program=program)
    assert certificate.is_automatic

    page.goto("/certification/certificates/")
    assert "Certified Junior Agent" in page.locator("main").inner_text()
    page.locator(".cert").get_by_role("link", name="Certified Junior Agent").click()
    assert "Automatically, when the requirements were met" in page.locator("main").inner_text()
    screenshot("certification-certificate")
    page.get_by_role("link", name="Printable certificate").click()
    assert "Arjun Mehta" in page.locator(".sheet__holder").inner_text()
    screenshot("certification-certificate-print")
    verify_url = certificate.get_verify_url()

    page.goto("/")
    page.context.clear_cookies()  # signed out
    page.goto(verify_url)
    body = page.locator("main").inner_text()
    assert "genuine and currently valid" in body
    assert "Arjun Mehta" in body and "Certified Junior Agent" in body
    screenshot("certification-verify-signed-out")
    assert page.goto("/certification/verify/made-up-token/").status == 404


def test_a_certificate_in_its_window_shows_as_expiring_and_re_enrols(page, sign_in, screenshot):
    agent = UserFactory(username="wei", first_name="Wei", last_name="Chen", roles=[Role.AGENT])
    trainer = UserFactory(username="tereza", roles=[Role.TRAINER])
    course = make_course("XYZ policies", lessons=1)
    scenario = demo_scenario("late-order-angry")
    program = CertificationProgram(
        slug="cja",
        title="Certified Junior Agent",
        level="junior_agent",
        requirements=[
            ("course_completed", {"course": course}),
            ("scenario_graded", {"scenario": scenario, "min_score": 70}),
        ],
    )
    program.save()
    program.save_revision().publish()
    RetrainingRule.objects.create(
        name="Certificate renewal", kind="cert_window", auto_assign=True, due_in_days=30
    )
    certificate = services.certificate_issue(
        holder=agent,
        program=program,
        issued_by=trainer,
        reason="Certified at the Leeds site",
        now=timezone.now() - timedelta(days=320),
    )
    assert not Enrolment.objects.filter(user=agent).exists()

    call_command("evaluate_certifications")  # the cron

    assert Enrolment.objects.filter(user=agent, course=course).exists()
    renewal = Assignment.objects.get(assignee=agent, assigned_by=None)
    assert renewal.scenario == scenario and renewal.need is not None
    sign_in("wei")
    page.goto("/certification/certificates/")
    main = page.locator("main").inner_text()
    assert "Expiring in" in main
    assert "To renew, meet these requirements again" in main
    screenshot("certification-expiring")
    page.goto("/")
    assert scenario.title in page.locator(".home-panels > *").first.inner_text()
    screenshot("certification-expiring-home")
    kinds = list(certificate.events.values_list("kind", flat=True))
    assert kinds == ["issued", "window_opened", "reenrolled"]
