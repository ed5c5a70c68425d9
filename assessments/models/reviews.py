"""People checking grades: an agent's dispute, a reviewer's completed review, and the
human labels every review leaves for calibrating the grader.

A ``GradeReview`` is the audit row of one completed review (who, when, accepted or
changed, why); the criterion-level changes themselves are ``GradeOverride`` rows. Each
completed review records one ``CriterionLabel`` per criterion of the grade: what the
machine gave (before any override) beside what the reviewer let stand, which is what
``assessments.selectors.calibration`` measures agreement on. Workflows live in
``assessments.services.reviews``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DISPUTE_MAX_CHARS = 1000


class ReviewDecision(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted as it stands")
    CHANGED = "changed", _("Changed")


class GradeDisputeQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class GradeDispute(models.Model):
    """An agent's "I think this grade is wrong", with their comment, until a review answers it."""

    grade = models.ForeignKey(
        "assessments.Grade", on_delete=models.CASCADE, related_name="disputes"
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="grade_disputes",
    )
    comment = models.TextField(_("comment"), max_length=DISPUTE_MAX_CHARS)
    created_at = models.DateTimeField(_("disputed"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="grade_disputes_resolved",
    )
    resolution_note = models.TextField(_("reviewer's note"), blank=True)
    review = models.OneToOneField(
        "assessments.GradeReview",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dispute",
    )

    objects = GradeDisputeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("grade dispute")
        verbose_name_plural = _("grade disputes")
        constraints = [
            models.UniqueConstraint(
                fields=["grade"],
                condition=models.Q(resolved_at__isnull=True),
                name="assessments_one_open_dispute_per_grade",
            )
        ]

    def __str__(self) -> str:
        return f"{self.grade} · {self.by}"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


class GradeReview(models.Model):
    """A completed review of a grade flagged for one: the audit trail of who decided what."""

    grade = models.ForeignKey("assessments.Grade", on_delete=models.CASCADE, related_name="reviews")
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="grade_reviews",
    )
    decision = models.CharField(_("decision"), max_length=10, choices=ReviewDecision.choices)
    reason = models.TextField(_("reason"), blank=True)
    score_before = models.PositiveSmallIntegerField(_("score before the review"))
    score_after = models.PositiveSmallIntegerField(_("score after the review"))
    created_at = models.DateTimeField(_("reviewed"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("grade review")
        verbose_name_plural = _("grade reviews")

    def __str__(self) -> str:
        return f"{self.grade} · {self.get_decision_display()}"


class CriterionLabel(models.Model):
    """A person's verdict on one criterion of one grade, beside the machine's first score.

    One per grade and criterion: a later review of the same grade replaces it.
    """

    grade = models.ForeignKey(
        "assessments.Grade", on_delete=models.CASCADE, related_name="criterion_labels"
    )
    review = models.ForeignKey(
        GradeReview, null=True, blank=True, on_delete=models.SET_NULL, related_name="labels"
    )
    rubric = models.ForeignKey(
        "assessments.Rubric",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="criterion_labels",
    )
    rubric_slug = models.SlugField(_("rubric"), max_length=80, blank=True)
    criterion_key = models.SlugField(_("criterion"), max_length=60)
    criterion_label = models.CharField(_("label"), max_length=200, blank=True)
    machine_score = models.PositiveSmallIntegerField(_("machine score"))
    human_score = models.PositiveSmallIntegerField(_("human score"))
    max = models.PositiveSmallIntegerField(_("maximum"), default=1)
    machine_applicable = models.BooleanField(_("machine: applies"), default=True)
    human_applicable = models.BooleanField(_("human: applies"), default=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="criterion_labels",
    )
    created_at = models.DateTimeField(_("labelled"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("criterion label")
        verbose_name_plural = _("criterion labels")
        constraints = [
            models.UniqueConstraint(
                fields=["grade", "criterion_key"], name="assessments_one_label_per_criterion"
            )
        ]
        indexes = [models.Index(fields=["rubric", "criterion_key"])]

    def __str__(self) -> str:
        return f"{self.criterion_key}: {self.machine_score} / {self.human_score}"
