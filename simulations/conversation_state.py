"""What the conversation remembers between turns: ``ConversationState``.

The conversation logic (``simulations.conversation``) takes a state and returns the next
one; a session stores it as JSON (``to_dict()``, read back with ``from_dict()``), so every
turn starts from what the customer knows, was offered, accepted and did so far. Pure: no
Django models.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace


@dataclass(frozen=True)
class ConversationState:
    """What the conversation remembers between turns. Persist with ``to_dict()``."""

    mood: int
    seed: int
    poor_turns: int = 0
    known_facts: tuple[str, ...] = ()
    turn_index: int = 0
    last_customer_line: str = ""
    offered: tuple[str, ...] = ()
    accepted: str | None = None
    outcome: str | None = None
    cue_counts: Mapping[str, int] = field(default_factory=dict)
    mood_trace: tuple[int, ...] = ()  # the mood after the opening and after every turn
    steps_done: tuple[str, ...] = ()  # scenario step keys the customer has done, in order
    steps_waiting: tuple[str, ...] = ()  # steps tried too early on the last turn
    fact_values: Mapping[str, str] = field(default_factory=dict)  # facts the steps changed
    declined: bool = False  # outbound: the customer said a clear no to the offer
    private: bool = False  # social: the conversation has moved to a private message

    @property
    def ended(self) -> bool:
        return self.outcome is not None

    def to_dict(self) -> dict:
        data = asdict(self)
        for key in ("known_facts", "offered", "mood_trace", "steps_done", "steps_waiting"):
            data[key] = list(data[key])
        data["cue_counts"] = dict(self.cue_counts)
        data["fact_values"] = dict(self.fact_values)
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> ConversationState:
        return cls(
            mood=int(data["mood"]),
            seed=int(data.get("seed", 0)),
            poor_turns=int(data.get("poor_turns", 0)),
            known_facts=tuple(data.get("known_facts") or ()),
            turn_index=int(data.get("turn_index", 0)),
            last_customer_line=data.get("last_customer_line") or "",
            offered=tuple(data.get("offered") or ()),
            accepted=data.get("accepted"),
            outcome=data.get("outcome"),
            cue_counts={str(k): int(v) for k, v in (data.get("cue_counts") or {}).items()},
            mood_trace=tuple(int(m) for m in data.get("mood_trace") or ()),
            steps_done=tuple(data.get("steps_done") or ()),
            steps_waiting=tuple(data.get("steps_waiting") or ()),
            fact_values={str(k): str(v) for k, v in (data.get("fact_values") or {}).items()},
            declined=bool(data.get("declined")),
            private=bool(data.get("private")),
        )

    def with_customer_line(self, text: str) -> ConversationState:
        """The state after the engine's reply was recorded (for no-repeat wording)."""
        return replace(self, last_customer_line=text)
