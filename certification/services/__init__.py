"""Writes for certification, retraining and assignments (one module per concept).

``learning_record_react`` is what the hooks call after a grade or quiz attempt (and
after a course is completed); ``evaluate_all`` is what the cron runs.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from .assignments import (
    AssignmentOutcome,
    AssignmentResult,
    AssignmentResults,
    assignment_create,
    assignment_give,
    assignment_sync_for,
    assignments_bulk_create,
    assignments_reopen_for_grade,
    need_resolve,
)
from .certificates import (
    CertificateError,
    add_months,
    certificate_evaluate_for,
    certificate_event_record,
    certificate_expire,
    certificate_issue,
    certificate_reenrol,
    certificate_revoke,
    certificate_window_open,
    certificates_sweep,
)
from .needs import need_evidence_add, need_raise
from .retraining import needs_evaluate_for_certificate, needs_evaluate_for_user

__all__ = [
    "AssignmentOutcome",
    "AssignmentResult",
    "AssignmentResults",
    "CertificateError",
    "add_months",
    "assignment_create",
    "assignment_give",
    "assignment_sync_for",
    "assignments_bulk_create",
    "assignments_reopen_for_grade",
    "certificate_evaluate_for",
    "certificate_event_record",
    "certificate_expire",
    "certificate_issue",
    "certificate_reenrol",
    "certificate_revoke",
    "certificate_window_open",
    "certificates_sweep",
    "evaluate_all",
    "learning_record_react",
    "need_evidence_add",
    "need_raise",
    "need_resolve",
    "needs_evaluate_for_certificate",
    "needs_evaluate_for_user",
]


def learning_record_react(
    *, user_id: int, grade_id: int | None = None, attempt_id: int | None = None
) -> dict:
    """A grade (new, regraded or overridden), quiz attempt or course completion was
    recorded for a person: reopen an assignment whose counting call no longer passes,
    complete their assignments (resolving needs), issue any certificate now earned, then
    let the retraining rules look at the new evidence."""
    from assessments.models import Grade, QuizAttempt

    user = get_user_model().objects.get(pk=user_id)
    grade = (
        Grade.objects.select_related("scenario").filter(pk=grade_id).first() if grade_id else None
    )
    attempt = (
        QuizAttempt.objects.select_related("quiz").filter(pk=attempt_id).first()
        if attempt_id
        else None
    )
    if grade is not None:
        assignments_reopen_for_grade(grade)
    completed = assignment_sync_for(user)
    issued = certificate_evaluate_for(user)
    trigger = "grade" if grade else "quiz" if attempt else "course"
    needs = []
    if grade is not None or attempt is not None:
        needs = needs_evaluate_for_user(user, trigger=trigger, grade=grade, attempt=attempt)
    return {"completed": len(completed), "issued": len(issued), "needs": len(needs)}


def evaluate_all(*, now: datetime | None = None, active_since_hours: int = 24) -> dict:
    """The cron's pass: renewal windows and expiries, then every learner's assignments and
    certificates, then retraining rules for people with graded activity lately."""
    from accounts.roles import GROUP_NAME, LEARNER_ROLES
    from assessments.models import Grade, QuizAttempt

    now = now or timezone.now()
    summary = certificates_sweep(now=now)
    User = get_user_model()
    learners = User.objects.filter(
        is_active=True, groups__name__in=[GROUP_NAME[r] for r in LEARNER_ROLES]
    ).distinct()
    since = now - timedelta(hours=active_since_hours)
    recent = set(
        Grade.objects.filter(created_at__gte=since).values_list("user_id", flat=True)
    ) | set(QuizAttempt.objects.filter(submitted_at__gte=since).values_list("user_id", flat=True))
    completed = issued = raised = 0
    for user in learners.iterator():
        completed += len(assignment_sync_for(user, now=now))
        issued += len(certificate_evaluate_for(user, now=now))
        if user.pk in recent:
            raised += len(needs_evaluate_for_user(user, now=now, trigger="cron"))
    return {**summary, "assignments_completed": completed, "issued": issued, "needs": raised}
