"""What the agent said and did in one line: the understanding component.

One entry point, ``understand(text, context)``, used by the conversation logic, the
customer engines and both graders, so the customer and the grade rest on one reading of
the agent's words. Pure: no Django models, no database. The rules backend
(``rules``, tables in ``tables/<language>.toml``) always runs and is the floor; when an
LLM is configured, ``llm`` may add what the rules missed within a latency budget
(``simulations.understanding.llm``; it is merged by the caller that can afford it).
"""

from __future__ import annotations

from .kinds import NEGATIVE_KINDS, USEFUL_KINDS, Cue, CueKind
from .result import (
    ACTS,
    COMMITMENT_KINDS,
    DISCLOSURE_KINDS,
    Commitment,
    Context,
    Disclosure,
    OfferedResolution,
    Understanding,
)
from .rules import understand_rules

__all__ = [
    "ACTS",
    "COMMITMENT_KINDS",
    "DISCLOSURE_KINDS",
    "NEGATIVE_KINDS",
    "USEFUL_KINDS",
    "Commitment",
    "Context",
    "Cue",
    "CueKind",
    "Disclosure",
    "OfferedResolution",
    "Understanding",
    "understand",
]


def understand(text: str, context: Context | None = None) -> Understanding:
    """What the agent's line says and does, read by the rules (offline, deterministic)."""
    return understand_rules(text or "", context or Context())
