"""Reads for retraining needs as managers see them: each need with how many pieces of
evidence it holds and (for lists that show them) the pieces, newest first."""

from __future__ import annotations

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from ..models import NeedEvidence, RetrainingNeed


def needs_with_evidence_count(qs: QuerySet[RetrainingNeed]) -> QuerySet[RetrainingNeed]:
    """``evidence_count`` on each need, in the same query."""
    count = (
        NeedEvidence.objects.filter(need=OuterRef("pk"))
        .order_by()
        .values("need")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return qs.annotate(evidence_count=Coalesce(Subquery(count), 0))


def needs_with_evidence(qs: QuerySet[RetrainingNeed]) -> QuerySet[RetrainingNeed]:
    """The count, and the pieces themselves in one more query (``need.evidence_items.all``)."""
    # The grade and quiz attempt give each piece its own score beside the skill's.
    pieces = NeedEvidence.objects.select_related("grade", "quiz_attempt").order_by(
        "-occurred_at", "-pk"
    )
    return needs_with_evidence_count(qs).prefetch_related(
        Prefetch("evidence_items", queryset=pieces)
    )


def need_get_for_people(need_id, people) -> RetrainingNeed | None:
    """One of these people's needs, with its evidence (the assign form's "for this need")."""
    if not str(need_id).isdigit():
        return None
    qs = RetrainingNeed.objects.filter(pk=need_id, user__in=people).select_related(
        "user", "rule", "suggested_course", "suggested_lesson", "suggested_scenario"
    )
    return needs_with_evidence(qs).first()
