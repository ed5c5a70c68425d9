"""Teams and profiles. Users are Django's own; roles are groups (see roles.py); API tokens
are Wagtail's ``APIToken`` (hashed with HMAC-SHA-256, shown once). A ``Profile`` holds what
a person chose for themselves that must outlive a browser's cookies (their language).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class TeamQuerySet(models.QuerySet):
    def managed_by(self, user):
        return self.filter(managers=user)


class Team(index.Indexed, models.Model):
    """A group of agents and new hires led by one or more managers."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="managed_teams",
        blank=True,
        verbose_name=_("managers"),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="teams", blank=True, verbose_name=_("members")
    )

    objects = TeamQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("managers"),
        FieldPanel("members"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self) -> str:
        return self.name


class Profile(models.Model):
    """What a person chose for themselves: one row per user, created when first needed."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("person"),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_(
            "The language of the pages after signing in, and of emails and reminders. "
            "Empty: the site's default language."
        ),
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return str(self.user)


def language_of(user) -> str:
    """The language this person chose ("" when they never chose one). Reads
    ``user.profile``, so ``select_related("profile")`` saves the query."""
    try:
        return user.profile.language
    except Profile.DoesNotExist:
        return ""
