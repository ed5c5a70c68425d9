"""Personas and scenarios (Wagtail snippets trainers author), and the sessions agents play.

Models hold fields, small derived properties and ``to_data()`` conversions into the
frozen dataclasses the pure conversation code works on (``simulations.engines.base``).
Workflows (starting a session, recording a turn, asking the engine) live in
``services.py``; nothing here calls an engine or another app.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
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
    Orderable,
    PreviewableMixin,
    RevisionMixin,
)
from wagtail.search import index

from .authoring import ScenarioAdminForm, accept_requires_errors
from .engines.base import (
    HiddenFact,
    Intent,
    Outcome,
    PersonaData,
    Resolution,
    ScenarioData,
    Speaker,
    Step,
    TranscriptLine,
    Trigger,
)
from .mood import BANDS, TRIGGER_PSEUDO_CUES, band_label
from .understanding.kinds import NEGATIVE_KINDS, CueKind

# Trigger rows may name any cue kind, or one of the mood model's pseudo cues (behaviour,
# not phrases). Both come from their one definition; migrations keep their own literal copy.
CUE_CHOICES = [*CueKind.choices(), *TRIGGER_PSEUDO_CUES.items()]
CUE_LABELS = dict(CUE_CHOICES)


def _lines(text: str) -> tuple[str, ...]:
    """Non-empty lines (or comma-separated items) of a trainer-entered list, lower-cased."""
    items = [p for line in (text or "").splitlines() for p in line.split(",")]
    return tuple(s.strip().lower() for s in items if s.strip())


# -- Persona -----------------------------------------------------------------------------


class Temperament(models.TextChoices):
    ANGRY = "angry", _("Angry")
    CONFUSED = "confused", _("Confused")
    IMPATIENT = "impatient", _("Impatient")
    ANXIOUS = "anxious", _("Anxious")
    SKEPTICAL = "skeptical", _("Skeptical")
    TALKATIVE = "talkative", _("Talkative")
    LOW_TECH = "low_tech", _("Low-tech")


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
        FieldPanel("name"),
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


# -- Scenario ----------------------------------------------------------------------------


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone call")
    CHAT = "chat", _("Chat")


class Difficulty(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class ScenarioQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)


class Scenario(
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
    opening_line = models.TextField(_("opening line"))
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
        _("turn limit"), default=20, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    time_limit_seconds = models.PositiveIntegerField(
        _("time limit (seconds)"),
        default=600,
        validators=[MinValueValidator(30), MaxValueValidator(7200)],
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
        FieldRowPanel([FieldPanel("channel"), FieldPanel("difficulty"), FieldPanel("language")]),
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
    limit_panels = [FieldRowPanel([FieldPanel("max_turns"), FieldPanel("time_limit_seconds")])]
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

    class Meta:
        ordering = ["title"]
        verbose_name = _("scenario")
        verbose_name_plural = _("scenarios")

    def __str__(self) -> str:
        return self.title

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
            difficulty=self.difficulty,
            language=self.language,
            customer_name=self.customer_name,
            problem=self.problem,
            goal=self.goal,
            opening_line=self.opening_line,
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


class ScenarioHiddenFact(Orderable):
    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="hidden_facts")
    key = models.SlugField(_("key"), max_length=60, help_text=_("e.g. order_number"))
    label = models.CharField(_("label"), max_length=120)
    value = models.CharField(_("value"), max_length=255)
    earned_by = models.TextField(
        _("earned by"),
        help_text=_("Phrases the agent's question must contain (any one); one per line."),
    )
    reveal_line = models.TextField(_("reveal line"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("label"), FieldPanel("value")]),
        FieldPanel("earned_by"),
        FieldPanel("reveal_line"),
    ]

    def __str__(self) -> str:
        return self.label

    def to_data(self) -> HiddenFact:
        return HiddenFact(
            key=self.key,
            label=self.label,
            value=self.value,
            earned_by=_lines(self.earned_by),
            reveal_line=self.reveal_line,
        )


class ScenarioResolution(Orderable):
    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="resolutions")
    key = models.SlugField(_("key"), max_length=60)
    label = models.CharField(_("label"), max_length=160)
    phrases = models.TextField(
        _("phrases"), help_text=_("Phrases that mean the agent is offering it; one per line.")
    )
    allowed = models.BooleanField(_("allowed by policy"), default=True)
    satisfies = models.BooleanField(
        _("meets the customer's goal"),
        default=True,
        help_text=_("An allowed resolution the customer can accept."),
    )
    customer_reaction = models.TextField(_("customer's reaction"), blank=True)
    requires = models.CharField(
        _("accepts this only after"),
        max_length=255,
        blank=True,
        help_text=_(
            "On top of the scenario's “accepts only after”: cue kinds and/or hidden-fact "
            "keys this resolution needs, comma-separated. The customer does not volunteer "
            "these facts: the agent has to find them out."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("label")]),
        FieldPanel("phrases"),
        FieldRowPanel([FieldPanel("allowed"), FieldPanel("satisfies")]),
        FieldPanel("requires"),
        FieldPanel("customer_reaction"),
    ]

    def __str__(self) -> str:
        return self.label

    def to_data(self) -> Resolution:
        return Resolution(
            key=self.key,
            label=self.label,
            phrases=_lines(self.phrases),
            allowed=self.allowed,
            satisfies=self.satisfies,
            customer_reaction=self.customer_reaction,
            requires=_lines(self.requires),
        )


class ScenarioStep(Orderable):
    """A step the agent has the customer do (troubleshooting) or does on the account, what
    the customer reports after it, and what it changes; the state carries through the call."""

    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="steps")
    key = models.SlugField(_("key"), max_length=60, help_text=_("e.g. reconnect_wifi"))
    label = models.CharField(_("label"), max_length=160)
    phrases = models.TextField(
        _("phrases"),
        help_text=_("Phrases of the agent's instruction that performs it; one per line."),
    )
    requires = models.CharField(
        _("after"),
        max_length=255,
        blank=True,
        help_text=_("Step keys that must be done first, comma-separated."),
    )
    report = models.TextField(
        _("customer reports"), help_text=_("What the customer says once it is done.")
    )
    blocked_report = models.TextField(
        _("customer reports when too early"),
        blank=True,
        help_text=_("What the customer says when it is tried before the steps it needs."),
    )
    fact = models.SlugField(
        _("changes fact"),
        max_length=60,
        blank=True,
        help_text=_("The key of the hidden fact this step changes, e.g. light_colour."),
    )
    value = models.CharField(
        _("new value"),
        max_length=255,
        blank=True,
        help_text=_("The fact's value afterwards, as the customer would say it."),
    )
    solves = models.BooleanField(
        _("solves the problem"),
        default=False,
        help_text=_("Once done, the customer's problem is solved."),
    )

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("label")]),
        FieldPanel("phrases"),
        FieldPanel("requires"),
        FieldPanel("report"),
        FieldPanel("blocked_report"),
        FieldRowPanel([FieldPanel("fact"), FieldPanel("value"), FieldPanel("solves")]),
    ]

    def __str__(self) -> str:
        return self.label

    def to_data(self) -> Step:
        return Step(
            key=self.key,
            label=self.label,
            phrases=_lines(self.phrases),
            report=self.report,
            requires=_lines(self.requires),
            blocked_report=self.blocked_report,
            fact=self.fact,
            value=self.value,
            solves=self.solves,
        )


# A customer line's mood: any, or one band of the mood scale (simulations.mood.MOOD_SCALE).
MoodBand = models.TextChoices(
    "MoodBand",
    [("ANY", ("any", _("Any mood"))), *((b.upper(), (b, band_label(b))) for b in BANDS)],
)


class ScenarioCustomerLine(Orderable):
    """An optional line the customer may use for an intent and mood (the engine has its own)."""

    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="customer_lines")
    intent = models.CharField(
        _("intent"), max_length=30, choices=[(i.value, i.value.replace("_", " ")) for i in Intent]
    )
    band = models.CharField(
        _("mood"), max_length=10, choices=MoodBand.choices, default=MoodBand.ANY
    )
    text = models.TextField(_("line"))

    panels = [FieldRowPanel([FieldPanel("intent"), FieldPanel("band")]), FieldPanel("text")]

    def __str__(self) -> str:
        return self.text[:60]


# -- Sessions ----------------------------------------------------------------------------


class SessionStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    ENDED = "ended", _("Ended")


OUTCOME_CHOICES = [
    (Outcome.RESOLVED.value, _("Resolved")),
    (Outcome.CUSTOMER_HUNG_UP.value, _("Customer hung up")),
    (Outcome.AGENT_ENDED.value, _("Agent ended")),
    (Outcome.TIMED_OUT.value, _("Timed out")),
]


class SimulationSessionQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def ended(self):
        return self.filter(status=SessionStatus.ENDED)

    def graded_attempts(self):
        """Sessions that count: finished, and not a trainer's trial run."""
        return self.filter(status=SessionStatus.ENDED, is_trial=False)


class SimulationSession(models.Model):
    """One attempt at a scenario. Pins the revision it ran on; every turn is saved as it happens."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="simulation_sessions"
    )
    scenario = models.ForeignKey(Scenario, on_delete=models.PROTECT, related_name="sessions")
    scenario_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    persona_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=SessionStatus.choices, default=SessionStatus.ACTIVE
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=OUTCOME_CHOICES, blank=True)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    mood_start = models.PositiveSmallIntegerField(_("mood at start"), default=50)
    mood_end = models.PositiveSmallIntegerField(
        _("mood"), null=True, blank=True, help_text=_("The latest mood; the final one once ended.")
    )
    seed = models.PositiveIntegerField(_("seed"), default=0)
    is_trial = models.BooleanField(
        _("trial run"), default=False, help_text=_("A trainer trying a draft; never graded.")
    )
    engine = models.CharField(_("engine"), max_length=20, blank=True)
    state = models.JSONField(_("conversation state"), default=dict, blank=True)
    # Set while the customer's reply to the latest agent turn is being produced.
    reply_pending_since = models.DateTimeField(null=True, blank=True, editable=False)
    hold_started_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SimulationSessionQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("simulation session")
        verbose_name_plural = _("simulation sessions")
        indexes = [models.Index(fields=["user", "-started_at"])]

    def __str__(self) -> str:
        return f"{self.scenario} · {self.user} · {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_active(self) -> bool:
        return self.status == SessionStatus.ACTIVE

    @property
    def is_ended(self) -> bool:
        return self.status == SessionStatus.ENDED

    @property
    def mood(self) -> int:
        return self.mood_start if self.mood_end is None else self.mood_end

    @property
    def duration(self):
        """How long the call lasted (so far, while active)."""
        return (self.ended_at or timezone.now()) - self.started_at

    @property
    def duration_seconds(self) -> int:
        return int(self.duration.total_seconds())

    @property
    def deadline(self):
        return self.started_at + timezone.timedelta(seconds=self.scenario.time_limit_seconds)

    def transcript(self) -> tuple[TranscriptLine, ...]:
        """What the agent and the customer said, in order (system notes left out)."""
        return tuple(
            TranscriptLine(speaker=Speaker(t.speaker), text=t.text)
            for t in self.turns.all()
            if t.speaker != Speaker.SYSTEM
        )


ENGINE_CHOICES = [
    ("offline", _("Offline")),
    ("llm", _("LLM")),
    ("offline-fallback", _("Offline (LLM fallback)")),
    ("", _("None")),
]


class Turn(models.Model):
    """One line of a session: said by the agent, the customer, or a system note for the agent."""

    session = models.ForeignKey(SimulationSession, on_delete=models.CASCADE, related_name="turns")
    index = models.PositiveIntegerField(_("index"))
    speaker = models.CharField(
        _("speaker"), max_length=10, choices=[(s.value, s.value) for s in Speaker]
    )
    text = models.TextField(_("text"))
    mood_after = models.PositiveSmallIntegerField(_("mood after"), null=True, blank=True)
    cues = models.JSONField(_("cues"), default=list, blank=True)
    intent = models.CharField(_("intent"), max_length=30, blank=True)
    engine = models.CharField(_("engine"), max_length=20, choices=ENGINE_CHOICES, blank=True)
    latency_ms = models.PositiveIntegerField(_("latency (ms)"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    # The client's idempotency key for an agent line: a repeat of the same request
    # returns this exchange instead of saying the line twice.
    client_id = models.CharField(_("client request id"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["session", "index"]
        verbose_name = _("turn")
        verbose_name_plural = _("turns")
        constraints = [
            models.UniqueConstraint(fields=["session", "index"], name="simulations_turn_unique"),
            models.UniqueConstraint(
                fields=["session", "client_id"],
                condition=~models.Q(client_id=""),
                name="simulations_turn_client_id_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.index} {self.speaker}: {self.text[:40]}"

    def clean(self):
        if self.mood_after is not None and not 0 <= self.mood_after <= 100:
            raise ValidationError({"mood_after": _("Mood is between 0 and 100.")})

    @property
    def cue_labels(self) -> list[dict]:
        # Red ("bad") exactly for the kinds that count as poor handling: NEGATIVE_KINDS,
        # the set the conversation logic uses too (kinds.py says why hold/transfer is not).
        return [
            {
                **c,
                "label": CUE_LABELS.get(c.get("kind"), c.get("kind")),
                "tone": "bad" if c.get("kind") in NEGATIVE_KINDS else "good",
            }
            for c in self.cues
        ]
