"""What goes into the understanding component and what comes out: frozen values, no Django.

Every quote is ``text[start:end]`` of the agent's line exactly as typed, so graders and
the API can cite it verbatim whatever normalisation happened on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from simulations.engines.base import HiddenFact, Resolution, ScenarioData, Step

from .kinds import Cue, CueKind

# What a line does (``Understanding.acts``), in the order first done.
ACTS = ("question", "instruction", "statement", "commitment")

# Commitments with a value (``Commitment.kind``) and personal data read out
# (``Disclosure.kind``): the corpus guide's vocabulary, corpora/understanding/GUIDE.md.
COMMITMENT_KINDS = (
    "refund",
    "credit",
    "discount",
    "percentage",
    "date",
    "time",
    "guarantee",
    "promise",
)
DISCLOSURE_KINDS = (
    "card_digits",
    "address",
    "email",
    "phone",
    "date_of_birth",
    "password",
    "security_answer",
)


@dataclass(frozen=True)
class Context:
    """What the component knows besides the line: all optional."""

    scenario: ScenarioData | None = None
    customer_said: str = ""  # the customer's previous line
    language: str = ""  # the call's language; empty means the scenario's, else English
    known: frozenset[str] = frozenset()  # hidden-fact keys the customer has already given

    @property
    def call_language(self) -> str:
        code = self.language or (self.scenario.language if self.scenario else "") or "en"
        return code.lower().replace("_", "-")


@dataclass(frozen=True)
class Span:
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class OfferedResolution:
    """A resolution of the scenario the line offers (or carries out)."""

    resolution: Resolution
    quote: str
    start: int
    end: int
    family: str = ""  # what kind of offer it is: "refund", "pause", "troubleshoot"...

    @property
    def key(self) -> str:
        return self.resolution.key

    @property
    def allowed(self) -> bool:
        return self.resolution.allowed

    def to_dict(self) -> dict:
        return {"key": self.key, "allowed": self.allowed, "quote": self.quote}


@dataclass(frozen=True)
class StepTold:
    """A scenario step the line has the customer do (or does for them)."""

    step: Step
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"key": self.step.key, "quote": self.quote}


@dataclass(frozen=True)
class Commitment:
    kind: str  # one of COMMITMENT_KINDS
    value: str  # "$50", "25%", "full", "tomorrow", "" when none
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "quote": self.quote}


@dataclass(frozen=True)
class Disclosure:
    kind: str  # one of DISCLOSURE_KINDS
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"kind": self.kind, "quote": self.quote}


@dataclass(frozen=True)
class Understanding:
    """Everything the product understood from one agent line."""

    text: str
    language: str  # the language the line is written in
    call_language: str  # the language the customer speaks
    cues: tuple[Cue, ...] = ()
    acts: tuple[str, ...] = ()
    facts: tuple[HiddenFact, ...] = ()  # hidden facts asked for, not already known
    asked_again: tuple[HiddenFact, ...] = ()  # facts already given, asked for again
    resolutions: tuple[OfferedResolution, ...] = ()
    steps: tuple[StepTold, ...] = ()  # scenario steps the line performs, in text order
    commitments: tuple[Commitment, ...] = ()
    disclosures: tuple[Disclosure, ...] = ()
    off_topic: bool = False
    addressed_to_grader: bool = False
    backend: str = "rules"  # "rules", or "rules+llm" when an LLM's reading was merged
    # Why an LLM's reading was asked for and not used: "llm_malformed" (a reply that is not
    # a reading), "llm_unavailable" (timeout, error) or "llm_paused" (circuit breaker).
    fallback: str = ""
    grader_spans: tuple[Span, ...] = field(default=(), repr=False)  # text aimed at a grader
    fact_quotes: tuple[Span, ...] = field(default=(), repr=False)  # the ask, for each of facts

    @property
    def kinds(self) -> frozenset[CueKind]:
        return frozenset(c.kind for c in self.cues)

    @property
    def other_language(self) -> bool:
        """The line is not in the language the customer speaks."""
        return _base(self.language) != _base(self.call_language)

    def to_dict(self) -> dict:
        """The API's and the command's shape."""
        return {
            "language": self.language,
            "cues": [c.to_dict() for c in self.cues],
            "acts": list(self.acts),
            "facts": [f.key for f in self.facts],
            "resolutions": [r.to_dict() for r in self.resolutions],
            "steps": [s.to_dict() for s in self.steps],
            "commitments": [c.to_dict() for c in self.commitments],
            "disclosures": [d.to_dict() for d in self.disclosures],
            "off_topic": self.off_topic,
            "addressed_to_grader": self.addressed_to_grader,
        }


def _base(code: str) -> str:
    return (code or "en").lower().split("-")[0]
