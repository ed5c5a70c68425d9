"""The evidence a retraining need carries: the graded activities, the criteria lost, and the
agent's own words the grader quoted. ``services.retraining`` stores it with the need."""

from __future__ import annotations

from collections import defaultdict

MAX_QUOTES = 6


def skill_evidence(user, skill, last_n: int) -> tuple[list[int], dict]:
    """The last N scores for a skill, and the evidence: activities and the criteria lost."""
    from assessments.models import CriterionScore, SkillEvidence

    rows = list(
        SkillEvidence.objects.filter(user=user, skill=skill).order_by("-occurred_at", "-pk")[
            : max(1, last_n)
        ]
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
                "score": r.score,
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
    return [r.score for r in rows], evidence


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
