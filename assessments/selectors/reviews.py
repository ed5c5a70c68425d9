"""Reads for reviewing grades: the review queue, one grade's review page, the outcome of
an agent's dispute.

Who sees which grade follows ``assessments.permissions.can_override_grade``:
``_in_scope`` is its queryset form (trainers and admins: everyone; managers: their
teams' people; nobody but an admin their own calls).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from accounts.permissions import is_admin, is_manager, is_trainer
from accounts.selectors import display_name
from courses.models import Skill

from ..flags import AGENT_DISPUTE, FLAG_LABELS, Reason, flag_reasons
from ..models import Grade, GradeDispute, GradeOverride, GradeReview, Section
from .calibration import untrusted_criteria
from .grades import criteria_in_sections, grades_needing_review, grades_with_rows, transcript_rows

QUEUE_PAGE_SIZE = 50
OTHER = Reason("other", _("Flagged for review"))


def _in_scope(grades: QuerySet, user) -> QuerySet:
    if is_admin(user):
        return grades
    if is_trainer(user):
        return grades.exclude(user=user)
    if is_manager(user):
        return grades.filter(user__teams__managers=user).exclude(user=user).distinct()
    return grades.none()


def open_dispute(grade: Grade) -> GradeDispute | None:
    """The grade's unanswered dispute (uses prefetched ``disputes`` when there are some)."""
    return next((d for d in grade.disputes.all() if d.is_open), None)


def last_review(grade: Grade) -> GradeReview | None:
    return max(grade.reviews.all(), key=lambda r: (r.created_at, r.pk), default=None)


def review_reasons(grade: Grade) -> tuple[Reason, ...]:
    """Why the grade waits for a person now (flags a review already answered left out)."""
    reasons = flag_reasons(grade.flags, open_only=True)
    if open_dispute(grade) is not None and AGENT_DISPUTE not in {r.code for r in reasons}:
        reasons = (*reasons, Reason(AGENT_DISPUTE, str(FLAG_LABELS[AGENT_DISPUTE])))
    return reasons or (OTHER,)


def review_baseline(grade: Grade) -> datetime:
    """Since when the grade has waited: overrides after this are this review's changes."""
    times = [grade.created_at]
    if (review := last_review(grade)) is not None:
        times.append(review.created_at)
    if (dispute := open_dispute(grade)) is not None:
        times.append(dispute.created_at)
    return max(times)


def changes_in_review(grade: Grade) -> list[GradeOverride]:
    """The overrides made since the grade started waiting for this review, oldest first."""
    since = review_baseline(grade)
    changes = [o for o in grade.overrides.all() if o.created_at >= since]
    return sorted(changes, key=lambda o: (o.created_at, o.pk))


@dataclass(frozen=True)
class QueueItem:
    grade: Grade
    agent_name: str
    reasons: tuple[Reason, ...]
    dispute: GradeDispute | None
    waiting_since: datetime


@dataclass(frozen=True)
class ReviewQueue:
    page: Page
    total: int
    reason: str
    reason_counts: tuple[tuple[Reason, int], ...]


def _queue_item(grade: Grade) -> QueueItem:
    reasons = review_reasons(grade)
    dispute = open_dispute(grade)
    flagged = [r for r in reasons if r.code != AGENT_DISPUTE]
    review = last_review(grade)
    since = []
    if dispute is not None:
        since.append(dispute.created_at)
    if flagged or dispute is None:
        since.append(review.created_at if review else grade.created_at)
    return QueueItem(grade, display_name(grade.user), reasons, dispute, min(since))


def review_queue_for(user, *, reason: str = "", page: int | str = 1) -> ReviewQueue:
    """The grades waiting for ``user``'s review, longest waiting first, by reason if given.

    Reasons live in each grade's ``flags`` (JSON), so they are read in Python; the queue
    holds only grades still waiting, which people keep short.
    """
    grades = _in_scope(grades_needing_review(), user).prefetch_related(
        Prefetch("disputes", queryset=GradeDispute.objects.select_related("by")),
        Prefetch("reviews", queryset=GradeReview.objects.all()),
    )
    items = sorted((_queue_item(g) for g in grades), key=lambda i: (i.waiting_since, i.grade.pk))
    counts = Counter(r.code for i in items for r in i.reasons)
    labels = {r.code: r for i in items for r in i.reasons}
    known = list(FLAG_LABELS)
    ordered = sorted(
        ((labels[code], n) for code, n in counts.items()),
        key=lambda rn: (known.index(rn[0].code) if rn[0].code in known else len(known), rn[0].code),
    )
    if reason:
        items = [i for i in items if reason in {r.code for r in i.reasons}]
    paginator = Paginator(items, QUEUE_PAGE_SIZE)
    return ReviewQueue(
        page=paginator.get_page(page),
        total=len(items),
        reason=reason,
        reason_counts=tuple(ordered),
    )


def grade_for_review(pk: int) -> Grade | None:
    return grades_with_rows().filter(pk=pk).first()


def _waiting(grade: Grade) -> bool:
    return grade.needs_review or open_dispute(grade) is not None


def review_page_for(grade: Grade) -> dict:
    """Everything the review page shows, decided here rather than in the template."""
    changes = changes_in_review(grade)
    return {
        "grade": grade,
        "session": grade.session,
        "person_name": display_name(grade.user),
        "criteria": criteria_in_sections(grade.criterion_scores.all()),
        "rows": transcript_rows(grade.session, grade) if grade.session_id else [],
        "dispute": open_dispute(grade),
        "changes": changes,
        "waiting": _waiting(grade),
        "untrusted": untrusted_criteria().get(grade.rubric_id, frozenset()),
        "section_labels": dict(Section.choices),
        "skill_names": dict(Skill.objects.values_list("slug", "name")),
    }


@dataclass(frozen=True)
class DisputeState:
    """What the agent's grade page says about disputing: the form, pending, or the outcome."""

    open: GradeDispute | None
    answered: tuple[GradeDispute, ...]  # newest first

    @property
    def latest_answer(self) -> GradeDispute | None:
        return self.answered[0] if self.answered else None


def dispute_state_for(grade: Grade) -> DisputeState:
    disputes = sorted(grade.disputes.all(), key=lambda d: d.created_at, reverse=True)
    return DisputeState(
        open=next((d for d in disputes if d.is_open), None),
        answered=tuple(d for d in disputes if not d.is_open),
    )
