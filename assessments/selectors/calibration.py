"""Calibration reads: per-criterion agreement of reviewers with the grader, per rubric.

Labels are counted in the database as a confusion table (rubric, criterion, machine
category, human category, how many), one grouped query whatever the number of labels,
and judged by ``assessments.calibration``. Labels count for the rubric that graded the
call: a scenario rubric that builds on the default has its own calibration.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Case, Count, F, IntegerField, QuerySet, Value, When

from courses import content_cache

from ..calibration import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    CriterionAgreement,
    Trust,
    criterion_agreement,
    expand_counts,
)
from ..models import CriterionLabel, Rubric


def _category(side: str) -> Case:
    return Case(
        When(**{f"{side}_applicable": False}, then=Value(NOT_APPLICABLE)),
        When(**{f"{side}_score__gte": F("max")}, then=Value(MET)),
        default=Value(NOT_MET),
        output_field=IntegerField(),
    )


def _confusion(labels: QuerySet) -> dict[tuple[int | None, str], list[tuple[int, int, int]]]:
    rows = (
        labels.order_by()
        .annotate(machine=_category("machine"), human=_category("human"))
        .values("rubric_id", "criterion_key", "machine", "human")
        .annotate(n=Count("pk"))
    )
    table: dict[tuple[int | None, str], list[tuple[int, int, int]]] = defaultdict(list)
    for row in rows:
        table[(row["rubric_id"], row["criterion_key"])].append(
            (row["machine"], row["human"], row["n"])
        )
    return table


def _thresholds() -> dict:
    return {
        "min_labels": settings.CALIBRATION_MIN_LABELS,
        "min_kappa": settings.CALIBRATION_MIN_KAPPA,
    }


def untrusted_criteria() -> dict[int | None, frozenset[str]]:
    """{rubric id: keys of its criteria not trusted for certification}; one query.

    The key ``None`` holds grades graded with no rubric row (the built-in standard).
    Every home page and certification check asks, so the answer is cached under the
    content token, which a review's labels renew (``services.reviews``).
    """
    thresholds = _thresholds()

    def build() -> dict[int | None, frozenset[str]]:
        untrusted: dict[int | None, set[str]] = defaultdict(set)
        for (rubric_id, key), counts in _confusion(CriterionLabel.objects.all()).items():
            agreement = criterion_agreement(key, key, expand_counts(counts), **thresholds)
            if not agreement.trusted:
                untrusted[rubric_id].add(key)
        return {rubric_id: frozenset(keys) for rubric_id, keys in untrusted.items()}

    parts = (thresholds["min_labels"], thresholds["min_kappa"])
    return content_cache.cached("untrusted-criteria", parts, build)


@dataclass(frozen=True)
class RubricCalibration:
    rubric: Rubric
    criteria: tuple[CriterionAgreement, ...]
    min_kappa: float
    min_labels: int

    @property
    def labels(self) -> int:
        return max((c.labels for c in self.criteria), default=0)

    @property
    def not_trusted(self) -> tuple[CriterionAgreement, ...]:
        return tuple(c for c in self.criteria if c.trust == Trust.NOT_TRUSTED)


def rubric_calibration(rubric: Rubric) -> RubricCalibration:
    """Every criterion of the rubric (and any labelled since removed) with its agreement."""
    labels = CriterionLabel.objects.filter(rubric=rubric)
    table = {key: counts for (_r, key), counts in _confusion(labels).items()}
    names = {c.key: c.label for c in rubric.to_data().criteria}
    gone = labels.exclude(criterion_key__in=list(names)).order_by()
    for key, label in gone.values_list("criterion_key", "criterion_label").distinct():
        names.setdefault(key, label or key)
    criteria = tuple(
        criterion_agreement(key, label, expand_counts(table.get(key, ())), **_thresholds())
        for key, label in names.items()
    )
    return RubricCalibration(
        rubric=rubric,
        criteria=criteria,
        min_kappa=settings.CALIBRATION_MIN_KAPPA,
        min_labels=settings.CALIBRATION_MIN_LABELS,
    )


def rubric_calibration_summaries() -> list[tuple[Rubric, int, int]]:
    """(rubric, labelled grades, criteria not trusted) for every rubric, for the queue page."""
    untrusted = untrusted_criteria()
    graded = dict(
        CriterionLabel.objects.filter(rubric__isnull=False)
        .order_by()
        .values("rubric_id")
        .annotate(n=Count("grade_id", distinct=True))
        .values_list("rubric_id", "n")
    )
    return [
        (rubric, graded.get(rubric.pk, 0), len(untrusted.get(rubric.pk, ())))
        for rubric in Rubric.objects.order_by("name")
    ]
