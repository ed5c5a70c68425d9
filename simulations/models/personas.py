"""Personas: who the customer is (a Wagtail snippet trainers author), and their triggers.

A persona's temperament, starting mood and patience, and the cues that calm or inflame
them (``CalmingTrigger``, ``InflamingTrigger``). ``to_data()`` turns a persona into the
frozen ``PersonaData`` the pure conversation code works on (``simulations.engines.base``).
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.admin.widgets.slug import SlugInput
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
)
from wagtail.search import index

from ..engines.base import PersonaData, Trigger
from ..mood import TRIGGER_PSEUDO_CUES
from ..understanding.kinds import CueKind

# Trigger rows may name any cue kind, or one of the mood model's pseudo cues (behaviour,
# not phrases). Both come from their one definition; migrations keep their own literal copy.
CUE_CHOICES = [*CueKind.choices(), *TRIGGER_PSEUDO_CUES.items()]
CUE_LABELS = dict(CUE_CHOICES)


class Temperament(models.TextChoices):
    ANGRY = "angry", _("Angry")
    CONFUSED = "confused", _("Confused")
    IMPATIENT = "impatient", _("Impatient")
    ANXIOUS = "anxious", _("Anxious")
    SKEPTICAL = "skeptical", _("Skeptical")
    TALKATIVE = "talkative", _("Talkative")
    LOW_TECH = "low_tech", _("Low-tech")
    BUSY = "busy", _("Busy")
    SUSPICIOUS = "suspicious", _("Suspicious of the call")
    OPEN = "open", _("Open to an offer")


class Voice(models.TextChoices):
    """A hint for the browser's speech synthesis; the browser picks the closest voice."""

    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OLDER_FEMALE = "older_female", _("Older female")
    OLDER_MALE = "older_male", _("Older male")
    NEUTRAL = "neutral", _("Any")


class Persona(
    PreviewableMixin,
    LockableMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """Who the customer is: temperament, mood, patience and what calms or inflames them."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Names the persona in content packs; follows the name until you type one."),
    )
    temperament = models.CharField(
        _("temperament"), max_length=20, choices=Temperament.choices, default=Temperament.ANGRY
    )
    starting_mood = models.PositiveSmallIntegerField(
        _("starting mood"),
        default=30,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("0 is furious or distraught, 100 content."),
    )
    patience = models.PositiveSmallIntegerField(
        _("patience"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("How many poor agent turns the customer tolerates before hanging up."),
    )
    speaking_style = models.TextField(
        _("speaking style"),
        blank=True,
        help_text=_("How they talk: short sentences, rambling, sarcastic, formal…"),
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    voice = models.CharField(
        _("voice"),
        max_length=20,
        choices=Voice.choices,
        default=Voice.NEUTRAL,
        help_text=_("Used for the browser's speech synthesis in voice mode."),
    )
    address_term = models.CharField(
        _("calls the agent"),
        max_length=30,
        blank=True,
        help_text=_("A term of address the customer uses now and then: “dear”, “son”, “love”."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    panels = [
        TitleFieldPanel("name", placeholder=False),
        FieldPanel("slug", widget=SlugInput),
        FieldRowPanel([FieldPanel("temperament"), FieldPanel("language"), FieldPanel("voice")]),
        FieldRowPanel([FieldPanel("starting_mood"), FieldPanel("patience")]),
        FieldPanel("speaking_style"),
        FieldPanel("address_term"),
    ]
    trigger_panels = [
        InlinePanel("calming_triggers", heading=_("Calmed by"), label=_("Calming trigger")),
        InlinePanel("inflaming_triggers", heading=_("Inflamed by"), label=_("Inflaming trigger")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(panels, heading=_("Persona")),
            ObjectList(trigger_panels, heading=_("Triggers")),
        ]
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("persona")
        verbose_name_plural = _("personas")

    def __str__(self) -> str:
        return f"{self.name} ({self.get_temperament_display()})"

    def to_data(self) -> PersonaData:
        return PersonaData(
            name=self.name,
            temperament=self.temperament,
            starting_mood=self.starting_mood,
            patience=self.patience,
            calmed_by=tuple(t.to_data() for t in self.calming_triggers.all()),
            inflamed_by=tuple(t.to_data() for t in self.inflaming_triggers.all()),
            speaking_style=self.speaking_style,
            language=self.language,
            voice_hint=self.voice,
            address_term=self.address_term,
        )

    def get_preview_template(self, request, mode_name):
        return "simulations/preview/persona.html"


class TriggerBase(Orderable):
    cue = models.CharField(_("cue"), max_length=40, choices=CUE_CHOICES)
    strength = models.PositiveSmallIntegerField(
        _("strength"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("1 slight to 10 strong."),
    )

    panels = [FieldRowPanel([FieldPanel("cue"), FieldPanel("strength")])]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self) -> str:
        return f"{self.get_cue_display()} ({self.strength})"

    def to_data(self) -> Trigger:
        return Trigger(cue=self.cue, strength=self.strength)


class CalmingTrigger(TriggerBase):
    persona = ParentalKey(Persona, on_delete=models.CASCADE, related_name="calming_triggers")


class InflamingTrigger(TriggerBase):
    persona = ParentalKey(Persona, on_delete=models.CASCADE, related_name="inflaming_triggers")
