"""Reads for assignments: progress from learning records, a learner's list, target links."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Assignment, AssignmentStatus
from ..models.assignments import STATUS_BADGE


def assignment_progress(assignments) -> dict[int, tuple[datetime | None, datetime | None]]:
    """(started_at, completed_at) per assignment, from the learner's records.

    A course counts when its enrolment is completed; a quiz when an attempt started
    after the assignment was passed; a scenario when a call started after it was graded.
    Three queries whatever the number of assignments and people.
    """
    from assessments.models import QuizAttempt
    from courses.models import Enrolment
    from simulations.models import SimulationSession

    assignments = list(assignments)
    out: dict[int, tuple] = {}
    by_kind = defaultdict(list)
    for a in assignments:
        by_kind["course" if a.course_id else "quiz" if a.quiz_id else "scenario"].append(a)
    if by_kind["course"]:
        items = by_kind["course"]
        rows = Enrolment.objects.filter(
            user_id__in={a.assignee_id for a in items}, course_id__in={a.course_id for a in items}
        ).values_list("user_id", "course_id", "last_activity_at", "completed_at")
        records = {(u, c): (started, done) for u, c, started, done in rows}
        for a in items:
            started, done = records.get((a.assignee_id, a.course_id), (None, None))
            out[a.pk] = (started or done, done)
    for kind, model, fk, time_field in (
        ("quiz", QuizAttempt, "quiz_id", "started_at"),
        ("scenario", SimulationSession, "scenario_id", "started_at"),
    ):
        items = by_kind[kind]
        if not items:
            continue
        qs = model.objects.filter(
            user_id__in={a.assignee_id for a in items},
            **{f"{fk}__in": {getattr(a, fk) for a in items}},
            **{f"{time_field}__gte": min(a.created_at for a in items)},
        )
        if kind == "quiz":
            rows = qs.values_list("user_id", fk, time_field, "submitted_at", "passed")
            attempts = [(u, t, s, (d if ok else None)) for u, t, s, d, ok in rows]
        else:
            rows = qs.filter(is_trial=False).values_list(
                "user_id", fk, time_field, "grade__created_at"
            )
            attempts = list(rows)
        grouped = defaultdict(list)
        for user_id, target_id, started, done in attempts:
            grouped[(user_id, target_id)].append((started, done))
        for a in items:
            mine = [
                (s, d)
                for s, d in grouped.get((a.assignee_id, getattr(a, fk)), [])
                if s >= a.created_at
            ]
            started = min((s for s, _ in mine), default=None)
            done = min((d for _, d in mine if d), default=None)
            out[a.pk] = (started, done)
    return out


def target_url(assignment: Assignment, request=None) -> str:
    if assignment.course_id:
        return assignment.course.get_url(request) or ""
    if assignment.quiz_id:
        return reverse("assessments:quiz", args=[assignment.quiz_id])
    return reverse("simulations:briefing", args=[assignment.scenario.slug])


@dataclass(frozen=True)
class AssignmentRow:
    assignment: Assignment
    status: AssignmentStatus
    url: str
    completed_at: datetime | None

    @property
    def badge(self) -> str:
        return STATUS_BADGE[self.status]

    @property
    def is_overdue(self) -> bool:
        return self.status == AssignmentStatus.OVERDUE

    @property
    def due_soon(self) -> bool:
        return self.status != AssignmentStatus.COMPLETED and (
            self.assignment.due_at - timezone.now() < timedelta(days=2)
        )

    @property
    def kind_label(self) -> str:
        kind = self.assignment.target_kind
        return {"course": _("Course"), "quiz": _("Quiz"), "scenario": _("Practice call")}[kind]


def assignment_rows(assignments, *, request=None, now=None) -> list[AssignmentRow]:
    """Rows with the status the learning records give right now (read-only)."""
    now = now or timezone.now()
    assignments = list(assignments)
    progress = assignment_progress([a for a in assignments if a.completed_at is None])
    rows = []
    for a in assignments:
        started, done = progress.get(a.pk, (a.started_at, a.completed_at))
        done = a.completed_at or done
        if done:
            status = AssignmentStatus.COMPLETED
        elif a.due_at < now:
            status = AssignmentStatus.OVERDUE
        elif started or a.started_at:
            status = AssignmentStatus.IN_PROGRESS
        else:
            status = AssignmentStatus.ASSIGNED
        rows.append(AssignmentRow(a, status, target_url(a, request), done))
    return rows


def _with_targets(qs):
    return qs.select_related("course", "quiz", "scenario", "assigned_by", "need")


def assignment_list_for_learner(
    user, *, request=None, recent_days: int = 14
) -> list[AssignmentRow]:
    """Open assignments (overdue first, then by due date), then those completed lately."""
    now = timezone.now()
    qs = _with_targets(
        Assignment.objects.filter(assignee=user).exclude(
            completed_at__lt=now - timedelta(days=recent_days)
        )
    ).order_by("due_at", "pk")
    rows = assignment_rows(qs, request=request, now=now)
    order = {
        AssignmentStatus.OVERDUE: 0,
        AssignmentStatus.IN_PROGRESS: 1,
        AssignmentStatus.ASSIGNED: 1,
        AssignmentStatus.COMPLETED: 2,
    }
    return sorted(rows, key=lambda r: (order[r.status], r.assignment.due_at))


def assignment_list_for_people(user_ids, *, request=None, open_only=False) -> list[AssignmentRow]:
    qs = _with_targets(Assignment.objects.filter(assignee_id__in=user_ids)).select_related(
        "assignee"
    )
    if open_only:
        qs = qs.open()
    return assignment_rows(qs.order_by("due_at", "pk"), request=request)
