"""Assignment reminders by email: once before the due date, once when overdue.

Each reminder is claimed with a conditional UPDATE before it is sent, so two cron
runs (or a task and a cron) never send the same reminder twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from accounts.models import language_of

from ..models import Assignment
from .assignments import assignment_sync_for

REMIND_BEFORE = timedelta(days=2)


def _send(assignment: Assignment, kind: str) -> None:
    from ..selectors.assignments import target_url

    context = {
        "assignment": assignment,
        "kind": kind,
        "url": settings.SITE_URL.rstrip("/") + target_url(assignment),
        "home_url": settings.SITE_URL.rstrip("/") + "/",
        "name": assignment.assignee.first_name or assignment.assignee.get_username(),
    }
    # In the language the person chose (their profile), else the site's default.
    with translation.override(language_of(assignment.assignee) or settings.LANGUAGE_CODE):
        subject = render_to_string("certification/email/reminder_subject.txt", context).strip()
        body = render_to_string("certification/email/reminder.txt", context)
    send_mail(subject, body, None, [assignment.assignee.email], fail_silently=False)


def _claim(assignment: Assignment, field: str, now: datetime) -> bool:
    return bool(
        Assignment.objects.filter(pk=assignment.pk, **{f"{field}__isnull": True}).update(
            **{field: now}
        )
    )


def reminders_send(*, now: datetime | None = None) -> dict[str, int]:
    """Send every reminder that is due now; returns how many of each kind went out."""
    now = now or timezone.now()
    candidates = (
        Assignment.objects.open()
        .filter(assignee__is_active=True)
        .filter(due_at__lte=now + REMIND_BEFORE)
    )
    # Work done since the last run must not be nagged about: sync those people first.
    people = get_user_model().objects.filter(
        pk__in=candidates.values_list("assignee_id", flat=True)
    )
    for user in people:
        assignment_sync_for(user, now=now)
    sent = {"due_soon": 0, "overdue": 0}
    due_soon = candidates.filter(due_at__gt=now, reminder_sent_at__isnull=True)
    overdue = candidates.filter(due_at__lte=now, overdue_notice_sent_at__isnull=True)
    for kind, qs, field in (
        ("due_soon", due_soon, "reminder_sent_at"),
        ("overdue", overdue, "overdue_notice_sent_at"),
    ):
        for assignment in qs.select_related("assignee__profile", "course", "quiz", "scenario"):
            if assignment.completed_at is not None or not _claim(assignment, field, now):
                continue
            if assignment.assignee.email:
                _send(assignment, kind)
            sent[kind] += 1
    return sent
