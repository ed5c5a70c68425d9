"""Which attempts count toward an assignment, and why the others do not.

One place decides: ``assignment_progress`` (what completes an assignment) and the person
page's "did not count" list both ask ``call_verdict`` and ``quiz_verdict``, so what the
manager is told and what the records do never disagree. A call counts when it started
after the assignment was made, is not a trial, and was graded as passed with no critical
fail; a quiz attempt when it started after the assignment and was passed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.urls import reverse
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class AttemptVerdict:
    counts: bool
    reason: str = ""


def call_verdict(
    *,
    assigned_at: datetime,
    started_at: datetime,
    is_trial: bool = False,
    ended: bool = True,
    graded: bool = True,
    score: int | None = None,
    pass_mark: int | None = None,
    passed: bool = False,
    critical_fail: bool = False,
    critical_items: tuple[str, ...] = (),
) -> AttemptVerdict:
    """Whether one practice call completes a scenario assignment, and if not, why."""
    if is_trial:
        return AttemptVerdict(False, _("trial call, never graded"))
    if started_at < assigned_at:
        return AttemptVerdict(False, _("before the assignment was made"))
    if not ended:
        return AttemptVerdict(False, _("still in progress"))
    if not graded:
        return AttemptVerdict(False, _("not graded yet"))
    if critical_fail:
        if critical_items:
            return AttemptVerdict(
                False, _("critical fail: %(items)s") % {"items": ", ".join(critical_items)}
            )
        return AttemptVerdict(False, _("critical fail"))
    if not passed:
        return AttemptVerdict(False, _below(score, pass_mark))
    return AttemptVerdict(True)


def quiz_verdict(
    *,
    assigned_at: datetime,
    started_at: datetime,
    submitted: bool,
    score: int | None,
    pass_mark: int | None,
    passed: bool,
) -> AttemptVerdict:
    """Whether one quiz attempt completes a quiz assignment, and if not, why."""
    if started_at < assigned_at:
        return AttemptVerdict(False, _("before the assignment was made"))
    if not submitted:
        return AttemptVerdict(False, _("not submitted"))
    if not passed:
        return AttemptVerdict(False, _below(score, pass_mark))
    return AttemptVerdict(True)


def _below(score, pass_mark) -> str:
    if score is not None and pass_mark is not None and score < pass_mark:
        return _("score %(score)s, below the pass mark %(mark)s") % {
            "score": score,
            "mark": pass_mark,
        }
    return _("score %(score)s, not passed") % {"score": score if score is not None else "–"}


@dataclass(frozen=True)
class UncountedAttempt:
    """An attempt at an assignment's target that did not complete it (the person page)."""

    label: str
    when: datetime
    reason: str
    url: str = ""


def _failed_critical_items(grade_ids) -> dict[int, tuple[str, ...]]:
    from assessments.models import CriterionScore

    items: dict[int, list[str]] = defaultdict(list)
    rows = (
        CriterionScore.objects.filter(grade_id__in=grade_ids, critical=True, applicable=True)
        .order_by("grade_id", "position")
        .values_list("grade_id", "label", "score", "max")
    )
    for grade_id, label, score, most in rows:
        if score < most:
            items[grade_id].append(label)
    return {g: tuple(labels) for g, labels in items.items()}


def _uncounted_calls(assignments, limit: int) -> dict[int, list[UncountedAttempt]]:
    from simulations.models import SimulationSession

    if not assignments:
        return {}
    sessions = list(
        SimulationSession.objects.filter(
            user_id__in={a.assignee_id for a in assignments},
            scenario_id__in={a.scenario_id for a in assignments},
        )
        .select_related("grade")
        .order_by("-started_at", "-pk")
    )
    graded = [s.grade.pk for s in sessions if getattr(s, "grade", None) is not None]
    critical = _failed_critical_items(graded)
    out: dict[int, list[UncountedAttempt]] = {}
    for a in assignments:
        rows = []
        for s in sessions:
            if (s.user_id, s.scenario_id) != (a.assignee_id, a.scenario_id):
                continue
            grade = getattr(s, "grade", None)
            verdict = call_verdict(
                assigned_at=a.created_at,
                started_at=s.started_at,
                is_trial=s.is_trial,
                ended=s.is_ended,
                graded=grade is not None,
                score=grade.score if grade else None,
                pass_mark=grade.pass_mark if grade else None,
                passed=bool(grade and grade.passed),
                critical_fail=bool(grade and grade.critical_fail),
                critical_items=critical.get(grade.pk, ()) if grade else (),
            )
            if not verdict.counts:
                url = reverse("simulations:review", args=[s.pk]) if s.is_ended else ""
                rows.append(UncountedAttempt(_("Practice call"), s.started_at, verdict.reason, url))
            if len(rows) >= limit:
                break
        out[a.pk] = rows
    return out


def _uncounted_quiz_attempts(assignments, limit: int) -> dict[int, list[UncountedAttempt]]:
    from assessments.models import QuizAttempt

    if not assignments:
        return {}
    attempts = list(
        QuizAttempt.objects.filter(
            user_id__in={a.assignee_id for a in assignments},
            quiz_id__in={a.quiz_id for a in assignments},
        )
        .select_related("quiz")
        .order_by("-started_at", "-pk")
    )
    out: dict[int, list[UncountedAttempt]] = {}
    for a in assignments:
        rows = []
        for attempt in attempts:
            if (attempt.user_id, attempt.quiz_id) != (a.assignee_id, a.quiz_id):
                continue
            verdict = quiz_verdict(
                assigned_at=a.created_at,
                started_at=attempt.started_at,
                submitted=attempt.submitted_at is not None,
                score=attempt.score,
                pass_mark=attempt.quiz.pass_mark,
                passed=attempt.passed,
            )
            if not verdict.counts:
                label = _("Attempt %(n)s") % {"n": attempt.number}
                rows.append(UncountedAttempt(label, attempt.started_at, verdict.reason))
            if len(rows) >= limit:
                break
        out[a.pk] = rows
    return out


def uncounted_attempts_for(assignments, *, limit: int = 5) -> dict[int, list[UncountedAttempt]]:
    """Per open assignment, its newest attempts that did not count, each with the reason
    (two or three queries whatever the number of assignments)."""
    assignments = [a for a in assignments if a.completed_at is None]
    return {
        **_uncounted_calls([a for a in assignments if a.scenario_id], limit),
        **_uncounted_quiz_attempts([a for a in assignments if a.quiz_id], limit),
    }
