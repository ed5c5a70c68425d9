"""The cue kinds and the Cue value: shared by the detector, the mood model and the graders."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CueKind(StrEnum):
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


# Cue kinds that show poor handling: a turn with one of these is a "poor turn".
NEGATIVE_KINDS = frozenset(
    {
        CueKind.FORBIDDEN_PROMISE,
        CueKind.BLAME,
        CueKind.JARGON,
        CueKind.DISMISSIVE,
        CueKind.POLICY_WITHOUT_EMPATHY,
        CueKind.PROMPT_INJECTION,
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
