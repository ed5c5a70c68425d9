"""The cue kinds and the Cue value: shared by the detector, the mood model and the graders.

The one definition of the cue vocabulary: each kind's stored value, its label (``CUE_LABELS``,
``CueKind.X.label``), which kinds show poor handling (``NEGATIVE_KINDS``) and which move a
call forward (``USEFUL_KINDS``). Model choices are derived from it (``CueKind.choices()``).
No Django models here; only lazy translations.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class CueKind(StrEnum):
    """A thing the agent did. The values are stored (trigger rows, turns' cues): never rename."""

    GREETING = "greeting"
    CUSTOMER_NAME = "customer_name"
    ACKNOWLEDGEMENT = "acknowledgement"
    EMPATHY = "empathy"
    APOLOGY = "apology"
    CLARIFYING_QUESTION = "clarifying_question"
    VERIFICATION = "verification"
    OWNERSHIP = "ownership"
    NEXT_STEPS = "next_steps"
    ALLOWED_RESOLUTION = "allowed_resolution"
    FORBIDDEN_PROMISE = "forbidden_promise"
    BLAME = "blame"
    JARGON = "jargon"
    DISMISSIVE = "dismissive"
    POLICY_WITHOUT_EMPATHY = "policy_without_empathy"
    HOLD_OR_TRANSFER = "hold_or_transfer"
    CLOSING = "closing"
    PROMPT_INJECTION = "prompt_injection"
    RUDE = "rude"
    CONSENT = "consent"
    TERMS = "terms"
    EASY_DECLINE = "easy_decline"
    PRESSURE = "pressure"
    PRIVATE_CHANNEL = "private_channel"

    @property
    def label(self) -> Promise:
        """The kind in words, for trainers and transcripts (lazy: translated when shown)."""
        return CUE_LABELS[self]

    @classmethod
    def choices(cls) -> list[tuple[str, Promise]]:
        """``(value, label)`` pairs in declaration order, for a model field's ``choices``."""
        return [(kind.value, kind.label) for kind in cls]


CUE_LABELS: dict[CueKind, Promise] = {
    CueKind.GREETING: _("Greeting"),
    CueKind.CUSTOMER_NAME: _("Using the customer's name"),
    CueKind.ACKNOWLEDGEMENT: _("Acknowledgement"),
    CueKind.EMPATHY: _("Empathy"),
    CueKind.APOLOGY: _("Apology"),
    CueKind.CLARIFYING_QUESTION: _("Clarifying question"),
    CueKind.VERIFICATION: _("Verification"),
    CueKind.OWNERSHIP: _("Ownership"),
    CueKind.NEXT_STEPS: _("Clear next steps"),
    CueKind.ALLOWED_RESOLUTION: _("Offering an allowed resolution"),
    CueKind.FORBIDDEN_PROMISE: _("A forbidden promise"),
    CueKind.BLAME: _("Blame"),
    CueKind.JARGON: _("Jargon"),
    CueKind.DISMISSIVE: _("Dismissive phrases"),
    CueKind.POLICY_WITHOUT_EMPATHY: _("Policy recited without empathy"),
    CueKind.HOLD_OR_TRANSFER: _("Long hold or transfer"),
    CueKind.CLOSING: _("Closing"),
    CueKind.PROMPT_INJECTION: _("Trying to break the roleplay"),
    CueKind.RUDE: _("Rudeness"),
    CueKind.CONSENT: _("Asking if it is a good time"),
    CueKind.TERMS: _("Stating the price and terms"),
    CueKind.EASY_DECLINE: _("Making it easy to say no"),
    CueKind.PRESSURE: _("Sales pressure"),
    CueKind.PRIVATE_CHANNEL: _("Moving to a private message"),
}


# Cue kinds that show poor handling: a turn with one of these is a "poor turn" (the
# conversation logic), and its chip is red ("bad") in transcripts. The one set for both.
# Deliberately not in it:
# - hold_or_transfer: putting a caller on hold or transferring them is often the right
#   move; it costs mood (BASE_WEIGHTS, persona triggers) and the grader coaches how to do
#   it, but it is not mishandling, so it neither counts as a poor turn nor shows red.
# - silence, vague, long_hold: the mood model's pseudo cues (simulations.mood), not kinds
#   the detector finds; they never appear among a turn's cues.
NEGATIVE_KINDS = frozenset(
    {
        CueKind.FORBIDDEN_PROMISE,
        CueKind.BLAME,
        CueKind.JARGON,
        CueKind.DISMISSIVE,
        CueKind.POLICY_WITHOUT_EMPATHY,
        CueKind.PROMPT_INJECTION,
        CueKind.RUDE,
        CueKind.PRESSURE,
    }
)

# Cue kinds that move a call forward: a turn with none of these (and no fact earned) is vague.
USEFUL_KINDS = frozenset(
    {
        CueKind.CUSTOMER_NAME,
        CueKind.ACKNOWLEDGEMENT,
        CueKind.EMPATHY,
        CueKind.APOLOGY,
        CueKind.CLARIFYING_QUESTION,
        CueKind.VERIFICATION,
        CueKind.OWNERSHIP,
        CueKind.NEXT_STEPS,
        CueKind.ALLOWED_RESOLUTION,
        CueKind.CLOSING,
        CueKind.CONSENT,
        CueKind.TERMS,
        CueKind.EASY_DECLINE,
        CueKind.PRIVATE_CHANNEL,
    }
)


@dataclass(frozen=True)
class Cue:
    """One thing the agent did, with the exact words (``text[start:end] == quote``)."""

    kind: CueKind
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"kind": str(self.kind), "quote": self.quote, "start": self.start, "end": self.end}
