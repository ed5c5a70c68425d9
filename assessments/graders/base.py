"""The grader interface and the frozen data it works on.

Graders mirror the customer engines (``simulations.engines``): a service turns a Rubric
row and a session (or an external transcript) into ``GradingData``, a grader scores it
and returns a ``GradeResult``, the service persists it. Graders never touch the database.

The arithmetic that turns criterion scores into a total, a pass and a critical fail is
here, in ``grade_totals``, so both graders and a trainer's override decide it the same way:
in code, never by a model's say-so.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from simulations.engines.base import ScenarioData, Speaker, TranscriptLine


class GraderError(Exception):
    """The grader could not produce a grade (LLM timeout, rate limit, server error)."""

    def __init__(self, message: str, *, kind: str = "error"):
        super().__init__(message)
        self.kind = kind  # "timeout", "rate_limit", "server_error", "connection", "malformed"


class Section(StrEnum):
    OPENING = "opening"
    VERIFICATION = "verification"
    DISCOVERY = "discovery"
    EMPATHY = "empathy"
    RESOLUTION = "resolution"
    COMMUNICATION = "communication"
    CLOSING = "closing"


class CriterionKind(StrEnum):
    YES_NO = "yes_no"  # 0 or 1 (or not applicable)
    SCALE = "scale"  # 0 to max_score


@dataclass(frozen=True)
class CriterionData:
    key: str
    label: str
    section: str = Section.COMMUNICATION
    kind: str = CriterionKind.YES_NO
    max_score: int = 1
    weight: int = 1
    critical: bool = False
    skills: tuple[str, ...] = ()  # skill slugs
    description: str = ""
    rule: str = ""  # a built-in check of assessments.graders.rules; "" = judged by a person
    params: Mapping = field(default_factory=dict)
    tip: str = ""  # a better line to use, shown when points are lost

    @property
    def maximum(self) -> int:
        return 1 if self.kind == CriterionKind.YES_NO else max(1, self.max_score)


@dataclass(frozen=True)
class RubricData:
    name: str
    criteria: tuple[CriterionData, ...]
    pass_mark: int = 70
    slug: str = ""

    def criterion(self, key: str) -> CriterionData | None:
        return next((c for c in self.criteria if c.key == key), None)


@dataclass(frozen=True)
class GradingData:
    """One call to grade: what was said, against which scenario and rubric."""

    scenario: ScenarioData
    rubric: RubricData
    transcript: tuple[TranscriptLine, ...]
    outcome: str = ""  # simulations Outcome value; "" for an external transcript
    handle_seconds: int | None = None  # the call's handle time; None for an external one
    hold_seconds: int | None = None  # of which on hold

    def agent_turns(self) -> list[tuple[int, str]]:
        """(turn number, text) for the agent's lines; turns are numbered from 1."""
        return [(i, line.text) for i, line in enumerate(self.transcript, 1) if _is_agent(line)]


def _is_agent(line: TranscriptLine) -> bool:
    return str(line.speaker) == Speaker.AGENT


@dataclass(frozen=True)
class Evidence:
    turn: int  # 1-based position in the transcript
    quote: str  # the exact words, a substring of that turn's text

    def to_dict(self) -> dict:
        return {"turn": self.turn, "quote": self.quote}


@dataclass(frozen=True)
class CriterionResult:
    key: str
    label: str
    score: int
    max: int
    applicable: bool = True
    evidence: tuple[Evidence, ...] = ()
    tip: str = ""
    skills: tuple[str, ...] = ()
    note: str = ""  # why the points were given or withheld, in words
    weight: int = 1
    critical: bool = False
    section: str = ""

    @property
    def failed_critical(self) -> bool:
        return self.critical and self.applicable and self.score < self.max


@dataclass(frozen=True)
class Flag:
    """Something a person should know about a grade: an injection attempt, a dropped quote."""

    code: str  # "prompt_injection", "invented_quote", "llm_malformed", "graders_disagree", ...
    message: str
    turn: int | None = None
    quote: str = ""
    criterion: str = ""

    def to_dict(self) -> dict:
        data = {"code": self.code, "message": self.message}
        if self.turn is not None:
            data["turn"] = self.turn
        if self.quote:
            data["quote"] = self.quote
        if self.criterion:
            data["criterion"] = self.criterion
        return data


# Flags that put a grade in front of a person before anyone relies on it.
REVIEW_FLAGS = frozenset(
    {
        "prompt_injection",
        "transcript_tampering",
        "graders_disagree",
        "invented_quote",
        "low_confidence",
        "agent_dispute",
    }
)


@dataclass(frozen=True)
class Totals:
    score: int  # 0-100
    passed: bool
    critical_fail: bool


@dataclass(frozen=True)
class GradeResult:
    score: int
    passed: bool
    critical_fail: bool
    criteria: tuple[CriterionResult, ...]
    flags: tuple[Flag, ...] = ()
    grader: str = "offline"
    needs_review: bool = False
    skills: Mapping[str, int] = field(default_factory=dict)
    offline_score: int | None = None  # the offline grader's total, when another grader graded

    def to_dict(self) -> dict:
        """The public shape: the grade-transcript API, the session grade API, the command."""
        return {
            "score": self.score,
            "passed": self.passed,
            "critical_fail": self.critical_fail,
            "criteria": [
                {
                    "key": c.key,
                    "label": c.label,
                    "score": c.score,
                    "max": c.max,
                    "applicable": c.applicable,
                    "evidence": [e.to_dict() for e in c.evidence],
                }
                for c in self.criteria
            ],
            "skills": dict(self.skills),
            "flags": [f.to_dict() for f in self.flags],
        }


def grade_totals(criteria: Iterable[CriterionResult], *, pass_mark: int) -> Totals:
    """Weighted percentage over applicable criteria; any failed critical criterion fails it.

    A criterion counts ``weight * score / max``; not-applicable criteria drop out of both
    sides. A critical criterion is failed when it is applicable and short of full marks.
    """
    criteria = list(criteria)
    applicable = [c for c in criteria if c.applicable and c.max > 0]
    total_weight = sum(c.weight for c in applicable)
    earned = sum(c.weight * c.score / c.max for c in applicable)
    score = round(100 * earned / total_weight) if total_weight else 0
    critical_fail = any(c.failed_critical for c in criteria)
    return Totals(
        score=max(0, min(100, score)),
        passed=score >= pass_mark and not critical_fail,
        critical_fail=critical_fail,
    )


def skill_scores(criteria: Iterable[CriterionResult]) -> dict[str, int]:
    """Per skill slug, the weighted percentage of the applicable criteria tagged with it."""
    earned: dict[str, float] = {}
    weights: dict[str, int] = {}
    for c in criteria:
        if not c.applicable or c.max <= 0:
            continue
        for slug in c.skills:
            earned[slug] = earned.get(slug, 0.0) + c.weight * c.score / c.max
            weights[slug] = weights.get(slug, 0) + c.weight
    return {slug: round(100 * earned[slug] / weights[slug]) for slug in sorted(earned)}


def result_build(
    rubric: RubricData,
    criteria: Iterable[CriterionResult],
    *,
    flags: Iterable[Flag] = (),
    grader: str,
    needs_review: bool = False,
    offline_score: int | None = None,
) -> GradeResult:
    """Assemble a GradeResult: totals, skills and review decided here, in code."""
    criteria = tuple(criteria)
    flags = tuple(flags)
    totals = grade_totals(criteria, pass_mark=rubric.pass_mark)
    return GradeResult(
        score=totals.score,
        passed=totals.passed,
        critical_fail=totals.critical_fail,
        criteria=criteria,
        flags=flags,
        grader=grader,
        needs_review=needs_review or any(f.code in REVIEW_FLAGS for f in flags),
        skills=skill_scores(criteria),
        offline_score=offline_score,
    )


class Grader(ABC):
    """Scores a call against a rubric. One small interface, chosen by settings.GRADER."""

    name: str = "base"

    @abstractmethod
    def grade(self, data: GradingData) -> GradeResult:
        """Score every criterion with quoted evidence. Raises GraderError when it cannot."""

    def check(self) -> list:
        """System-check messages about this grader's configuration."""
        return []
