"""Calibration: how far reviewers agree with the grader on one criterion, and whether
certification may rely on it.

Pure arithmetic (no models), like ``agreement.py`` which it builds on. A label puts a
criterion in one of three categories for the machine and for the person: met (applies
and full marks), not met (applies, short of full marks) or not applicable. Cohen's kappa
over those categories says whether the two agree beyond chance.

A criterion is *not trusted for certification* once it has at least ``min_labels``
labels and its kappa is under ``min_kappa`` (or kappa is undefined and the observed
agreement is under ``min_kappa``). Until then, and as soon as later labels bring it back
over the line, it counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext_lazy as _

from .agreement import cohen_kappa

NOT_APPLICABLE, NOT_MET, MET = 0, 1, 2


def label_category(*, applicable: bool, score: int, maximum: int) -> int:
    """MET, NOT_MET or NOT_APPLICABLE for one side of a label."""
    if not applicable:
        return NOT_APPLICABLE
    return MET if score >= maximum else NOT_MET


class Trust(StrEnum):
    TRUSTED = "trusted"
    NOT_TRUSTED = "not_trusted"
    COLLECTING = "collecting"  # too few labels to judge: it counts meanwhile

    @property
    def label(self) -> str:
        return str(TRUST_LABELS[self])


TRUST_LABELS = {
    Trust.TRUSTED: _("Trusted"),
    Trust.NOT_TRUSTED: _("Not trusted for certification"),
    Trust.COLLECTING: _("Too few labels yet"),
}


@dataclass(frozen=True)
class CriterionAgreement:
    key: str
    label: str
    labels: int
    observed: float | None  # share of labels where machine and person agree
    kappa: float | None  # None: undefined (one category only) or no labels
    trust: Trust

    @property
    def trusted(self) -> bool:
        """Certification counts this criterion (trusted, or too few labels to say)."""
        return self.trust != Trust.NOT_TRUSTED


def criterion_agreement(
    key: str,
    label: str,
    pairs: Iterable[tuple[int, int]],
    *,
    min_labels: int,
    min_kappa: float,
) -> CriterionAgreement:
    """Agreement of (machine category, human category) pairs and the verdict on trust."""
    pairs = list(pairs)
    if not pairs:
        return CriterionAgreement(key, label, 0, None, None, Trust.COLLECTING)
    machine = [m for m, _h in pairs]
    human = [h for _m, h in pairs]
    observed = sum(m == h for m, h in pairs) / len(pairs)
    kappa = cohen_kappa(machine, human)
    if len(pairs) < min_labels:
        trust = Trust.COLLECTING
    elif (kappa if kappa is not None else observed) < min_kappa:
        trust = Trust.NOT_TRUSTED
    else:
        trust = Trust.TRUSTED
    return CriterionAgreement(key, label, len(pairs), observed, kappa, trust)


def expand_counts(counts: Iterable[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """(machine, human, how many) rows of a confusion table as one pair per label."""
    return [(m, h) for m, h, n in counts for _i in range(n)]
