"""People checking grades: an agent disputes a grade, a reviewer completes its review.

Completing a review is the one place a grade leaves the review queue: it clears
``needs_review``, answers the open dispute (the agent reads the outcome and the note on
their grade page), is audited (a ``GradeReview`` row and a Wagtail log entry), and
records a human label for every criterion of the grade, which calibration reads.
Criterion changes during a review go through ``criterion_override`` as everywhere else;
the review's decision ("accepted" or "changed") is read from them.

The caller has checked permission (``assessments.permissions``).
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from courses import content_cache

from ..flags import AGENT_DISPUTE
from ..graders.base import Flag
from ..models import (
    DISPUTE_MAX_CHARS,
    CriterionLabel,
    Grade,
    GradeDispute,
    GradeReview,
    ReviewDecision,
)
from ..selectors.reviews import changes_in_review, grade_for_review, open_dispute

DISPUTE_ACTION = "assessments.dispute"
REVIEW_ACTION = "assessments.review"
REVIEW_REASON_MAX_CHARS = 1000


class GradeDisputeError(ValueError):
    """A dispute that cannot be accepted (no comment, too long, one already open)."""


class GradeReviewError(ValueError):
    """A review that cannot be completed (nothing waiting, a note too long)."""


def grade_dispute_open(*, grade: Grade, by, comment: str) -> GradeDispute:
    """The agent says the grade is wrong: it goes to the review queue with their comment."""
    comment = (comment or "").strip()
    if not comment:
        raise GradeDisputeError(
            _("Say what you think is wrong with the grade: a reviewer reads it.")
        )
    if len(comment) > DISPUTE_MAX_CHARS:
        raise GradeDisputeError(
            _("Keep your comment to %(max)s characters (it has %(n)s).")
            % {"max": DISPUTE_MAX_CHARS, "n": len(comment)}
        )
    already = _("You have already disputed this grade: a reviewer will answer you here.")
    try:
        with transaction.atomic():
            grade = Grade.objects.select_for_update().get(pk=grade.pk)
            if GradeDispute.objects.open().filter(grade=grade).exists():
                raise GradeDisputeError(already)
            dispute = GradeDispute.objects.create(grade=grade, by=by, comment=comment)
            if not any(f.get("code") == AGENT_DISPUTE and not f.get("review") for f in grade.flags):
                flag = Flag(
                    code=AGENT_DISPUTE,
                    message=_("The agent disputes this grade; a reviewer will look at it."),
                )
                grade.flags = [*grade.flags, flag.to_dict()]
            grade.needs_review = True
            grade.save(update_fields=["flags", "needs_review", "updated_at"])
            log(
                instance=grade,
                action=DISPUTE_ACTION,
                user=by,
                title=str(grade)[:255],
                data={"comment": comment},
            )
    except IntegrityError:  # a second request raced past the check: the constraint holds
        raise GradeDisputeError(already) from None
    return dispute


def grade_review_complete(*, grade: Grade, by, reason: str = "") -> GradeReview:
    """Finish the review of a waiting grade, as it stands now (accepted, or changed by the
    overrides made since it started waiting); audited, and labels recorded."""
    reason = (reason or "").strip()
    if len(reason) > REVIEW_REASON_MAX_CHARS:
        raise GradeReviewError(
            _("Keep the note under %(max)s characters.") % {"max": REVIEW_REASON_MAX_CHARS}
        )
    now = timezone.now()
    with transaction.atomic():
        Grade.objects.select_for_update().only("pk").get(pk=grade.pk)  # one review at a time
        grade = grade_for_review(grade.pk)
        dispute = open_dispute(grade)
        if not grade.needs_review and dispute is None:
            raise GradeReviewError(
                _("This grade is not waiting for a review: someone may have just completed it.")
            )
        changes = changes_in_review(grade)
        review = GradeReview.objects.create(
            grade=grade,
            by=by,
            decision=ReviewDecision.CHANGED if changes else ReviewDecision.ACCEPTED,
            reason=reason,
            score_before=changes[0].total_before if changes else grade.score,
            score_after=grade.score,
            created_at=now,
        )
        grade.needs_review = False
        grade.flags = [f if f.get("review") else {**f, "review": review.pk} for f in grade.flags]
        grade.save(update_fields=["needs_review", "flags", "updated_at"])
        if dispute is not None:
            dispute.resolved_at, dispute.resolved_by = now, by
            dispute.resolution_note, dispute.review = reason, review
            dispute.save(update_fields=["resolved_at", "resolved_by", "resolution_note", "review"])
        _labels_record(grade=grade, review=review, by=by, now=now)
        log(
            instance=grade,
            action=REVIEW_ACTION,
            user=by,
            title=str(grade)[:255],
            data={
                "decision": review.decision,
                "reason": reason,
                "score_before": review.score_before,
                "score_after": review.score_after,
                "changes": len(changes),
                "dispute": dispute is not None,
            },
        )
    return review


def _labels_record(*, grade: Grade, review: GradeReview, by, now) -> None:
    """One label per criterion: the machine's first score beside the one the review left."""
    from ..rubric_defaults import DEFAULT_RUBRIC

    first: dict[int, object] = {}
    for override in sorted(grade.overrides.all(), key=lambda o: (o.created_at, o.pk)):
        first.setdefault(override.criterion_id, override)
    if grade.rubric is not None:
        slug = grade.rubric.slug
    else:
        slug = slugify(grade.rubric_name)[:80] or DEFAULT_RUBRIC.slug
    labels = []
    for c in grade.criterion_scores.all():
        before = first.get(c.pk)
        labels.append(
            CriterionLabel(
                grade=grade,
                review=review,
                rubric=grade.rubric,
                rubric_slug=slug,
                criterion_key=c.key,
                criterion_label=c.label[:200],
                machine_score=before.score_before if before else c.score,
                machine_applicable=before.applicable_before if before else c.applicable,
                human_score=c.score,
                human_applicable=c.applicable,
                max=c.max,
                by=by,
                created_at=now,
            )
        )
    CriterionLabel.objects.filter(grade=grade).delete()
    CriterionLabel.objects.bulk_create(labels)
    content_cache.bump()  # the criteria trusted for certification are cached under it
