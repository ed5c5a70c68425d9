"""Reads for assignments: progress from learning records, a learner's list, target links."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Assignment, AssignmentStatus
from ..models.assignments import STATUS_BADGE, TargetKind
from .attempts import UncountedAttempt, call_verdict, quiz_verdict


class AssignmentProgress(NamedTuple):
    started_at: datetime | None = None
    completed_at: datetime | None = None
    grade_id: int | None = None  # the call that completed a scenario assignment


def _course_progress(items, out) -> None:
    from courses.models import Enrolment

    rows = Enrolment.objects.filter(
        user_id__in={a.assignee_id for a in items}, course_id__in={a.course_id for a in items}
    ).values_list("user_id", "course_id", "last_activity_at", "completed_at")
    records = {(u, c): (started, done) for u, c, started, done in rows}
    for a in items:
        started, done = records.get((a.assignee_id, a.course_id), (None, None))
        out[a.pk] = AssignmentProgress(started or done, done)


def _quiz_progress(items, out) -> None:
    from assessments.models import QuizAttempt

    rows = QuizAttempt.objects.filter(
        user_id__in={a.assignee_id for a in items},
        quiz_id__in={a.quiz_id for a in items},
        started_at__gte=min(a.created_at for a in items),
    ).values_list(
        "user_id", "quiz_id", "started_at", "submitted_at", "score", "quiz__pass_mark", "passed"
    )
    grouped = defaultdict(list)
    for user_id, quiz_id, *attempt in rows:
        grouped[(user_id, quiz_id)].append(attempt)
    for a in items:
        started = done = None
        for started_at, submitted_at, score, pass_mark, passed in grouped[
            (a.assignee_id, a.quiz_id)
        ]:
            if started_at < a.created_at:
                continue
            started = min(started or started_at, started_at)
            verdict = quiz_verdict(
                assigned_at=a.created_at,
                started_at=started_at,
                submitted=submitted_at is not None,
                score=score,
                pass_mark=pass_mark,
                passed=passed,
            )
            if verdict.counts:
                done = min(done or submitted_at, submitted_at)
        out[a.pk] = AssignmentProgress(started, done)


def _scenario_progress(items, out) -> None:
    from simulations.models import SessionStatus, SimulationSession

    rows = SimulationSession.objects.filter(
        user_id__in={a.assignee_id for a in items},
        scenario_id__in={a.scenario_id for a in items},
        started_at__gte=min(a.created_at for a in items),
        is_trial=False,
    ).values_list(
        "user_id",
        "scenario_id",
        "started_at",
        "status",
        "grade__id",
        "grade__created_at",
        "grade__passed",
        "grade__critical_fail",
    )
    grouped = defaultdict(list)
    for user_id, scenario_id, *session in rows:
        grouped[(user_id, scenario_id)].append(session)
    for a in items:
        started = None
        counted: tuple | None = None  # (graded at, grade id) of the first call that counts
        for started_at, status, grade_id, graded_at, passed, critical in grouped[
            (a.assignee_id, a.scenario_id)
        ]:
            if started_at < a.created_at:
                continue
            started = min(started or started_at, started_at)
            verdict = call_verdict(
                assigned_at=a.created_at,
                started_at=started_at,
                ended=status == SessionStatus.ENDED,
                graded=grade_id is not None,
                passed=bool(passed),
                critical_fail=bool(critical),
            )
            if verdict.counts and (counted is None or graded_at < counted[0]):
                counted = (graded_at, grade_id)
        if counted:
            out[a.pk] = AssignmentProgress(started, counted[0], counted[1])
        else:
            out[a.pk] = AssignmentProgress(started)


def assignment_progress(assignments) -> dict[int, AssignmentProgress]:
    """Started, completed (and the counting call) per assignment, from the learner's records.

    A course counts when its enrolment is completed; a quiz when an attempt started after
    the assignment was passed; a scenario when a call started after it was graded as passed
    with no critical fail (``selectors.attempts`` decides). Three queries at most, whatever
    the number of assignments and people.
    """
    by_kind = defaultdict(list)
    for a in assignments:
        by_kind[a.target_kind].append(a)
    out: dict[int, AssignmentProgress] = {}
    for kind, progress in (
        (TargetKind.COURSE, _course_progress),
        (TargetKind.QUIZ, _quiz_progress),
        (TargetKind.SCENARIO, _scenario_progress),
    ):
        if by_kind[kind]:
            progress(by_kind[kind], out)
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
    # Attempts that did not count, with why (filled for the manager's person page).
    not_counted: list[UncountedAttempt] = field(default_factory=list)

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
        started, done, _grade = progress.get(a.pk, (a.started_at, a.completed_at, None))
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


def with_targets(items, **fields):
    """Set the course, quiz and scenario each item names (or the foreign keys named in
    ``fields``: ``suggested_lesson="lesson"``...) from the content cache, not joined in."""
    from assessments.models import Quiz
    from courses import content_cache
    from courses.models import CoursePage, LessonPage
    from simulations.models import Scenario

    models = {"course": CoursePage, "lesson": LessonPage, "quiz": Quiz, "scenario": Scenario}
    items = list(items)
    for name, kind in (
        fields or {"course": "course", "quiz": "quiz", "scenario": "scenario"}
    ).items():
        defer = ("body",) if kind == "lesson" else ()
        content_cache.attach(items, name, models[kind], defer=defer)
    return items


def _with_targets(qs):
    return qs.select_related("course", "quiz", "scenario", "assigned_by", "need")


def assignment_list_for_learner(
    user, *, request=None, recent_days: int = 14
) -> list[AssignmentRow]:
    """Open assignments (overdue first, then by due date), then those completed lately."""
    now = timezone.now()
    qs = (
        Assignment.objects.filter(assignee=user)
        .exclude(completed_at__lt=now - timedelta(days=recent_days))
        .select_related("assigned_by")  # the need is not shown; the targets are content
        .order_by("due_at", "pk")
    )
    rows = assignment_rows(with_targets(qs), request=request, now=now)
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
