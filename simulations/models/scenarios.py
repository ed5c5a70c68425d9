"""Scenarios: the situation a persona calls about (a Wagtail snippet trainers author).

The briefing the agent reads, what the customer wants, what they accept and the call's
limits. The rows a scenario is authored with (hidden facts, resolutions, steps, customer
lines) are in ``scenario_rows``. ``to_data()`` turns a scenario into the frozen
``ScenarioData`` the pure conversation code works on (``simulations.engines.base``).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.admin.widgets.slug import SlugInput
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index

from ..authoring import ScenarioAdminForm, accept_requires_errors
from ..engines.base import ScenarioData
from ..mood import BANDS, band_label
from .personas import Persona


def _lines(text: str) -> tuple[str, ...]:
    """Non-empty lines (or comma-separated items) of a trainer-entered list, lower-cased."""
    items = [p for line in (text or "").splitlines() for p in line.split(",")]
    return tuple(s.strip().lower() for s in items if s.strip())


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone call")
    CHAT = "chat", _("Chat")
    EMAIL = "email", _("Email")
    SOCIAL = "social", _("Social media")


class Direction(models.TextChoices):
    INBOUND = "inbound", _("Inbound")
    OUTBOUND = "outbound", _("Outbound")


class Difficulty(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class ScenarioQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)


class Scenario(
    TranslatableMixin,
    PreviewableMixin,
    LockableMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """A situation a persona calls about: the briefing, hidden facts, policy and limits."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=160)
    persona = models.ForeignKey(
        Persona, on_delete=models.PROTECT, related_name="scenarios", verbose_name=_("persona")
    )
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.PHONE
    )
    direction = models.CharField(
        _("direction"),
        max_length=10,
        choices=Direction.choices,
        default=Direction.INBOUND,
        help_text=_("Inbound: the customer contacts us. Outbound: the agent calls the customer."),
    )
    difficulty = models.CharField(
        _("difficulty"), max_length=20, choices=Difficulty.choices, default=Difficulty.BEGINNER
    )
    skills = ParentalManyToManyField(
        "courses.Skill", related_name="scenarios", blank=True, verbose_name=_("skills practised")
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language the customer speaks."),
    )
    customer_name = models.CharField(
        _("customer name"),
        max_length=120,
        help_text=_("How the agent should address the customer, e.g. “Mrs Alvarez”."),
    )
    summary = models.CharField(
        _("summary"), max_length=240, blank=True, help_text=_("One line for the library card.")
    )
    # The briefing the agent reads before the call.
    customer_record = models.TextField(
        _("customer record"),
        blank=True,
        help_text=_("One “Label: value” per line, e.g. “Member since: 2019”."),
    )
    order_details = models.TextField(
        _("order details"), blank=True, help_text=_("One “Label: value” per line.")
    )
    policy_excerpt = models.TextField(
        _("policy excerpt"), blank=True, help_text=_("The policy that applies, as agents see it.")
    )
    # What the customer wants (seen by the engine, not the agent's briefing).
    problem = models.TextField(_("problem"))
    goal = models.TextField(_("goal"))
    opening_line = models.TextField(
        _("opening line"),
        help_text=_(
            "The customer's first words; an email's body; a social post; on an outbound call, "
            "how they answer the phone."
        ),
    )
    opening_subject = models.CharField(
        _("email subject"),
        max_length=200,
        blank=True,
        help_text=_("Email scenarios: the subject of the customer's email."),
    )
    earlier_thread = models.TextField(
        _("earlier messages"),
        blank=True,
        help_text=_("Email scenarios: an earlier message quoted below the customer's email."),
    )
    private_opening_line = models.TextField(
        _("first direct message"),
        blank=True,
        help_text=_(
            "Social scenarios: what the customer writes once the agent moves the conversation "
            "to a private message."
        ),
    )
    accept_requires = models.CharField(
        _("accepts only after"),
        max_length=255,
        blank=True,
        help_text=_(
            "Cue kinds (e.g. verification, empathy) and/or hidden-fact keys the agent must "
            "have achieved before the customer accepts a resolution; comma-separated."
        ),
    )
    prefers = models.CharField(
        _("prefers"),
        max_length=255,
        blank=True,
        help_text=_(
            "Resolution keys in the customer's order of preference, comma-separated: which "
            "option they pick when offered a choice. Empty: the first that meets their goal."
        ),
    )
    acceptance_note = models.TextField(
        _("acceptance note"),
        blank=True,
        help_text=_("In words, what makes the customer accept: “accepts a reship once verified”."),
    )
    max_turns = models.PositiveSmallIntegerField(
        _("turn limit"),
        default=20,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("For an email, how many replies the agent may send."),
    )
    time_limit_seconds = models.PositiveIntegerField(
        _("time limit (seconds)"),
        default=600,
        validators=[MinValueValidator(30), MaxValueValidator(7200)],
    )
    target_handle_seconds = models.PositiveIntegerField(
        _("target handle time (seconds)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(30), MaxValueValidator(7200)],
        help_text=_(
            "What a good contact of this kind usually takes. Shown to the agent beside the "
            "elapsed time, never as a countdown; the optional efficiency criterion uses it."
        ),
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="scenarios",
        verbose_name=_("lesson that teaches it"),
    )

    objects = ScenarioQuerySet.as_manager()

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("slug"),
        index.AutocompleteField("slug"),
        index.FilterField("live"),
    ]

    content_panels = [
        # The slug follows the title until the trainer types their own; once published, never.
        TitleFieldPanel("title", placeholder=False),
        FieldPanel("slug", widget=SlugInput),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("persona"), FieldPanel("customer_name")]),
        FieldRowPanel([FieldPanel("channel"), FieldPanel("direction")]),
        FieldRowPanel([FieldPanel("difficulty"), FieldPanel("language")]),
        FieldPanel("skills"),
        FieldPanel("lesson"),
    ]
    briefing_panels = [
        FieldPanel("customer_record"),
        FieldPanel("order_details"),
        FieldPanel("policy_excerpt"),
    ]
    customer_panels = [
        MultiFieldPanel(
            [FieldPanel("problem"), FieldPanel("goal"), FieldPanel("opening_line")],
            heading=_("The customer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("opening_subject"),
                FieldPanel("earlier_thread"),
                FieldPanel("private_opening_line"),
            ],
            heading=_("Email and social"),
            classname="collapsed",
        ),
        InlinePanel("hidden_facts", heading=_("Hidden facts"), label=_("Hidden fact")),
        InlinePanel("customer_lines", heading=_("Customer lines"), label=_("Line")),
    ]
    resolution_panels = [
        InlinePanel("resolutions", heading=_("Resolutions"), label=_("Resolution")),
        FieldPanel("accept_requires"),
        FieldPanel("prefers"),
        FieldPanel("acceptance_note"),
    ]
    step_panels = [InlinePanel("steps", heading=_("Steps"), label=_("Step"))]
    limit_panels = [
        FieldRowPanel([FieldPanel("max_turns"), FieldPanel("time_limit_seconds")]),
        FieldPanel("target_handle_seconds"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Scenario")),
            ObjectList(briefing_panels, heading=_("Briefing")),
            ObjectList(customer_panels, heading=_("Customer")),
            ObjectList(resolution_panels, heading=_("Resolutions")),
            ObjectList(step_panels, heading=_("Steps")),
            ObjectList(limit_panels, heading=_("Limits")),
        ]
    )
    base_form_class = ScenarioAdminForm  # gives clean() the hidden facts being saved

    class Meta(TranslatableMixin.Meta):
        ordering = ["title"]
        verbose_name = _("scenario")
        verbose_name_plural = _("scenarios")

    def __str__(self) -> str:
        return self.title

    def copy_for_translation(self, locale, exclude_fields=None):
        """A draft copy to translate (Wagtail's **Translate**): its own slug, the locale's
        language, not live until a trainer has translated and published it."""
        copy = super().copy_for_translation(locale, exclude_fields=exclude_fields)
        code = locale.language_code
        base, n = f"{self.slug}-{code.lower()}"[:76], 2
        copy.slug = base
        while Scenario.objects.filter(slug=copy.slug).exists():
            copy.slug, n = f"{base}-{n}", n + 1
        if code in dict(settings.LANGUAGES):
            copy.language = code
        copy.live, copy.has_unpublished_changes = False, True
        copy.live_revision = copy.latest_revision = None
        return copy

    def clean(self):
        """“Accepts only after” names only cue kinds and this scenario's hidden-fact keys."""
        super().clean()
        if message := accept_requires_errors(self):
            raise ValidationError({"accept_requires": message})

    # Derived, for the briefing template.
    @property
    def customer_record_rows(self) -> list[tuple[str, str]]:
        return _label_rows(self.customer_record)

    @property
    def order_details_rows(self) -> list[tuple[str, str]]:
        return _label_rows(self.order_details)

    @property
    def time_limit_minutes(self) -> int:
        return max(1, round(self.time_limit_seconds / 60))

    @property
    def is_outbound(self) -> bool:
        return self.direction == Direction.OUTBOUND

    def to_data(self) -> ScenarioData:
        lines: dict[str, dict[str, tuple[str, ...]]] = {}
        for line in self.customer_lines.all():
            bands = BANDS if line.band == MoodBand.ANY else (line.band,)
            for band in bands:
                per_intent = lines.setdefault(line.intent, {})
                per_intent[band] = (*per_intent.get(band, ()), line.text)
        return ScenarioData(
            slug=self.slug,
            title=self.title,
            channel=self.channel,
            direction=self.direction,
            difficulty=self.difficulty,
            language=self.language,
            customer_name=self.customer_name,
            problem=self.problem,
            goal=self.goal,
            opening_line=self.opening_line,
            opening_subject=self.opening_subject,
            earlier_thread=self.earlier_thread,
            private_opening_line=self.private_opening_line,
            hidden_facts=tuple(f.to_data() for f in self.hidden_facts.all()),
            resolutions=tuple(r.to_data() for r in self.resolutions.all()),
            accept_requires=_lines(self.accept_requires),
            acceptance_note=self.acceptance_note,
            policy_excerpt=self.policy_excerpt,
            customer_lines=lines,
            steps=tuple(step.to_data() for step in self.steps.all()),
            prefers=_lines(self.prefers),
            max_turns=self.max_turns,
            time_limit_seconds=self.time_limit_seconds,
            target_handle_seconds=self.target_handle_seconds,
        )

    def get_preview_template(self, request, mode_name):
        return "simulations/preview/scenario.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["scenario"] = self
        context["preview"] = True
        return context


def _label_rows(text: str) -> list[tuple[str, str]]:
    rows = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        label, sep, value = line.partition(":")
        rows.append((label.strip(), value.strip()) if sep else ("", line.strip()))
    return rows


# A customer line's mood: any, or one band of the mood scale (simulations.mood.MOOD_SCALE).
MoodBand = models.TextChoices(
    "MoodBand",
    [("ANY", ("any", _("Any mood"))), *((b.upper(), (b, band_label(b))) for b in BANDS)],
)
