"""The offline grader: deterministic, no network, the default.

Each criterion's built-in rule (``assessments.graders.registry``) scores it from the call
as the understanding component read it (``reading``), citing the exact words (turn and
quote) for points given or withheld. Totals, pass/fail and critical fails come from
``grade_totals`` in code. Text addressed to the grader, or faking the transcript, earns
nothing and is flagged; absence criteria earn nothing on a call without substance.
"""

from __future__ import annotations

from dataclasses import replace

from django.utils.translation import gettext as _

from .base import (
    CriterionData,
    CriterionResult,
    Evidence,
    Flag,
    Grader,
    GradeResult,
    GradingData,
    grade_totals,
    result_build,
)
from .reading import CallAnalysis, analyse
from .registry import RULES
from .tips import tip_for


class OfflineGrader(Grader):
    name = "offline"

    def grade(self, data: GradingData) -> GradeResult:
        call = analyse(data)
        criteria = tuple(criterion_grade(c, call) for c in data.rubric.criteria)
        flags = injection_flags(call) + confidence_flags(data, criteria, call)
        return result_build(data.rubric, criteria, flags=flags, grader=self.name)


def _need_decides(criteria, data: GradingData, totals) -> bool:
    """Would the verdict change if the customer's need had been met?"""
    if totals.critical_fail:
        return False
    met = [
        replace(c, score=c.max) if c.key == "resolution" and c.applicable else c for c in criteria
    ]
    return grade_totals(met, pass_mark=data.rubric.pass_mark).passed != totals.passed


def confidence_flags(data: GradingData, criteria, call: CallAnalysis) -> list[Flag]:
    """A pass or fail decided by a hair, or a need the customer's last words leave open:
    a person should look before anyone relies on it (``scorecard.toml``, ``[review]``)."""
    totals = grade_totals(criteria, pass_mark=data.rubric.pass_mark)
    margin = call.settings.get("review", {}).get("borderline", 0)
    flags = []
    if not totals.critical_fail and abs(totals.score - data.rubric.pass_mark) <= margin:
        flags.append(
            Flag(
                code="low_confidence",
                message=_("%(score)s is within %(margin)s points of the pass mark.")
                % {"score": totals.score, "margin": margin},
            )
        )
    elif call.need == "unknown" and not data.outcome and _need_decides(criteria, data, totals):
        flags.append(
            Flag(
                code="low_confidence",
                message=_("The customer's last words do not say whether their need was met."),
                criterion="resolution",
            )
        )
    return flags


def _unearned(criterion: CriterionData, rule, outcome, call: CallAnalysis) -> bool:
    """Full marks for what did not happen, on a call with too little in it to earn them."""
    return (
        rule.absence
        and outcome.applicable
        and outcome.score >= criterion.maximum
        and not call.substantive
    )


def criterion_grade(criterion: CriterionData, call: CallAnalysis) -> CriterionResult:
    rule = RULES.get(criterion.rule)
    maximum = criterion.maximum
    if rule is None:
        return _result(criterion, 0, applicable=False, note=_("Judged by a reviewer."))
    outcome = rule.check(criterion, call)
    if _unearned(criterion, rule, outcome, call):
        return _result(criterion, 0, applicable=False, note=_("Too little of a call to earn this."))
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
    """One flag per turn and kind: text addressed to the grader, a faked transcript."""
    flags = []
    kinds = (
        (
            "prompt_injection",
            call.injections,
            _("The agent addressed the grader; this turn earns nothing."),
        ),
        (
            "transcript_tampering",
            call.tampering,
            _(
                "This turn fakes the transcript (markup, data or a line of dialogue); "
                "it earns nothing."
            ),
        ),
    )
    for code, found, message in kinds:
        seen: set[int] = set()
        for evidence in found:
            if evidence.turn in seen:  # citing its first such words
                continue
            seen.add(evidence.turn)
            flags.append(Flag(code=code, message=message, turn=evidence.turn, quote=evidence.quote))
    return sorted(flags, key=lambda f: (f.turn or 0, f.code))
