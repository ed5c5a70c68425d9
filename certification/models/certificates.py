"""Certificate (one cycle of one person's certification) and its CertificateEvent history."""

import secrets
from datetime import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def verification_token() -> str:
    """An unguessable token for the public verification URL (about 190 bits)."""
    return secrets.token_urlsafe(24)


class CertificateStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    EXPIRING = "expiring", _("Expiring")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")
    RENEWED = "renewed", _("Renewed")


STATUS_BADGE = {
    CertificateStatus.ACTIVE: "ok",
    CertificateStatus.EXPIRING: "warn",
    CertificateStatus.EXPIRED: "bad",
    CertificateStatus.REVOKED: "bad",
    CertificateStatus.RENEWED: "muted",
}


def certificate_status(
    *,
    now: datetime,
    expires_at: datetime,
    window_starts_at: datetime,
    revoked_at: datetime | None,
    renewed_at: datetime | None,
) -> CertificateStatus:
    """The status at ``now``; pure, so the list views and the tests agree."""
    if revoked_at is not None:
        return CertificateStatus.REVOKED
    if renewed_at is not None:
        return CertificateStatus.RENEWED
    if now >= expires_at:
        return CertificateStatus.EXPIRED
    if now >= window_starts_at:
        return CertificateStatus.EXPIRING
    return CertificateStatus.ACTIVE


class CertificateQuerySet(models.QuerySet):
    def current(self):
        """Not revoked and not replaced by a later cycle (may still be expired)."""
        return self.filter(revoked_at__isnull=True, renewed_at__isnull=True)

    def valid(self, now=None):
        now = now or timezone.now()
        return self.current().filter(expires_at__gt=now)

    def in_window(self, now=None):
        now = now or timezone.now()
        return self.valid(now).filter(window_starts_at__lte=now)

    def with_status(self, now=None):
        """Annotate ``status_code`` in SQL so lists can filter and sort on it."""
        now = now or timezone.now()
        return self.annotate(
            status_code=models.Case(
                models.When(revoked_at__isnull=False, then=models.Value("revoked")),
                models.When(renewed_at__isnull=False, then=models.Value("renewed")),
                models.When(expires_at__lte=now, then=models.Value("expired")),
                models.When(window_starts_at__lte=now, then=models.Value("expiring")),
                default=models.Value("active"),
                output_field=models.CharField(),
            )
        )


class Certificate(models.Model):
    """One cycle of a person's certification in a program.

    Recertifying issues a new row (``cycle`` + 1, ``previous`` pointing back) and marks
    the old one renewed, so the history of every cycle is kept.
    """

    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("holder"),
    )
    program = models.ForeignKey(
        "certification.CertificationProgram",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("program"),
    )
    program_revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("program revision"),
    )
    cycle = models.PositiveSmallIntegerField(_("cycle"), default=1)
    previous = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_cycle",
        verbose_name=_("previous cycle"),
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    window_starts_at = models.DateTimeField(_("recertification window opens at"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates_issued",
        verbose_name=_("issued by"),
        help_text=_("Empty when the certificate was issued automatically."),
    )
    issue_reason = models.TextField(_("reason for a manual issue"), blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates_revoked",
        verbose_name=_("revoked by"),
    )
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    renewed_at = models.DateTimeField(_("renewed at"), null=True, blank=True)
    # When the cron noticed the window opening and the expiry (each acted on once).
    window_noticed_at = models.DateTimeField(null=True, blank=True, editable=False)
    expiry_noticed_at = models.DateTimeField(null=True, blank=True, editable=False)
    verification_token = models.CharField(
        _("verification token"), max_length=64, unique=True, default=verification_token
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        indexes = [
            models.Index(fields=["holder", "program"]),
            models.Index(fields=["expires_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["holder", "program", "cycle"], name="certificate_unique_cycle"
            )
        ]

    def __str__(self) -> str:
        return f"{self.program} · {self.holder} · #{self.cycle}"

    def get_absolute_url(self) -> str:
        return reverse("certification:certificate", args=[self.pk])

    def status_at(self, now: datetime | None = None) -> CertificateStatus:
        return certificate_status(
            now=now or timezone.now(),
            expires_at=self.expires_at,
            window_starts_at=self.window_starts_at,
            revoked_at=self.revoked_at,
            renewed_at=self.renewed_at,
        )

    @property
    def status(self) -> CertificateStatus:
        return self.status_at()

    @property
    def status_badge(self) -> str:
        return STATUS_BADGE[self.status]

    def get_verify_url(self) -> str:
        return reverse("certification:verify", args=[self.verification_token])

    @property
    def is_automatic(self) -> bool:
        return self.issued_by_id is None

    @property
    def days_left(self) -> int:
        return max(0, (self.expires_at - timezone.now()).days)


class EventKind(models.TextChoices):
    ISSUED = "issued", _("Issued")
    RECERTIFIED = "recertified", _("Recertified")
    WINDOW_OPENED = "window_opened", _("Recertification window opened")
    REENROLLED = "reenrolled", _("Re-enrolled")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class CertificateEvent(models.Model):
    """Every change to a certificate, in order (also written to Wagtail's audit log)."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="events", verbose_name=_("certificate")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificate_events",
        verbose_name=_("by"),
    )
    reason = models.TextField(_("reason"), blank=True)
    data = models.JSONField(_("data"), default=dict, blank=True)
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")

    def __str__(self) -> str:
        return f"{self.certificate_id} {self.kind}"
