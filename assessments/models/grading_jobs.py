"""The grading queue: one row per finished call that must be graded, with its attempts.

A call that ends is recorded here before its grade is asked for, so no finished call
can be silently left ungraded: a failure is kept (the error, the attempts, when it is
tried next) for admins to see, the background task retries it with a growing delay,
and ``manage.py grade_pending`` grades whatever is still waiting.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class GradingStatus(models.TextChoices):
    PENDING = "pending", _("Being graded")
    RETRYING = "retrying", _("Failed, will be retried")
    FAILED = "failed", _("Failed, retries used up")
    GRADED = "graded", _("Graded")


class GradingJob(models.Model):
    session = models.OneToOneField(
        "simulations.SimulationSession",
        on_delete=models.CASCADE,
        related_name="grading_job",
        verbose_name=_("call"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=GradingStatus.choices, default=GradingStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    created_at = models.DateTimeField(_("queued"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    graded_at = models.DateTimeField(_("graded"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("grading job")
        verbose_name_plural = _("grading queue")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.session} · {self.get_status_display()}"

    @property
    def is_waiting(self) -> bool:
        """The grade is still to come (being graded, or retried after a failure)."""
        return self.status in (GradingStatus.PENDING, GradingStatus.RETRYING)
