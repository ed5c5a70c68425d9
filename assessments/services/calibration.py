"""What certification counts of a grade while some of its criteria are not trusted.

A criterion that reviewers keep disagreeing with (``assessments.selectors.calibration``)
is left out of certification until it recovers: the grade's total and critical fail are
recomputed with those criteria treated as not applicable, by the same ``grade_totals``
the graders and overrides use. The stored grade is never changed; the agent's review
still shows every criterion.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from ..graders.base import Totals, grade_totals
from ..models import Grade
from .grading import criterion_results


def certifiable_totals(grade: Grade, untrusted_keys: Collection[str]) -> Totals:
    """The grade's totals for certification, ``untrusted_keys`` dropped.

    Reads ``grade.criterion_scores.all()``: prefetch it when calling this for many grades.
    A grade none of whose criteria are untrusted keeps its stored totals.
    """
    rows = criterion_results(grade) if untrusted_keys else []
    if not any(r.key in untrusted_keys for r in rows):
        return Totals(score=grade.score, passed=grade.passed, critical_fail=grade.critical_fail)
    kept = [replace(r, applicable=False) if r.key in untrusted_keys else r for r in rows]
    return grade_totals(kept, pass_mark=grade.pass_mark)
