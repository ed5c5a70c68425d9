"""Certificates: automatic issue, manual issue, revoke, window, expiry, recertification."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from certification import services
from certification.models import Certificate, CertificateEvent
from courses.models import Enrolment
from tests.courses.factories import finish_course, make_course

from .factories import (
    grade_call,
    make_program,
    make_quiz,
    make_scenario,
    pass_quiz,
    req_course,
    req_quiz,
    req_scenario,
    req_set,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def onboarding(roles):
    course = make_course("Patience", lessons=1)
    quiz = make_quiz("Policies check")
    scenario = make_scenario("Late order, angry customer", slug="late-order-angry")
    program = make_program(
        requirements=[req_course(course), req_quiz(quiz), req_scenario(scenario, 70)]
    )
    return program, course, quiz, scenario


def _meet(user, course, quiz, scenario, *, when=None):
    finish_course(user, course)
    pass_quiz(user, quiz, when=when)
    grade_call(user, scenario, score=80, when=when)


def test_nothing_is_issued_until_every_requirement_is_met(agent, onboarding):
    program, course, quiz, scenario = onboarding
    finish_course(agent, course)
    pass_quiz(agent, quiz)
    assert services.certificate_evaluate_for(agent) == []
    grade_call(agent, scenario, score=80)
    [certificate] = services.certificate_evaluate_for(agent)
    assert certificate.program == program
    assert certificate.is_automatic
    assert certificate.status == "active"
    assert certificate.program_revision == program.live_revision


def test_a_critical_fail_does_not_count_whatever_the_score(agent, onboarding):
    program, course, quiz, scenario = onboarding
    finish_course(agent, course)
    pass_quiz(agent, quiz)
    grade_call(agent, scenario, score=95, critical_fail=True)
    assert services.certificate_evaluate_for(agent) == []


def test_n_of_a_set_of_scenarios(agent, roles):
    a, b, c = (make_scenario(t) for t in ("A", "B", "C"))
    make_program(requirements=[req_set([a, b, c], count=2, min_score=75)])
    grade_call(agent, a, score=80)
    grade_call(agent, b, score=60)
    assert services.certificate_evaluate_for(agent) == []
    grade_call(agent, c, score=75)
    assert len(services.certificate_evaluate_for(agent)) == 1


def test_evaluating_twice_issues_once(agent, onboarding):
    _meet(agent, *onboarding[1:])
    services.certificate_evaluate_for(agent)
    assert services.certificate_evaluate_for(agent) == []
    assert Certificate.objects.filter(holder=agent).count() == 1


def test_issue_writes_an_event_and_the_wagtail_audit_log(agent, onboarding):
    _meet(agent, *onboarding[1:])
    [certificate] = services.certificate_evaluate_for(agent)
    assert [e.kind for e in certificate.events.all()] == ["issued"]
    entry = ModelLogEntry.objects.get(action="certification.certificate.issue")
    assert entry.object_id == str(certificate.pk)
    assert entry.data["automatic"] is True


def test_a_manual_issue_needs_a_reason_and_records_who(agent, trainer, onboarding):
    program = onboarding[0]
    with pytest.raises(ValidationError):
        services.certificate_issue(holder=agent, program=program, issued_by=trainer, reason=" ")
    certificate = services.certificate_issue(
        holder=agent, program=program, issued_by=trainer, reason="Certified at the old site"
    )
    assert certificate.issued_by == trainer
    assert certificate.issue_reason == "Certified at the old site"
    event = certificate.events.get()
    assert event.actor == trainer and event.reason == "Certified at the old site"


def test_issuing_again_while_valid_is_refused(agent, trainer, onboarding):
    program = onboarding[0]
    services.certificate_issue(holder=agent, program=program, issued_by=trainer, reason="x")
    with pytest.raises(services.CertificateError):
        services.certificate_issue(holder=agent, program=program, issued_by=trainer, reason="y")


def test_revoke_needs_a_reason_and_shows_as_revoked(agent, trainer, onboarding):
    certificate = services.certificate_issue(
        holder=agent, program=onboarding[0], issued_by=trainer, reason="x"
    )
    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=certificate, by=trainer, reason="")
    services.certificate_revoke(certificate=certificate, by=trainer, reason="Shared answers")
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revoked_by == trainer
    assert ModelLogEntry.objects.filter(action="certification.certificate.revoke").exists()
    with pytest.raises(services.CertificateError):
        services.certificate_revoke(certificate=certificate, by=trainer, reason="again")


def test_validity_and_window_come_from_the_program(agent, trainer, roles):
    program = make_program(validity_months=12, recert_window_days=60)
    now = timezone.now()
    certificate = services.certificate_issue(
        holder=agent, program=program, issued_by=trainer, reason="x", now=now
    )
    assert certificate.expires_at == services.add_months(now, 12)
    assert certificate.window_starts_at == certificate.expires_at - timedelta(days=60)
    assert certificate.status_at(certificate.window_starts_at - timedelta(days=1)) == "active"
    assert certificate.status_at(certificate.window_starts_at) == "expiring"
    assert certificate.status_at(certificate.expires_at) == "expired"


def test_add_months_clamps_to_the_end_of_the_month():
    from datetime import UTC, datetime

    assert services.add_months(datetime(2025, 1, 31, tzinfo=UTC), 1).day == 28
    assert services.add_months(datetime(2025, 11, 15, tzinfo=UTC), 3).month == 2


def test_the_sweep_opens_the_window_once_and_re_enrols(agent, trainer, onboarding):
    program, course, quiz, scenario = onboarding
    issued = timezone.now() - timedelta(days=320)
    certificate = services.certificate_issue(
        holder=agent, program=program, issued_by=trainer, reason="x", now=issued
    )
    Enrolment.objects.filter(user=agent).delete()
    result = services.certificates_sweep()
    assert result == {"windows_opened": 1, "expired": 0}
    assert services.certificates_sweep() == {"windows_opened": 0, "expired": 0}
    kinds = list(certificate.events.values_list("kind", flat=True))
    assert kinds == ["issued", "window_opened", "reenrolled"]
    assert Enrolment.objects.filter(user=agent, course=course).exists()
    certificate.refresh_from_db()
    assert certificate.status == "expiring"


def test_no_re_enrolment_when_the_program_says_not_to(agent, trainer, roles):
    course = make_course("Products", lessons=1)
    program = make_program(requirements=[req_course(course)], auto_reenrol=False)
    services.certificate_issue(
        holder=agent,
        program=program,
        issued_by=trainer,
        reason="x",
        now=timezone.now() - timedelta(days=330),
    )
    services.certificates_sweep()
    assert not Enrolment.objects.filter(user=agent, course=course).exists()


def test_the_sweep_expires_once(agent, trainer, onboarding):
    certificate = services.certificate_issue(
        holder=agent,
        program=onboarding[0],
        issued_by=trainer,
        reason="x",
        now=timezone.now() - timedelta(days=400),
    )
    result = services.certificates_sweep()
    assert result["expired"] == 1
    assert services.certificates_sweep()["expired"] == 0
    assert certificate.events.filter(kind="expired").count() == 1
    assert ModelLogEntry.objects.filter(action="certification.certificate.expire").count() == 1


def test_recertifying_needs_fresh_evidence_and_keeps_every_cycle(agent, onboarding):
    program, course, quiz, scenario = onboarding
    long_ago = timezone.now() - timedelta(days=330)
    _meet(agent, course, quiz, scenario, when=long_ago)
    [first] = services.certificate_evaluate_for(agent, now=long_ago)
    assert first.status == "expiring"
    # The old quiz and call do not renew it...
    assert services.certificate_evaluate_for(agent) == []
    # ...passing them again inside the window does.
    pass_quiz(agent, quiz)
    grade_call(agent, scenario, score=85)
    [second] = services.certificate_evaluate_for(agent)
    first.refresh_from_db()
    assert (second.cycle, second.previous) == (2, first)
    assert first.status == "renewed"
    assert second.status == "active"
    assert second.events.get().kind == "recertified"
    assert Certificate.objects.filter(holder=agent, program=program).count() == 2


def test_an_expired_certificate_can_be_earned_again(agent, onboarding):
    program, course, quiz, scenario = onboarding
    old = timezone.now() - timedelta(days=400)
    _meet(agent, course, quiz, scenario, when=old)
    [first] = services.certificate_evaluate_for(agent, now=old)
    assert first.status == "expired"
    pass_quiz(agent, quiz)
    grade_call(agent, scenario, score=90)
    [second] = services.certificate_evaluate_for(agent)
    assert second.cycle == 2
    assert CertificateEvent.objects.filter(certificate=second, kind="recertified").exists()


def test_verification_tokens_are_unique_and_long(agent, other_agent, trainer, onboarding):
    a = services.certificate_issue(
        holder=agent, program=onboarding[0], issued_by=trainer, reason="x"
    )
    b = services.certificate_issue(
        holder=other_agent, program=onboarding[0], issued_by=trainer, reason="x"
    )
    assert a.verification_token != b.verification_token
    assert len(a.verification_token) >= 32
