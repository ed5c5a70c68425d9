"""The offline grader: deterministic, no network, the default.

Each criterion's built-in rule (``assessments.graders.rules``) scores it from the shared
cue detector and the scenario's facts and resolutions, citing the exact words (turn and
quote) for points given or withheld. Totals, pass/fail and critical fails come from
``grade_totals`` in code. Text addressed to the grader earns nothing and is flagged.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .base import (
    CriterionData,
    CriterionResult,
    Evidence,
    Flag,
    Grader,
    GradeResult,
    GradingData,
    result_build,
)
from .rules import RULES, CallAnalysis, analyse
from .tips import tip_for


class OfflineGrader(Grader):
    name = "offline"

    def grade(self, data: GradingData) -> GradeResult:
        call = analyse(data)
        criteria = tuple(criterion_grade(c, call) for c in data.rubric.criteria)
        return result_build(data.rubric, criteria, flags=injection_flags(call), grader=self.name)


def criterion_grade(criterion: CriterionData, call: CallAnalysis) -> CriterionResult:
    rule = RULES.get(criterion.rule)
    maximum = criterion.maximum
    if rule is None:
        return _result(criterion, 0, applicable=False, note=_("Judged by a reviewer."))
    outcome = rule.check(criterion, call)
    score = max(0, min(maximum, outcome.score))
    tip = tip_for(criterion, call.data.scenario) if outcome.applicable and score < maximum else ""
    return _result(
        criterion,
        score if outcome.applicable else 0,
        applicable=outcome.applicable,
        evidence=distinct_evidence(outcome.evidence),
        tip=tip,
        note=outcome.note,
    )


def distinct_evidence(evidence) -> tuple[Evidence, ...]:
    """Each quote once, in turn order; a quote inside a longer one of the same turn goes."""
    unique = list(dict.fromkeys(evidence))
    kept = [
        e
        for e in unique
        if not any(o.turn == e.turn and e.quote in o.quote and o != e for o in unique)
    ]
    return tuple(sorted(kept, key=lambda e: e.turn))


def _result(criterion: CriterionData, score: int, **kwargs) -> CriterionResult:
    return CriterionResult(
        key=criterion.key,
        label=criterion.label,
        score=score,
        max=criterion.maximum,
        skills=tuple(criterion.skills),
        weight=criterion.weight,
        critical=criterion.critical,
        section=str(criterion.section),
        **kwargs,
    )


def injection_flags(call: CallAnalysis) -> list[Flag]:
    flags = []
    seen: set[int] = set()
    for evidence in call.injections:
        if evidence.turn in seen:  # one flag per turn, citing its first such words
            continue
        seen.add(evidence.turn)
        flags.append(
            Flag(
                code="prompt_injection",
                message=_("The agent addressed the grader; this turn earns nothing."),
                turn=evidence.turn,
                quote=evidence.quote,
            )
        )
    return flags
