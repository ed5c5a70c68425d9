"""Item statistics for quiz questions; pure functions (no Django) so they are easy to test.

- ``discrimination_index``: the proportion answering correctly in the top 27 % of
  learners by total score minus that in the bottom 27 % (Kelley's D, -1 to 1). Above
  0.3 separates strong from weak learners well; near 0 or negative needs rewriting.
- ``point_biserial``: the correlation between answering correctly and the total score.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

GROUP_FRACTION = 0.27


def discrimination_index(samples: Sequence[tuple[float, bool]]) -> float | None:
    """``samples`` are (total score, answered this question correctly) per learner."""
    n = len(samples)
    size = math.floor(n * GROUP_FRACTION)
    if size < 1:
        return None
    ranked = sorted(samples, key=lambda s: s[0])
    lower, upper = ranked[:size], ranked[-size:]
    p_upper = sum(1 for _, ok in upper if ok) / size
    p_lower = sum(1 for _, ok in lower if ok) / size
    return round(p_upper - p_lower, 2)


def point_biserial(samples: Sequence[tuple[float, bool]]) -> float | None:
    n = len(samples)
    if n < 2:
        return None
    right = [s for s, ok in samples if ok]
    wrong = [s for s, ok in samples if not ok]
    if not right or not wrong:
        return None
    mean = sum(s for s, _ in samples) / n
    sd = math.sqrt(sum((s - mean) ** 2 for s, _ in samples) / n)
    if sd == 0:
        return None
    p = len(right) / n
    m1, m0 = sum(right) / len(right), sum(wrong) / len(wrong)
    return round((m1 - m0) / sd * math.sqrt(p * (1 - p)), 2)


def discrimination_label(d: float | None) -> str:
    """A plain-words verdict for the analytics table (bands from classical test theory)."""
    if d is None:
        return "too_few"
    if d >= 0.4:
        return "very_good"
    if d >= 0.3:
        return "good"
    if d >= 0.2:
        return "fair"
    return "poor"
