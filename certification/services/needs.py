"""Writes for retraining needs: raise one, or add evidence to the one already open.

A need is the same need when it is about the same person and skill (skill-based rules,
whichever rule saw it), or the same person, rule and subject (a scenario, a quiz, a
certificate). At most one of those is open at a time (a database constraint says so too):
new evidence is kept as a ``NeedEvidence`` row on it, with its grade and time.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..models import NeedEvidence, NeedStatus, RetrainingNeed, RetrainingRule
from ..selectors.evidence import EvidencePiece


def needs_same_as(*, user, rule, key: str, skill=None) -> QuerySet[RetrainingNeed]:
    """Every need (open or not) that a new one with these fields would repeat."""
    if skill is not None:
        return RetrainingNeed.objects.filter(user=user, skill=skill)
    return RetrainingNeed.objects.filter(user=user, rule=rule, key=key, skill__isnull=True)


def _piece_record(
    *, need: RetrainingNeed, rule, piece: EvidencePiece | None, summary: str, now
) -> NeedEvidence | None:
    """Keep a piece of evidence on a need, once per grade or quiz attempt."""
    if piece is None:
        label = need.evidence.get("title") or need.evidence.get("program") or ""
        piece = EvidencePiece(label=str(label), occurred_at=now)
    if piece.grade_id and need.evidence_items.filter(grade_id=piece.grade_id).exists():
        return None
    if (
        piece.quiz_attempt_id
        and need.evidence_items.filter(quiz_attempt_id=piece.quiz_attempt_id).exists()
    ):
        return None
    return NeedEvidence.objects.create(
        need=need,
        rule=rule,
        grade_id=piece.grade_id,
        quiz_attempt_id=piece.quiz_attempt_id,
        label=piece.label[:255],
        url=piece.url[:300],
        score=piece.score,
        critical_fail=piece.critical_fail,
        summary=summary,
        quotes=list(piece.quotes),
        occurred_at=piece.occurred_at,
        recorded_at=now,
    )


@transaction.atomic
def need_evidence_add(
    *,
    need: RetrainingNeed,
    rule: RetrainingRule,
    piece: EvidencePiece | None,
    reason: str,
    evidence: dict,
    now: datetime | None = None,
) -> NeedEvidence | None:
    """Add what a rule found again to the open need: a new piece of evidence, and the
    need's reason and summary brought up to date. None when that activity is already on it."""
    now = now or timezone.now()
    item = _piece_record(need=need, rule=rule, piece=piece, summary=reason, now=now)
    if item is None:
        return None
    need.reason = reason
    need.evidence = evidence
    need.last_evidence_at = max(need.last_evidence_at, item.occurred_at)
    need.save(update_fields=["reason", "evidence", "last_evidence_at"])
    log(
        need,
        "certification.need.evidence",
        title=reason[:200],
        data={"user": need.user_id, "rule": rule.pk, "grade": item.grade_id},
    )
    return item


def need_raise(
    *,
    rule: RetrainingRule,
    user,
    key: str,
    reason: str,
    evidence: dict,
    skill=None,
    suggestion: dict | None = None,
    piece: EvidencePiece | None = None,
    now: datetime | None = None,
) -> RetrainingNeed:
    """Record the need with its first piece of evidence; assign the suggested remedial work
    at once if the rule says so. If the same need is already open (a race, or a caller
    that did not look), the evidence goes on that one instead and it is returned."""
    now = now or timezone.now()
    suggestion = suggestion or {}
    try:
        with transaction.atomic():
            need = RetrainingNeed.objects.create(
                user=user,
                rule=rule,
                key=key,
                skill=skill,
                reason=reason,
                evidence=evidence,
                raised_at=now,
                last_evidence_at=piece.occurred_at if piece else now,
                suggested_course=suggestion.get("course"),
                suggested_lesson=suggestion.get("lesson"),
                suggested_scenario=suggestion.get("scenario"),
            )
    except IntegrityError:
        need = needs_same_as(user=user, rule=rule, key=key, skill=skill).get(status=NeedStatus.OPEN)
        need_evidence_add(
            need=need, rule=rule, piece=piece, reason=reason, evidence=evidence, now=now
        )
        return need
    with transaction.atomic():
        _piece_record(need=need, rule=rule, piece=piece, summary=reason, now=now)
        log(
            need,
            "certification.need.raise",
            title=reason[:200],
            data={"user": user.pk, "rule": rule.pk, "key": key},
        )
        target = need.suggested_scenario or need.suggested_course
        if rule.auto_assign and target is not None:
            from .assignments import assignment_create

            assignment_create(
                assigned_by=None,
                assignee=user,
                target=target,
                due_at=now + timedelta(days=rule.due_in_days),
                note=_("Assigned automatically: %(reason)s") % {"reason": reason},
                need=need,
            )
    return need
