"""Pure evaluation of a program's requirements against a learner's record.

No Django models here: ``certification.selectors.learner_record_for`` reads the lower
apps' tables into a ``LearnerRecord``; ``certification.blocks`` turns a program's
StreamField into ``Requirement`` values. Evaluation is then a plain function, so its
tests are exhaustive and fast, and a program's admin preview and the automatic issue
mean exactly the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.translation import gettext as _


class RequirementKind(StrEnum):
    COURSE_COMPLETED = "course_completed"
    QUIZ_PASSED = "quiz_passed"
    SCENARIO_GRADED = "scenario_graded"
    SCENARIO_SET = "scenario_set"


@dataclass(frozen=True)
class RequirementTarget:
    """A course, quiz or scenario a learner opens to fulfil a requirement."""

    title: str
    url: str


@dataclass(frozen=True)
class Requirement:
    """One requirement. ``ids`` are course, quiz or scenario ids depending on ``kind``.

    For ``scenario_set`` ``count`` of ``ids`` must be graded at ``min_score`` or more;
    for ``scenario_graded`` ``ids`` has one scenario and ``count`` is 1.
    """

    kind: RequirementKind
    ids: tuple[int, ...]
    titles: tuple[str, ...] = ()
    min_score: int = 0
    count: int = 1
    # Where a learner does each of ``ids`` (the course page, the quiz, the call's briefing).
    urls: tuple[str, ...] = ()

    @property
    def targets(self) -> tuple[RequirementTarget, ...]:
        """The courses, quizzes or scenarios that fulfil it, each with its link."""
        return tuple(
            RequirementTarget(title, url)
            for title, url in zip(self.titles, self.urls, strict=False)
            if url
        )

    @property
    def label(self) -> str:
        names = ", ".join(self.titles) or ", ".join(str(i) for i in self.ids)
        if self.kind == RequirementKind.COURSE_COMPLETED:
            return _("Complete the course “%(names)s”") % {"names": names}
        if self.kind == RequirementKind.QUIZ_PASSED:
            return _("Pass the quiz “%(names)s”") % {"names": names}
        if self.kind == RequirementKind.SCENARIO_GRADED:
            return _("Score %(score)s or more on the call “%(names)s” with no critical fail") % {
                "score": self.min_score,
                "names": names,
            }
        return _(
            "Score %(score)s or more, with no critical fail, on %(count)s of these calls: %(names)s"
        ) % {"score": self.min_score, "count": self.count, "names": names}

    @property
    def intro(self) -> str:
        """The label without the list of names, for a page that lists them as links."""
        if self.kind == RequirementKind.SCENARIO_SET:
            return _(
                "Score %(score)s or more, with no critical fail, on %(count)s of these calls:"
            ) % {
                "score": self.min_score,
                "count": self.count,
            }
        return self.label


@dataclass(frozen=True)
class LearnerRecord:
    """What a learner has done, as far as certification cares."""

    completed_course_ids: frozenset[int] = frozenset()
    passed_quiz_ids: frozenset[int] = frozenset()
    # Best score per scenario among grades with no critical fail.
    best_clean_scores: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RequirementResult:
    requirement: Requirement
    met: bool
    done: int  # how many of the needed items are done
    needed: int

    @property
    def label(self) -> str:
        return self.requirement.label

    @property
    def intro(self) -> str:
        return self.requirement.intro

    @property
    def targets(self) -> tuple[RequirementTarget, ...]:
        return self.requirement.targets


@dataclass(frozen=True)
class ProgramResult:
    results: tuple[RequirementResult, ...]

    @property
    def met(self) -> bool:
        # A program with no requirements is never met automatically (it would certify everyone).
        return bool(self.results) and all(r.met for r in self.results)

    @property
    def done(self) -> int:
        return sum(1 for r in self.results if r.met)

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def unmet(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.results if not r.met)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.results else 0


def requirement_evaluate(req: Requirement, record: LearnerRecord) -> RequirementResult:
    if req.kind == RequirementKind.COURSE_COMPLETED:
        done = sum(1 for i in req.ids if i in record.completed_course_ids)
        needed = len(req.ids)
    elif req.kind == RequirementKind.QUIZ_PASSED:
        done = sum(1 for i in req.ids if i in record.passed_quiz_ids)
        needed = len(req.ids)
    else:
        done = sum(1 for i in req.ids if record.best_clean_scores.get(i, -1) >= req.min_score)
        needed = 1 if req.kind == RequirementKind.SCENARIO_GRADED else min(req.count, len(req.ids))
    needed = max(needed, 1)
    return RequirementResult(req, met=done >= needed, done=min(done, needed), needed=needed)


def program_evaluate(requirements: Iterable[Requirement], record: LearnerRecord) -> ProgramResult:
    return ProgramResult(tuple(requirement_evaluate(r, record) for r in requirements))
