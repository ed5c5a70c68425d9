"""Grades of simulation sessions, per-criterion scores with evidence, and overrides.

A grade pins the rubric revision it was taken against and copies each criterion's
weight, maximum and critical flag, so editing a rubric never silently regrades history;
a trainer's override recomputes the total from these rows alone.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Grade(models.Model):
    session = models.OneToOneField(
        "simulations.SimulationSession",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="grade",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="grades"
    )
    scenario = models.ForeignKey(
        "simulations.Scenario", on_delete=models.PROTECT, related_name="grades"
    )
    rubric = models.ForeignKey(
        "assessments.Rubric",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="grades",
    )
    rubric_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rubric_name = models.CharField(_("rubric"), max_length=160, blank=True)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark"), default=70)
    score = models.PositiveSmallIntegerField(_("score"), default=0)
    passed = models.BooleanField(_("passed"), default=False)
    critical_fail = models.BooleanField(_("critical fail"), default=False)
    flags = models.JSONField(_("flags"), default=list, blank=True)
    needs_review = models.BooleanField(_("needs review"), default=False)
    grader = models.CharField(_("grader"), max_length=20, default="offline")
    offline_score = models.PositiveSmallIntegerField(
        _("offline grader's score"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("graded"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("grade")
        verbose_name_plural = _("grades")
        indexes = [
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["scenario", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.scenario} · {self.user} · {self.score}"

    @property
    def is_overridden(self) -> bool:
        return any(c.overridden for c in self.criterion_scores.all())


class CriterionScore(models.Model):
    grade = models.ForeignKey(Grade, on_delete=models.CASCADE, related_name="criterion_scores")
    position = models.PositiveSmallIntegerField(default=0)
    key = models.CharField(_("key"), max_length=60)
    label = models.CharField(_("label"), max_length=200)
    section = models.CharField(_("section"), max_length=20, blank=True)
    score = models.PositiveSmallIntegerField(_("score"), default=0)
    max = models.PositiveSmallIntegerField(_("maximum"), default=1)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    critical = models.BooleanField(_("critical"), default=False)
    applicable = models.BooleanField(_("applicable"), default=True)
    evidence = models.JSONField(_("evidence"), default=list, blank=True)  # [{"turn", "quote"}]
    tip = models.TextField(_("coaching tip"), blank=True)
    note = models.TextField(_("note"), blank=True)
    skills = models.JSONField(_("skills"), default=list, blank=True)  # skill slugs
    overridden = models.BooleanField(_("overridden"), default=False)

    class Meta:
        ordering = ["grade", "position"]
        verbose_name = _("criterion score")
        verbose_name_plural = _("criterion scores")
        constraints = [
            models.UniqueConstraint(fields=["grade", "key"], name="assessments_criterion_unique")
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.score}/{self.max}"

    @property
    def failed_critical(self) -> bool:
        return self.critical and self.applicable and self.score < self.max

    @property
    def percent(self) -> int:
        return round(100 * self.score / self.max) if self.max else 0


class GradeOverride(models.Model):
    """The audit trail: who changed a criterion's score, when, from what, to what, and why."""

    grade = models.ForeignKey(Grade, on_delete=models.CASCADE, related_name="overrides")
    criterion = models.ForeignKey(
        CriterionScore, on_delete=models.CASCADE, related_name="overrides"
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="grade_overrides",
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    score_before = models.PositiveSmallIntegerField(_("score before"))
    score_after = models.PositiveSmallIntegerField(_("score after"))
    applicable_before = models.BooleanField(default=True)
    applicable_after = models.BooleanField(default=True)
    total_before = models.PositiveSmallIntegerField(_("total before"))
    total_after = models.PositiveSmallIntegerField(_("total after"))
    reason = models.TextField(_("reason"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("grade override")
        verbose_name_plural = _("grade overrides")

    def __str__(self) -> str:
        return f"{self.criterion.label}: {self.score_before} → {self.score_after}"
