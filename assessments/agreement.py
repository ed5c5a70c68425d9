"""Agreement between a grader and human labels: Cohen's kappa and quadratic-weighted kappa.

Pure arithmetic on lists of integer scores, so ``manage.py grader_agreement`` and its tests
need no database. Kappa is 1 for perfect agreement, 0 for agreement no better than chance,
negative for worse than chance, and ``None`` when it is undefined (both raters gave every
item the same single score, so chance agreement is already 1).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class AgreementResult:
    n: int
    observed: float  # share of items with identical scores
    kappa: float | None
    weighted: bool


def cohen_kappa(a: Sequence[int], b: Sequence[int]) -> float | None:
    """Unweighted Cohen's kappa for two raters' category labels."""
    _check(a, b)
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[k] * count_b[k] for k in set(a) | set(b)) / (n * n)
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


def weighted_kappa(
    a: Sequence[int], b: Sequence[int], *, categories: Sequence[int] | None = None
) -> float | None:
    """Quadratic-weighted kappa over ordered integer categories (e.g. a 0..3 scale).

    ``categories`` defaults to every integer from the lowest to the highest score seen.
    Disagreements cost the squared distance between the two scores.
    """
    _check(a, b)
    cats = list(categories) if categories else list(range(min(*a, *b), max(*a, *b) + 1))
    if len(cats) < 2:
        return None
    index = {c: i for i, c in enumerate(cats)}
    k = len(cats)
    n = len(a)
    observed = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b, strict=True):
        observed[index[x]][index[y]] += 1 / n
    row = [sum(observed[i]) for i in range(k)]
    col = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    spread = (k - 1) ** 2

    def w(i: int, j: int) -> float:
        return (i - j) ** 2 / spread

    disagreement = sum(w(i, j) * observed[i][j] for i in range(k) for j in range(k))
    chance = sum(w(i, j) * row[i] * col[j] for i in range(k) for j in range(k))
    if chance == 0:
        return None
    return 1 - disagreement / chance


def agreement(
    a: Sequence[int], b: Sequence[int], *, scale: bool = False, maximum: int | None = None
) -> AgreementResult:
    """Agreement of two raters: weighted kappa for a scale, plain kappa for yes/no."""
    _check(a, b)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
    if scale:
        cats = range(0, maximum + 1) if maximum is not None else None
        kappa = weighted_kappa(a, b, categories=cats)
    else:
        kappa = cohen_kappa(a, b)
    return AgreementResult(n=len(a), observed=observed, kappa=kappa, weighted=scale)


def _check(a: Sequence[int], b: Sequence[int]) -> None:
    if len(a) != len(b):
        raise ValueError("Both raters must score the same items.")
    if not a:
        raise ValueError("There are no items to compare.")
