"""Skill evidence: one row per skill each graded activity touched (quiz question, criterion).

``assessments.selectors.skill_profile_for`` weighs these by recency into a profile.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EvidenceSource(models.TextChoices):
    QUIZ = "quiz", _("Quiz")
    CALL = "call", _("Graded call")


class SkillEvidence(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="skill_evidence"
    )
    skill = models.ForeignKey("courses.Skill", on_delete=models.CASCADE, related_name="evidence")
    score = models.PositiveSmallIntegerField(_("score"), validators=[MaxValueValidator(100)])
    weight = models.FloatField(_("weight"), default=1.0)
    source = models.CharField(_("source"), max_length=10, choices=EvidenceSource.choices)
    label = models.CharField(_("activity"), max_length=200, blank=True)
    url = models.CharField(_("link"), max_length=300, blank=True)
    quiz_attempt = models.ForeignKey(
        "assessments.QuizAttempt",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="skill_evidence",
    )
    grade = models.ForeignKey(
        "assessments.Grade",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="skill_evidence",
    )
    occurred_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["-occurred_at"]
        verbose_name = _("skill evidence")
        verbose_name_plural = _("skill evidence")
        indexes = [models.Index(fields=["user", "skill", "-occurred_at"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.skill} · {self.score}"
