"""What each import left on the site, so the next import can tell a trainer's edits apart."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PackRecord(models.Model):
    """One item a pack created or updated: fingerprints of the item and of the object it made.

    On the next import of a pack, an object whose fingerprint still matches was not edited
    on this site since, so a newer version of the item may replace it; one that no longer
    matches was edited by a trainer, and is left alone unless the import is told to
    overwrite.
    """

    kind = models.CharField(_("kind"), max_length=20)
    slug = models.CharField(_("slug"), max_length=160)
    locale = models.CharField(_("locale"), max_length=10, blank=True)
    pack = models.CharField(_("pack"), max_length=80)
    version = models.CharField(_("version"), max_length=40, blank=True)
    item_fingerprint = models.CharField(max_length=64)
    object_fingerprint = models.CharField(max_length=64)
    imported_at = models.DateTimeField(_("imported"), auto_now=True)

    class Meta:
        verbose_name = _("imported pack item")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "slug", "locale"], name="packs_one_record_per_item"
            )
        ]

    def __str__(self) -> str:
        return f"{self.pack} {self.kind} {self.slug}"
