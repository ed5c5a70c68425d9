"""The pure retraining decisions: thresholds, streaks and cool-downs."""

from datetime import UTC, datetime, timedelta

from certification.rules import (
    RuleOutcome,
    consecutive_fails_decide,
    cooldown_decide,
    skill_below_decide,
)

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_skill_below_raises_when_the_recent_average_is_under_the_threshold():
    assert skill_below_decide([40, 50, 60], threshold=60, last_n=3).raise_need
    assert not skill_below_decide([60, 60, 60], threshold=60, last_n=3).raise_need


def test_skill_below_only_looks_at_the_last_n():
    decision = skill_below_decide([90, 90, 90, 10, 10], threshold=60, last_n=3)
    assert decision.outcome == RuleOutcome.THRESHOLD_NOT_MET


def test_skill_below_waits_for_enough_evidence():
    decision = skill_below_decide([10], threshold=60, last_n=3)
    assert decision.outcome == RuleOutcome.NOT_ENOUGH_EVIDENCE
    assert "last 3" in decision.detail


def test_consecutive_fails_counts_the_newest_streak_only():
    assert consecutive_fails_decide([False, False, False, True], fail_count=3).raise_need
    assert not consecutive_fails_decide([False, True, False, False], fail_count=3).raise_need


def test_cooldown_blocks_a_repeat_inside_the_window_and_not_after():
    inside = cooldown_decide(
        now=NOW, last_raised_at=NOW - timedelta(days=3), cooldown_days=14, open_exists=False
    )
    after = cooldown_decide(
        now=NOW, last_raised_at=NOW - timedelta(days=15), cooldown_days=14, open_exists=False
    )
    assert inside.outcome == RuleOutcome.COOLDOWN
    assert after is None


def test_an_open_need_blocks_a_duplicate_whatever_the_cooldown():
    blocked = cooldown_decide(now=NOW, last_raised_at=None, cooldown_days=0, open_exists=True)
    assert blocked.outcome == RuleOutcome.ALREADY_OPEN
