"""CsvExport: a large export written in the background and downloaded when ready."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ExportKind(models.TextChoices):
    TEAM = "team", _("Team table")
    GRADES = "grades", _("Grades")


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Writing")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class CsvExport(models.Model):
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="csv_exports",
        verbose_name=_("requested by"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ExportKind.choices)
    team = models.ForeignKey(
        "accounts.Team",
        on_delete=models.CASCADE,
        related_name="csv_exports",
        verbose_name=_("team"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING
    )
    file = models.FileField(_("file"), upload_to="exports/%Y/%m/", blank=True)
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("CSV export")
        verbose_name_plural = _("CSV exports")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.team} · {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_ready(self) -> bool:
        return self.status == ExportStatus.READY

    @property
    def is_finished(self) -> bool:
        return self.status in (ExportStatus.READY, ExportStatus.FAILED)
