"""Reads for certificates: a person's certificates, the public verification view."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from ..models import Certificate, CertificateEvent, CertificationProgram


def certificate_list_for(user) -> QuerySet[Certificate]:
    """Every cycle of every certificate the user holds, newest first."""
    return (
        Certificate.objects.filter(holder=user)
        .select_related("program", "issued_by", "revoked_by")
        .order_by("program__title", "-cycle")
    )


def certificate_get(pk: int) -> Certificate:
    return (
        Certificate.objects.select_related(
            "program", "holder", "issued_by", "revoked_by", "program_revision", "previous"
        )
        .prefetch_related(
            Prefetch(
                "events",
                queryset=CertificateEvent.objects.select_related("actor").order_by(
                    "created_at", "pk"
                ),
            )
        )
        .get(pk=pk)
    )


def certificate_get_by_token(token: str) -> Certificate:
    return Certificate.objects.select_related("program", "holder").get(verification_token=token)


def certificate_history(certificate: Certificate) -> list[Certificate]:
    """All cycles of this holder in this program, newest first."""
    return list(
        Certificate.objects.filter(holder_id=certificate.holder_id, program=certificate.program)
        .select_related("issued_by", "revoked_by")
        .order_by("-cycle")
    )


@dataclass(frozen=True)
class ProgramProgress:
    program: CertificationProgram
    certificate: Certificate | None
    result: object  # requirements.ProgramResult


def program_progress_for(user, *, completed_course_ids=None) -> list[ProgramProgress]:
    """Each live program with the user's current certificate and requirement progress.

    ``completed_course_ids``: the user's completed courses, if the page has read them.
    """
    from .records import learner_record_for, live_programs, program_result

    record = learner_record_for(user, completed_course_ids=completed_course_ids)
    current = {
        c.program_id: c for c in Certificate.objects.current().filter(holder=user).order_by("cycle")
    }
    now = timezone.now()
    out = []
    for program in live_programs():
        cert = current.get(program.pk)
        if cert is not None and cert.status_at(now) != "active":
            since = learner_record_for(
                user, since=cert.window_starts_at, completed_course_ids=record.completed_course_ids
            )
            shown = program_result(program, since)
        else:
            shown = program_result(program, record)
        out.append(ProgramProgress(program, cert, shown))
    return out


def learners_for_issue(user) -> QuerySet:
    """The people a trainer or admin may certify by hand: every active learner."""
    from accounts.roles import GROUP_NAME, LEARNER_ROLES

    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[GROUP_NAME[r] for r in LEARNER_ROLES])
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
