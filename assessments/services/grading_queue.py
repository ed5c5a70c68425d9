"""Durable grading: every finished, non-trial call gets a grade, whatever fails on the way.

Ending a call records a ``GradingJob`` and enqueues ``grade_session_task`` (and, with
``GRADING_INLINE``, grades it at once in the same request). The task is
idempotent (a call that has a grade is left alone) and grades, records the grade and
runs what it leads to (certificates, retraining, assignments) in one transaction, so a
failure leaves nothing half-done. A failure is written on the job (the error, the
attempt count, when it is tried next) and the task is enqueued again after a growing
delay; after ``GRADING_MAX_ATTEMPTS`` it stays failed for an admin to see until
``manage.py grade_pending`` (cron) grades it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db import DatabaseBackend

from ..models import Grade, GradingJob, GradingStatus
from .grading import session_grade

logger = logging.getLogger(__name__)

GRADING_MAX_ATTEMPTS = 6
RETRY_FIRST_DELAY = timedelta(seconds=5)
RETRY_MAX_DELAY = timedelta(minutes=10)


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the given number of failed attempts (5 s, 10 s, 20 s … 10 min)."""
    return min(RETRY_FIRST_DELAY * (2 ** max(0, attempts - 1)), RETRY_MAX_DELAY)


def _gradable(session) -> bool:
    return session is not None and session.is_ended and not session.is_trial


def grading_request(*, session) -> GradingJob | None:
    """A call has ended: note that it must be graded and hand it to the task queue.

    With ``GRADING_INLINE`` (the default) the request that ended the call also grades it
    at once, so the agent's review is ready when the end screen opens; the queued task
    then finds the grade and does nothing. If that attempt fails, the queued task is
    its retry.
    """
    if not _gradable(session):
        return None
    job, _created = GradingJob.objects.get_or_create(session=session)
    if job.status == GradingStatus.GRADED:
        return job
    _enqueue(session.pk)
    job.refresh_from_db()
    if settings.GRADING_INLINE and job.attempts == 0:  # the queue has not run it already
        try:
            session_grade_durably(session_id=session.pk, schedule_retry=False)
        except Exception:  # noqa: BLE001 - logged and recorded on the job; the task retries it
            logger.info("grading call %s in the request failed; the queue retries it", session.pk)
    job.refresh_from_db()
    return job


def _enqueue(session_id: int, *, run_after=None) -> None:
    from ..tasks import grade_session_task

    task = grade_session_task
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # this backend cannot wait: grade_pending (cron) picks it up
        task = task.using(run_after=run_after)
    in_process = isinstance(task.get_backend(), (DatabaseBackend, ImmediateBackend))
    if in_process or not transaction.get_connection().in_atomic_block:
        _send(task, session_id)  # a database queue's row commits (or rolls back) with the call
    else:
        # A queue outside the database (Redis) must not hear of a call before it is
        # committed, or a worker could look for it too early and find it still open.
        transaction.on_commit(lambda: _send(task, session_id))


def _send(task, session_id: int) -> None:
    try:
        task.enqueue(session_id)
    except Exception:  # the job row stays pending; grade_pending grades it
        logger.exception("could not enqueue grading of call %s", session_id)


def session_grade_durably(*, session_id: int, schedule_retry: bool = True) -> Grade | None:
    """Grade a finished call once, recording the attempt; raises after recording a failure.

    A failure enqueues the next attempt after a growing delay, unless ``schedule_retry``
    is False (a task for it is queued already).
    """
    from simulations.models import SimulationSession

    session = SimulationSession.objects.select_related("scenario").filter(pk=session_id).first()
    if not _gradable(session):
        return None
    try:
        with transaction.atomic():
            job, _created = GradingJob.objects.select_for_update().get_or_create(session=session)
            grade = Grade.objects.filter(session=session).first()
            if grade is None:
                grade = session_grade(session=session)
            job.status = GradingStatus.GRADED
            job.attempts += 1
            job.last_error = ""
            job.next_attempt_at = None
            job.graded_at = timezone.now()
            job.save()
        return grade
    except Exception as exc:
        _failure_record(session_id, exc, schedule_retry=schedule_retry)
        raise


def _failure_record(session_id: int, exc: Exception, *, schedule_retry: bool = True) -> None:
    """Keep the failure on the job and schedule the next attempt (its own transaction)."""
    logger.warning("grading call %s failed: %s", session_id, exc, exc_info=True)
    try:
        with transaction.atomic():
            job, _created = GradingJob.objects.select_for_update().get_or_create(
                session_id=session_id
            )
            job.attempts += 1
            job.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if job.attempts >= GRADING_MAX_ATTEMPTS:
                job.status = GradingStatus.FAILED
                job.next_attempt_at = None
            else:
                job.status = GradingStatus.RETRYING
                job.next_attempt_at = timezone.now() + retry_delay(job.attempts)
            job.save()
    except Exception:
        logger.exception("could not record the grading failure of call %s", session_id)
        return
    if schedule_retry and job.next_attempt_at is not None:
        _enqueue(session_id, run_after=job.next_attempt_at)


@dataclass
class PendingReport:
    graded: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)


def ungraded_sessions():
    """Finished, non-trial calls that have no grade (whatever their grading job says)."""
    from simulations.models import SimulationSession

    return SimulationSession.objects.graded_attempts().filter(grade__isnull=True).order_by("pk")


def grade_pending(*, limit: int | None = None) -> PendingReport:
    """Grade every finished call that has none, now, in this process (cron's safety net)."""
    report = PendingReport()
    ids = list(ungraded_sessions().values_list("pk", flat=True)[:limit])
    for session_id in ids:
        try:
            session_grade_durably(session_id=session_id)
        except Exception as exc:  # noqa: BLE001 - recorded on the job, reported to the caller
            report.failed[session_id] = f"{type(exc).__name__}: {exc}"
        else:
            report.graded.append(session_id)
    return report
