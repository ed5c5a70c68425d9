"""The evidence a retraining need carries: the graded activities, the criteria lost, and the
agent's own words the grader quoted. ``services.retraining`` stores it with the need."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

MAX_QUOTES = 6
PIECE_QUOTES = 3


@dataclass(frozen=True)
class EvidencePiece:
    """The one graded activity that tripped a rule this time (stored as a ``NeedEvidence``)."""

    label: str
    occurred_at: datetime
    score: int | None = None
    failed: bool = True
    critical_fail: bool = False
    grade_id: int | None = None
    quiz_attempt_id: int | None = None
    url: str = ""
    quotes: tuple[str, ...] = field(default_factory=tuple)


def _quotes_of(criteria: list[dict], *, grade_id: int | None) -> tuple[str, ...]:
    lines: list[str] = []
    for c in criteria:
        if grade_id is not None and c.get("grade") != grade_id:
            continue
        for q in c["quotes"]:
            if q["quote"] not in lines:
                lines.append(q["quote"])
    return tuple(lines[:PIECE_QUOTES])


def _activity_score(row) -> int | None:
    """The graded call's or quiz attempt's own score (not the skill's score on it)."""
    if row.grade is not None:
        return row.grade.score
    if row.quiz_attempt is not None:
        return row.quiz_attempt.score
    return None


def skill_evidence(
    user, skill, last_n: int, *, threshold: int = 100
) -> tuple[list[int], dict, EvidencePiece | None]:
    """The last N scores for a skill, the evidence (activities and the criteria lost), and
    the newest activity as a piece of evidence (``failed`` when it scored under threshold)."""
    from assessments.models import CriterionScore, SkillEvidence

    rows = list(
        SkillEvidence.objects.filter(user=user, skill=skill)
        .select_related("grade", "quiz_attempt")
        .order_by("-occurred_at", "-pk")[: max(1, last_n)]
    )
    grade_ids = [r.grade_id for r in rows if r.grade_id]
    criteria, lines = [], []
    for cs in CriterionScore.objects.filter(grade_id__in=grade_ids, applicable=True).order_by(
        "grade_id", "position"
    ):
        if cs.score >= cs.max:
            continue
        if skill.slug in (cs.skills or []):
            criteria.append(criterion_evidence(cs))
        for q in criterion_evidence(cs)["quotes"]:
            if q["quote"] not in lines:
                lines.append(q["quote"])
    evidence = {
        "skill": skill.slug,
        "skill_name": skill.name,
        "activities": [
            {
                "kind": r.source,
                "label": r.label,
                # The skill's score on this activity, and the call's or quiz's own score.
                "score": r.score,
                "activity_score": _activity_score(r),
                "when": r.occurred_at.isoformat(),
                "url": r.url,
                "grade": r.grade_id,
                "quiz_attempt": r.quiz_attempt_id,
            }
            for r in rows
        ],
        "criteria": criteria[:MAX_QUOTES],
        # The agent's own words the grader quoted on the points lost in those calls.
        "lines": lines[:4],
    }
    piece = None
    if rows:
        newest = rows[0]
        piece = EvidencePiece(
            label=newest.label,
            occurred_at=newest.occurred_at,
            score=newest.score,
            failed=newest.score < threshold,
            grade_id=newest.grade_id,
            quiz_attempt_id=newest.quiz_attempt_id,
            url=newest.url or "",
            quotes=_quotes_of(criteria, grade_id=newest.grade_id) if newest.grade_id else (),
        )
    return [r.score for r in rows], evidence, piece


def criterion_evidence(cs) -> dict:
    quotes = [
        {"turn": q.get("turn"), "quote": q.get("quote", "")}
        for q in (cs.evidence or [])
        if isinstance(q, dict) and q.get("quote")
    ]
    return {
        "grade": cs.grade_id,
        "key": cs.key,
        "label": cs.label,
        "score": cs.score,
        "max": cs.max,
        "critical": cs.critical,
        "tip": cs.tip,
        "quotes": quotes[:3],
    }


def attempt_sequences(user, fails_on: str) -> dict[str, tuple[object, list]]:
    """Per scenario and per quiz: (the scenario/quiz, attempts newest first)."""
    from assessments.models import Grade, QuizAttempt

    out: dict[str, tuple[object, list]] = {}
    if fails_on in ("any", "scenario"):
        by = defaultdict(list)
        grades = (
            Grade.objects.filter(user=user)
            .select_related("scenario")
            .order_by("-created_at", "-pk")
        )
        for g in grades:
            by[g.scenario_id].append(g)
        for sid, gs in by.items():
            out[f"scenario:{sid}"] = (gs[0].scenario, gs)
    if fails_on in ("any", "quiz"):
        by = defaultdict(list)
        attempts = (
            QuizAttempt.objects.filter(user=user, submitted_at__isnull=False)
            .select_related("quiz")
            .order_by("-submitted_at", "-pk")
        )
        for a in attempts:
            by[a.quiz_id].append(a)
        for qid, qs in by.items():
            out[f"quiz:{qid}"] = (qs[0].quiz, qs)
    return out


def activity_evidence(a, is_call: bool) -> dict:
    from django.urls import reverse

    if is_call:
        return {
            "kind": "call",
            "label": a.scenario.title,
            "score": a.score,
            "passed": a.passed,
            "critical_fail": a.critical_fail,
            "when": a.created_at.isoformat(),
            "grade": a.pk,
            "url": reverse("assessments:session_grade", args=[a.session_id])
            if a.session_id
            else "",
        }
    return {
        "kind": "quiz",
        "label": a.quiz.title,
        "score": a.score,
        "passed": a.passed,
        "when": a.submitted_at.isoformat(),
        "quiz_attempt": a.pk,
        "url": "",
    }


def lost_criteria(grade_ids: list[int], *, critical_only: bool = False) -> list[dict]:
    from assessments.models import CriterionScore

    rows = CriterionScore.objects.filter(grade_id__in=grade_ids, applicable=True).order_by(
        "-critical", "grade_id", "position"
    )
    out = [
        criterion_evidence(cs)
        for cs in rows
        if cs.score < cs.max and (cs.critical or not critical_only)
    ]
    return out[:MAX_QUOTES]


def activity_piece(a, is_call: bool, *, criteria: list[dict] = ()) -> EvidencePiece:
    """A grade or a quiz attempt as a piece of evidence, with the quotes lost on it."""
    activity = activity_evidence(a, is_call)
    return EvidencePiece(
        label=activity["label"],
        occurred_at=a.created_at if is_call else a.submitted_at,
        score=a.score,
        failed=not a.passed,
        critical_fail=bool(activity.get("critical_fail")),
        grade_id=a.pk if is_call else None,
        quiz_attempt_id=None if is_call else a.pk,
        url=activity["url"],
        quotes=_quotes_of(list(criteria), grade_id=a.pk) if is_call else (),
    )
