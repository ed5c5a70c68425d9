"""CertificationProgram: a rung of the career ladder and what it takes to reach it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from ..blocks import RequirementsBlock


class Level(models.TextChoices):
    """The career ladder in the source material, lowest first."""

    JUNIOR_AGENT = "junior_agent", _("Junior agent")
    AGENT = "agent", _("Agent")
    SENIOR_AGENT = "senior_agent", _("Senior agent")
    TEAM_LEAD = "team_lead", _("Team lead")


LEVEL_ORDER = {level: i for i, level in enumerate(Level)}


class CertificationProgramQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def ladder(self):
        return self.order_by(
            models.Case(
                *(models.When(level=lvl, then=models.Value(i)) for lvl, i in LEVEL_ORDER.items()),
                output_field=models.IntegerField(),
            ),
            "title",
        )


class CertificationProgram(
    DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model
):
    """What a trainer configures: the requirements, the validity and the renewal window.

    A certificate pins the revision it was issued against, so editing a program never
    changes what an existing certificate meant.
    """

    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    title = models.CharField(_("title"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    description = models.TextField(_("description"), blank=True)
    validity_months = models.PositiveSmallIntegerField(
        _("validity (months)"), default=12, help_text=_("How long a certificate stays valid.")
    )
    recert_window_days = models.PositiveSmallIntegerField(
        _("recertification window (days)"),
        default=60,
        help_text=_("How many days before expiry the certificate shows as expiring."),
    )
    auto_reenrol = models.BooleanField(
        _("re-enrol automatically"),
        default=True,
        help_text=_(
            "When the window opens, enrol the holder again in the program's courses "
            "(and reset nothing: they recertify by meeting the requirements again)."
        ),
    )

    requirements = StreamField(
        RequirementsBlock(),
        blank=True,
        verbose_name=_("requirements"),
        help_text=_("All must be met. A certificate is issued automatically the moment they are."),
    )

    objects = CertificationProgramQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("slug"), FieldPanel("level")], heading=_("Program")
        ),
        FieldPanel("description"),
        FieldPanel("requirements"),
        MultiFieldPanel(
            [
                FieldPanel("validity_months"),
                FieldPanel("recert_window_days"),
                FieldPanel("auto_reenrol"),
            ],
            heading=_("Validity and renewal"),
        ),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["title"]
        verbose_name = _("certification program")
        verbose_name_plural = _("certification programs")

    def __str__(self) -> str:
        return self.title

    def get_preview_template(self, request, mode_name):
        return "certification/program_preview.html"

    def get_preview_context(self, request, mode_name):
        from ..blocks import requirements_from_stream
        from ..requirements import LearnerRecord, program_evaluate

        context = super().get_preview_context(request, mode_name)
        context["preview_result"] = program_evaluate(
            requirements_from_stream(self.requirements), LearnerRecord()
        )
        return context
