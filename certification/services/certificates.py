"""Writes for certificates: issue (automatic or manual), recertify, revoke, window, expiry.

Every change writes a ``CertificateEvent`` and an entry in Wagtail's audit log
(actions registered in ``wagtail_hooks.py``), in the same transaction.
"""

from __future__ import annotations

import calendar
import logging
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..models import (
    Certificate,
    CertificateEvent,
    CertificationProgram,
    EventKind,
)

logger = logging.getLogger(__name__)

ACTION = {
    EventKind.ISSUED: "certification.certificate.issue",
    EventKind.RECERTIFIED: "certification.certificate.recertify",
    EventKind.WINDOW_OPENED: "certification.certificate.window",
    EventKind.REENROLLED: "certification.certificate.reenrol",
    EventKind.EXPIRED: "certification.certificate.expire",
    EventKind.REVOKED: "certification.certificate.revoke",
}


class CertificateError(Exception):
    """A certificate change that makes no sense (already certified, already revoked...)."""


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def certificate_event_record(
    *, certificate: Certificate, kind: EventKind, actor=None, reason: str = "", data=None
) -> CertificateEvent:
    """The certificate's own history row plus the matching entry in Wagtail's audit log."""
    data = {"holder": certificate.holder_id, "program": certificate.program_id, **(data or {})}
    if reason:
        data["reason"] = reason
    event = CertificateEvent.objects.create(
        certificate=certificate, kind=kind, actor=actor, reason=reason, data=data
    )
    log(
        certificate,
        ACTION[kind],
        user=actor,
        title=f"{certificate.program.title} · {certificate.holder.get_username()}",
        data={**data, "cycle": certificate.cycle},
    )
    return event


def _current(holder, program) -> Certificate | None:
    return (
        Certificate.objects.current()
        .filter(holder=holder, program=program)
        .order_by("-cycle")
        .first()
    )


@transaction.atomic
def certificate_issue(
    *,
    holder,
    program: CertificationProgram,
    issued_by=None,
    reason: str = "",
    now: datetime | None = None,
) -> Certificate:
    """Issue a certificate, or the next cycle if the current one is expiring or expired.

    ``issued_by`` None means the requirements were met (automatic). A manual issue
    needs a reason. Issuing while a valid certificate outside its window exists is an error.
    """
    now = now or timezone.now()
    reason = (reason or "").strip()
    if issued_by is not None and not reason:
        raise ValidationError({"reason": _("Give a reason for issuing a certificate by hand.")})
    current = _current(holder, program)
    if current is not None and current.status_at(now) == "active":
        raise CertificateError(
            _("%(name)s already holds a valid “%(program)s” certificate.")
            % {"name": holder.get_username(), "program": program.title}
        )
    expires_at = add_months(now, program.validity_months)
    certificate = Certificate.objects.create(
        holder=holder,
        program=program,
        program_revision=program.live_revision or program.latest_revision,
        cycle=(current.cycle + 1) if current else _next_cycle(holder, program),
        previous=current,
        issued_at=now,
        expires_at=expires_at,
        window_starts_at=expires_at - timedelta(days=program.recert_window_days),
        issued_by=issued_by,
        issue_reason=reason,
    )
    if current is not None:
        current.renewed_at = now
        current.save(update_fields=["renewed_at"])
        certificate_event_record(
            certificate=certificate,
            kind=EventKind.RECERTIFIED,
            actor=issued_by,
            reason=reason,
            data={"previous": current.pk, "previous_cycle": current.cycle},
        )
    else:
        certificate_event_record(
            certificate=certificate,
            kind=EventKind.ISSUED,
            actor=issued_by,
            reason=reason,
            data={"automatic": issued_by is None},
        )
    return certificate


def _next_cycle(holder, program) -> int:
    last = Certificate.objects.filter(holder=holder, program=program).order_by("-cycle").first()
    return last.cycle + 1 if last else 1


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, by, reason: str) -> Certificate:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give a reason for revoking the certificate.")})
    if certificate.revoked_at is not None:
        raise CertificateError(_("This certificate is already revoked."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revoked_reason = reason
    certificate.save(update_fields=["revoked_at", "revoked_by", "revoked_reason"])
    certificate_event_record(
        certificate=certificate, kind=EventKind.REVOKED, actor=by, reason=reason
    )
    return certificate


def certificate_window_open(*, certificate: Certificate, now: datetime | None = None) -> None:
    """The renewal window opened: record it once, re-enrol if the program says so,
    and let the retraining rules of kind "cert_window" raise a need."""
    from .retraining import needs_evaluate_for_certificate

    now = now or timezone.now()
    with transaction.atomic():
        certificate.window_noticed_at = now
        certificate.save(update_fields=["window_noticed_at"])
        certificate_event_record(
            certificate=certificate,
            kind=EventKind.WINDOW_OPENED,
            data={"expires_at": certificate.expires_at.isoformat()},
        )
        if certificate.program.auto_reenrol:
            certificate_reenrol(certificate=certificate)
    needs_evaluate_for_certificate(certificate=certificate, now=now, trigger="window")


def certificate_reenrol(*, certificate: Certificate) -> list[int]:
    """Enrol the holder again in the program's courses (courses' enrolment is idempotent)."""
    from courses.services import enrolment_create

    from ..selectors.records import program_courses

    courses = program_courses(certificate.program)
    for course in courses:
        enrolment_create(user=certificate.holder, course=course, source="auto")
    certificate_event_record(
        certificate=certificate,
        kind=EventKind.REENROLLED,
        data={"courses": [c.pk for c in courses]},
    )
    return [c.pk for c in courses]


def certificate_expire(*, certificate: Certificate, now: datetime | None = None) -> None:
    from .retraining import needs_evaluate_for_certificate

    now = now or timezone.now()
    with transaction.atomic():
        certificate.expiry_noticed_at = now
        certificate.save(update_fields=["expiry_noticed_at"])
        certificate_event_record(
            certificate=certificate,
            kind=EventKind.EXPIRED,
            data={"expires_at": certificate.expires_at.isoformat()},
        )
    needs_evaluate_for_certificate(certificate=certificate, now=now, trigger="expiry")


def certificates_sweep(*, now: datetime | None = None) -> dict[str, int]:
    """Act once on every certificate whose window opened or which expired (the cron's job)."""
    now = now or timezone.now()
    opened = expired = 0
    due_window = (
        Certificate.objects.in_window(now)
        .filter(window_noticed_at__isnull=True)
        .select_related("program", "holder")
    )
    for certificate in due_window:
        certificate_window_open(certificate=certificate, now=now)
        opened += 1
    due_expiry = (
        Certificate.objects.current()
        .filter(expires_at__lte=now, expiry_noticed_at__isnull=True)
        .select_related("program", "holder")
    )
    for certificate in due_expiry:
        certificate_expire(certificate=certificate, now=now)
        expired += 1
    return {"windows_opened": opened, "expired": expired}


def certificate_evaluate_for(user, *, now: datetime | None = None) -> list[Certificate]:
    """Issue every certificate whose requirements ``user`` now meets; return the new ones.

    For a first certificate any record counts. To recertify (the current certificate is
    expiring or expired) the quizzes and calls must have been passed again since the
    renewal window opened; completed courses keep counting.
    """
    from ..selectors.records import learner_record_for, program_result

    now = now or timezone.now()
    issued = []
    current = {
        c.program_id: c for c in Certificate.objects.current().filter(holder=user).order_by("cycle")
    }
    base_record = None
    for program in CertificationProgram.objects.live():
        cert = current.get(program.pk)
        if cert is not None and cert.status_at(now) == "active":
            continue
        if cert is None:
            base_record = base_record or learner_record_for(user)
            record = base_record
        else:
            record = learner_record_for(user, since=cert.window_starts_at)
        if program_result(program, record).met:
            try:
                issued.append(certificate_issue(holder=user, program=program, now=now))
            except (CertificateError, IntegrityError):  # raced: already issued
                logger.info("certificate for %s in %s already issued", user.pk, program.pk)
    return issued
