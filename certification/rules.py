"""Pure decisions for retraining rules: given the numbers, raise a need or say why not.

``certification.services.retraining`` gathers the numbers (recent skill scores,
attempts in a row, the last need raised) and records each decision in a
``RuleEvaluationLog``; nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from django.utils.translation import gettext as _


class RuleOutcome(StrEnum):
    RAISED = "raised"
    THRESHOLD_NOT_MET = "threshold_not_met"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence"
    COOLDOWN = "cooldown"
    ALREADY_OPEN = "already_open"
    EVIDENCE_ADDED = "evidence_added"


@dataclass(frozen=True)
class RuleDecision:
    outcome: RuleOutcome
    detail: str

    @property
    def raise_need(self) -> bool:
        return self.outcome == RuleOutcome.RAISED


def skill_below_decide(scores: Sequence[int], *, threshold: int, last_n: int) -> RuleDecision:
    """``scores`` newest first. Raise when the average of the last N is under the threshold."""
    last_n = max(1, last_n)
    if len(scores) < last_n:
        return RuleDecision(
            RuleOutcome.NOT_ENOUGH_EVIDENCE,
            _("Only %(have)s graded activities; the rule looks at the last %(n)s.")
            % {"have": len(scores), "n": last_n},
        )
    recent = list(scores[:last_n])
    average = round(sum(recent) / last_n)
    if average >= threshold:
        return RuleDecision(
            RuleOutcome.THRESHOLD_NOT_MET,
            _("Average %(avg)s over the last %(n)s is at or above the threshold %(t)s.")
            % {"avg": average, "n": last_n, "t": threshold},
        )
    return RuleDecision(
        RuleOutcome.RAISED,
        _("Average %(avg)s over the last %(n)s graded activities is under %(t)s.")
        % {"avg": average, "n": last_n, "t": threshold},
    )


def consecutive_fails_decide(passed: Sequence[bool], *, fail_count: int) -> RuleDecision:
    """``passed`` newest first. Raise when the newest ``fail_count`` attempts all failed."""
    fail_count = max(1, fail_count)
    streak = 0
    for ok in passed:
        if ok:
            break
        streak += 1
    if streak >= fail_count:
        return RuleDecision(
            RuleOutcome.RAISED,
            _("%(streak)s failed attempts in a row (the rule allows %(n)s).")
            % {"streak": streak, "n": fail_count - 1},
        )
    return RuleDecision(
        RuleOutcome.THRESHOLD_NOT_MET,
        _("%(streak)s failed attempts in a row; the rule needs %(n)s.")
        % {"streak": streak, "n": fail_count},
    )


def cooldown_decide(
    *,
    now: datetime,
    last_raised_at: datetime | None,
    cooldown_days: int,
    open_exists: bool,
) -> RuleDecision | None:
    """A reason not to raise again (already open, or raised too recently), or None."""
    if open_exists:
        return RuleDecision(
            RuleOutcome.ALREADY_OPEN, _("The same need is already open for this person.")
        )
    if last_raised_at is not None and now - last_raised_at < timedelta(days=cooldown_days):
        days = (now - last_raised_at).days
        return RuleDecision(
            RuleOutcome.COOLDOWN,
            _("The same need was raised %(days)s days ago; the cool-down is %(cd)s days.")
            % {"days": days, "cd": cooldown_days},
        )
    return None
