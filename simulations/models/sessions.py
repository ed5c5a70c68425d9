"""Sessions: the practice calls agents play, and every turn said in them.

A ``SimulationSession`` pins the scenario and persona revisions it ran on; each ``Turn``
is saved as it happens. Workflows (starting a session, recording a turn, asking the
engine) live in ``simulations.services``; nothing here calls an engine or another app.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..engines.base import Outcome, Speaker, TranscriptLine
from ..understanding.kinds import NEGATIVE_KINDS
from .personas import CUE_LABELS
from .scenarios import Scenario


class SessionStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    ENDED = "ended", _("Ended")


OUTCOME_CHOICES = [
    (Outcome.RESOLVED.value, _("Resolved")),
    (Outcome.DECLINED.value, _("Offer declined")),
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
    hold_seconds = models.PositiveIntegerField(
        _("time on hold (seconds)"), default=0, help_text=_("All the holds of the call, added up.")
    )

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

    @property
    def handle_seconds(self) -> int:
        """Handle time: from the start of the call to its end (so far, while active)."""
        return self.duration_seconds

    def transcript(self) -> tuple[TranscriptLine, ...]:
        """What the agent and the customer said, in order (system notes left out)."""
        return tuple(
            TranscriptLine(
                speaker=Speaker(t.speaker), text=t.text, subject=t.subject, public=t.public
            )
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
    subject = models.CharField(_("subject"), max_length=200, blank=True)  # an email's
    public = models.BooleanField(
        _("public"), default=False, help_text=_("Posted in public (a social post or reply).")
    )
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
