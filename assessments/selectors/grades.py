"""Grades: one session's with its rows, the transcript with evidence marked, scores."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Exists, Max, OuterRef, Prefetch, Q
from django.urls import reverse

from courses import content_cache

from ..graders.base import GradeResult
from ..highlight import Segment, highlight_segments
from ..models import (
    CriterionScore,
    Grade,
    GradeDispute,
    GradeOverride,
    GradeReview,
    GradingJob,
    Section,
)


def grades_with_rows():
    """Grades with what their pages show: criteria in order, overrides, disputes, reviews."""
    return Grade.objects.select_related("user", "scenario", "rubric", "session").prefetch_related(
        Prefetch("criterion_scores", queryset=CriterionScore.objects.order_by("position")),
        Prefetch(
            "overrides",
            queryset=GradeOverride.objects.select_related("by", "criterion").order_by(
                "-created_at"
            ),
        ),
        Prefetch(
            "disputes",
            queryset=GradeDispute.objects.select_related("by", "resolved_by", "review").order_by(
                "-created_at"
            ),
        ),
        Prefetch("reviews", queryset=GradeReview.objects.select_related("by")),
    )


def grade_for_session(session) -> Grade | None:
    return grades_with_rows().filter(session=session).first()


def criteria_in_sections(criteria) -> list:
    """Criterion rows (or results) in rubric section order, then their own order."""
    order = {section: n for n, section in enumerate(Section.values)}
    ranked = sorted(enumerate(criteria), key=lambda p: (order.get(p[1].section, len(order)), p[0]))
    return [c for _n, c in ranked]


def grading_job_for(session) -> GradingJob | None:
    """Where the call's grading stands (None for a trial or a call graded before the queue)."""
    return GradingJob.objects.filter(session=session).first()


@dataclass(frozen=True)
class TranscriptRow:
    turn: int
    speaker: str
    segments: list[Segment]
    keys: tuple[str, ...]  # criteria quoting this turn
    subject: str = ""  # an email's subject line
    public: bool | None = None  # social: posted in public (None on other channels)


def transcript_rows(session, grade: Grade | None) -> list[TranscriptRow]:
    """The transcript, numbered as graders number it, with the quoted words marked."""
    quotes: dict[int, list[tuple[str, str]]] = defaultdict(list)
    if grade is not None:
        for c in grade.criterion_scores.all():
            for e in c.evidence:
                quotes[e["turn"]].append((c.key, e["quote"]))
        _flag_quotes(quotes, grade.flags)
    return _rows(session, quotes)


def transcript_rows_for_result(session, result: GradeResult) -> list[TranscriptRow]:
    """The same for a grade that was never stored (a trial's grading preview)."""
    quotes: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for c in result.criteria:
        for e in c.evidence:
            quotes[e.turn].append((c.key, e.quote))
    _flag_quotes(quotes, [f.to_dict() for f in result.flags])
    return _rows(session, quotes)


def _flag_quotes(quotes, flags) -> None:
    for f in flags:
        if f.get("turn") and f.get("quote"):
            quotes[f["turn"]].append((f.get("code", "flag"), f["quote"]))


def _rows(session, quotes) -> list[TranscriptRow]:
    rows = []
    social = session.scenario.channel == "social"
    turns = [t for t in session.turns.all() if t.speaker != "system"]
    for number, turn in enumerate(sorted(turns, key=lambda t: t.index), 1):
        pairs = quotes.get(number, [])
        rows.append(
            TranscriptRow(
                turn=number,
                speaker=turn.speaker,
                segments=highlight_segments(turn.text, pairs),
                keys=tuple(sorted({k for k, _q in pairs})),
                subject=turn.subject,
                public=turn.public if social else None,
            )
        )
    return rows


def grades_for_user(user, *, limit: int | None = None) -> list[Grade]:
    """The user's grades, newest first; their scenarios come from the content cache."""
    from simulations.models import Scenario

    qs = Grade.objects.filter(user=user).order_by("-created_at")
    grades = list(qs[:limit] if limit else qs)
    content_cache.attach(grades, "scenario", Scenario, shared=True)  # content: not joined
    return grades


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
    """Grades flagged for a person, and any with an unanswered dispute (even if a later
    machine regrade cleared the flag)."""
    disputed = GradeDispute.objects.open().filter(grade=OuterRef("pk"))
    return Grade.objects.filter(Q(needs_review=True) | Exists(disputed)).select_related(
        "user", "scenario"
    )


def latest_grade_at(user):
    return Grade.objects.filter(user=user).aggregate(latest=Max("created_at"))["latest"]
