"""The customer engine interface and the frozen data it works on.

Engines never touch the database. A service turns Persona and Scenario rows into
``PersonaData`` and ``ScenarioData``, the conversation module (``simulations.conversation``)
decides with the understanding component and the mood model what the customer does next
(``CallState``: mood, intent, facts earned, outcome), and the engine only words it.
So mood, hang-ups and what is revealed mean the same whichever engine speaks.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class EngineError(Exception):
    """The engine could not produce a reply (timeout, rate limit, server error, bad output).

    ``retryable`` says whether asking again may help; the service, which has already
    saved the agent's turn, decides to retry or to let the offline engine answer.
    """

    def __init__(self, message: str, *, retryable: bool = True, kind: str = "error"):
        super().__init__(message)
        self.retryable = retryable
        self.kind = kind  # "timeout", "rate_limit", "server_error", "malformed", "connection"


class Speaker(StrEnum):
    AGENT = "agent"
    CUSTOMER = "customer"
    SYSTEM = "system"


class Outcome(StrEnum):
    RESOLVED = "resolved"
    DECLINED = "declined"  # outbound: the customer said no to the offer, and the agent respected it
    CUSTOMER_HUNG_UP = "customer_hung_up"
    AGENT_ENDED = "agent_ended"
    TIMED_OUT = "timed_out"


class Intent(StrEnum):
    """What the customer does next, decided by the mood model, worded by an engine."""

    OPEN = "open"  # the opening line
    VENT = "vent"  # repeats the complaint, emotionally
    ANSWER = "answer"  # answers the agent's question / gives an earned fact
    CLARIFY = "clarify"  # is confused, asks what the agent means
    PUSH_BACK = "push_back"  # the agent was vague, dismissive or stalling
    ESCALATE = "escalate"  # angrier: wants a supervisor, threatens to leave
    CALM = "calm"  # softens after good handling
    REFUSE = "refuse"  # refuses a forbidden or unsatisfying resolution
    ACCEPT = "accept"  # accepts an allowed resolution
    WAIT = "wait"  # put on hold
    REPORT = "report"  # did what the agent said (a scenario step) and says what happened
    CLOSE = "close"  # thanks and says goodbye after resolution (or after a respected no)
    MOVE_PRIVATE = "move_private"  # social: sends the first direct message
    HANG_UP = "hang_up"  # mood bottomed out or patience ran out
    STAY_IN_CHARACTER = "stay_in_character"  # the agent tried to break the roleplay


@dataclass(frozen=True)
class Trigger:
    """A cue kind (``simulations.understanding.CueKind``) and how strongly it moves the mood."""

    cue: str
    strength: int  # 1 (slight) to 10 (strong)


@dataclass(frozen=True)
class PersonaData:
    name: str
    temperament: str  # angry, confused, impatient, anxious, skeptical, talkative, low_tech
    starting_mood: int  # 0 (furious or distraught) to 100 (content)
    patience: int  # poor agent turns tolerated before hanging up
    calmed_by: tuple[Trigger, ...] = ()
    inflamed_by: tuple[Trigger, ...] = ()
    speaking_style: str = ""
    language: str = "en"
    voice_hint: str = ""  # for browser speech synthesis: e.g. "female", "male", "older"
    address_term: str = ""  # how they address the agent: "dear", "son", "love", or nothing


@dataclass(frozen=True)
class HiddenFact:
    """Something the customer knows and reveals only when the agent earns it."""

    key: str  # "order_number"
    label: str  # "Order number"
    value: str  # "XYZ-48213"
    earned_by: tuple[str, ...]  # phrases the agent's question must contain (any one), lower case
    reveal_line: str = ""  # optional wording: "It's XYZ-48213."


@dataclass(frozen=True)
class Resolution:
    """A resolution the agent may offer; allowed or forbidden under the scenario's policy."""

    key: str  # "reship", "refund_outside_window"
    label: str
    phrases: tuple[str, ...]  # lower-case phrases that mean the agent is offering it
    allowed: bool
    satisfies: bool = True  # an allowed resolution that meets the customer's goal
    customer_reaction: str = ""  # optional wording when offered
    # What must have happened before the customer accepts this one, on top of the
    # scenario's accept_requires (cue kinds or fact keys): a pause suits the customer who
    # wants to cancel only once the agent has asked why. These the agent must find out;
    # the customer does not volunteer them.
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    """Something the agent has the customer do (a troubleshooting step) or does on the
    account, what the customer reports after it, and what it changes."""

    key: str  # "reconnect_wifi"
    label: str  # "Reconnect the HomeHub to the 2.4 GHz network"
    phrases: tuple[str, ...]  # lower-case phrases of the instruction that performs it
    report: str  # what the customer says once it is done
    requires: tuple[str, ...] = ()  # step keys that must be done first
    blocked_report: str = ""  # what the customer says when it is tried too early
    fact: str = ""  # the hidden fact it changes ("light_colour")...
    value: str = ""  # ...and the fact's value after it ("green, then off")
    solves: bool = False  # done (after its requirements), the customer's problem is solved


@dataclass(frozen=True)
class ScenarioData:
    slug: str
    title: str
    channel: str  # "phone", "chat", "email", "social"
    difficulty: str  # "beginner", "intermediate", "advanced"
    language: str
    customer_name: str  # the name the agent should use ("Mrs Alvarez", "Daniel")
    problem: str
    goal: str
    opening_line: str
    hidden_facts: tuple[HiddenFact, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    # What must have happened before the customer accepts a satisfying resolution:
    # cue kinds (e.g. "verification", "empathy") and/or fact keys the agent earned.
    accept_requires: tuple[str, ...] = ()
    acceptance_note: str = ""  # in words, for the LLM prompt: "accepts a reship once verified"
    policy_excerpt: str = ""
    # Optional customer lines per intent and mood band ("low", "mid", "high"):
    # {"vent": {"low": ("...", ...)}}. The offline engine has its own when absent.
    customer_lines: dict = field(default_factory=dict)
    steps: tuple[Step, ...] = ()
    # Resolution keys in the customer's order of preference: which of two offered options
    # it picks. Empty: the first allowed resolution that meets its goal.
    prefers: tuple[str, ...] = ()
    max_turns: int = 30
    time_limit_seconds: int = 900
    direction: str = "inbound"  # "inbound" or "outbound" (the agent calls the customer)
    opening_subject: str = ""  # email: the subject of the customer's email
    earlier_thread: str = ""  # email: an earlier message quoted below it
    private_opening_line: str = ""  # social: the first direct message, once moved to private
    target_handle_seconds: int | None = None


@dataclass(frozen=True)
class TranscriptLine:
    speaker: Speaker
    text: str
    subject: str = ""  # an email's subject line
    public: bool = False  # said in public (a social post or reply)


@dataclass(frozen=True)
class CallState:
    """Everything an engine needs to word the customer's next line, and nothing more.

    ``known_facts`` holds only what the agent has earned so far: an engine (and its
    prompt) never sees a fact the agent has not asked for, nor the rubric.
    """

    persona: PersonaData
    scenario: ScenarioData
    intent: Intent
    mood: int  # after the agent's latest line
    mood_before: int
    turn_index: int  # how many agent turns so far
    seed: int
    transcript: tuple[TranscriptLine, ...] = ()
    agent_cues: tuple[str, ...] = ()  # cue kinds detected in the agent's latest line
    revealed_now: tuple[HiddenFact, ...] = ()  # facts earned by the latest line
    known_facts: tuple[HiddenFact, ...] = ()  # every fact earned so far
    offered: Resolution | None = None  # a resolution the latest line offered
    outcome: Outcome | None = None  # set when this reply ends the call
    last_customer_line: str = ""
    # Added by the conversation logic (defaults keep older callers working):
    unmet: tuple[str, ...] = ()  # REFUSE: accept_requires not met yet (cue kinds / fact keys)
    hold_seconds: int = 0  # WAIT: how long the agent kept the customer on hold
    asked_again: tuple[HiddenFact, ...] = ()  # facts already given that the agent asked for again
    understood: object = None  # the agent's latest line as understood (an Understanding)
    # REPORT: the steps the latest line had the customer do, each with what happened:
    # ("done", "blocked" (tried too early) or "again" (done before)).
    steps_now: tuple[tuple[Step, str], ...] = ()
    steps_done: tuple[Step, ...] = ()  # every step done so far, in order
    restated: tuple[HiddenFact, ...] = ()  # ANSWER: facts that change, asked about again
    chose: bool = False  # ACCEPT: the customer picked ``offered`` among several options
    courtesy: bool = False  # CALM/CLOSE after acceptance: thanks, not push-back
    public: bool = False  # social: this reply is posted in public (before the direct message)
    declined: bool = False  # outbound: the customer has said a clear no to the offer
    pushed: bool = False  # outbound: the latest line pushed again after that no


class CustomerEngine(ABC):
    """Plays the customer. One small interface, chosen by settings.CUSTOMER_ENGINE."""

    name: str = "base"
    supports_streaming: bool = False

    @abstractmethod
    def reply(self, call: CallState, *, timeout: float | None = None) -> str:
        """The next line, within ``timeout`` seconds. Raises EngineError when it cannot."""

    def stream_reply(self, call: CallState, *, timeout: float | None = None) -> Iterator[str]:
        """The next line in pieces as they are generated; by default the whole line at once."""
        yield self.reply(call, timeout=timeout)

    def check(self) -> list:
        """System-check messages about this engine's configuration."""
        return []
