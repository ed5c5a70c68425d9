"""Grades: one session's with its rows, the transcript with evidence marked, scores."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Max, Prefetch, Q
from django.urls import reverse

from ..highlight import Segment, highlight_segments
from ..models import CriterionScore, Grade, GradeOverride, GradingJob


def grade_for_session(session) -> Grade | None:
    return (
        Grade.objects.filter(session=session)
        .select_related("user", "scenario", "rubric")
        .prefetch_related(
            Prefetch("criterion_scores", queryset=CriterionScore.objects.order_by("position")),
            Prefetch(
                "overrides",
                queryset=GradeOverride.objects.select_related("by", "criterion").order_by(
                    "-created_at"
                ),
            ),
        )
        .first()
    )


def grading_job_for(session) -> GradingJob | None:
    """Where the call's grading stands (None for a trial or a call graded before the queue)."""
    return GradingJob.objects.filter(session=session).first()


@dataclass(frozen=True)
class TranscriptRow:
    turn: int
    speaker: str
    segments: list[Segment]
    keys: tuple[str, ...]  # criteria quoting this turn


def transcript_rows(session, grade: Grade | None) -> list[TranscriptRow]:
    """The transcript, numbered as graders number it, with the quoted words marked."""
    quotes: dict[int, list[tuple[str, str]]] = defaultdict(list)
    if grade is not None:
        for c in grade.criterion_scores.all():
            for e in c.evidence:
                quotes[e["turn"]].append((c.key, e["quote"]))
        for f in grade.flags:
            if f.get("turn") and f.get("quote"):
                quotes[f["turn"]].append((f.get("code", "flag"), f["quote"]))
    rows = []
    turns = [t for t in session.turns.all() if t.speaker != "system"]
    for number, turn in enumerate(sorted(turns, key=lambda t: t.index), 1):
        pairs = quotes.get(number, [])
        rows.append(
            TranscriptRow(
                turn=number,
                speaker=turn.speaker,
                segments=highlight_segments(turn.text, pairs),
                keys=tuple(sorted({k for k, _q in pairs})),
            )
        )
    return rows


def grades_for_user(user, *, limit: int | None = None):
    qs = Grade.objects.filter(user=user).select_related("scenario").order_by("-created_at")
    return qs[:limit] if limit else qs


def scenario_scores_for(user, scenario_ids) -> dict[int, dict]:
    """{scenario_id: {"best", "latest", "url"}} for the scenario library (a Wagtail hook)."""
    if not getattr(user, "is_authenticated", False):
        return {}
    rows = (
        Grade.objects.filter(user=user, scenario_id__in=list(scenario_ids), session__isnull=False)
        .order_by("scenario_id", "-created_at")
        .values("scenario_id", "score", "session_id", "created_at")
    )
    scores: dict[int, dict] = {}
    for row in rows:
        entry = scores.get(row["scenario_id"])
        if entry is None:
            scores[row["scenario_id"]] = {
                "best": row["score"],
                "latest": row["score"],
                "url": reverse("assessments:session_grade", args=[row["session_id"]]),
            }
        else:
            entry["best"] = max(entry["best"], row["score"])
    return scores


def grades_needing_review():
    return Grade.objects.filter(Q(needs_review=True)).select_related("user", "scenario")


def latest_grade_at(user):
    return Grade.objects.filter(user=user).aggregate(latest=Max("created_at"))["latest"]
