"""The QA scorecard's call-level checks, which need the whole call rather than one cue:
how the call went (``conversation``) and the two critical decisions made in code from
what the agent did (``critical``). ``registry.RULES`` names them from here."""

from .conversation import (
    asked_about_problem,
    closed,
    greeting_introduced,
    name_used,
    need_met,
    next_steps_given,
    owned,
    verified_first,
)
from .critical import no_disclosure, no_forbidden_commitment

__all__ = [
    "asked_about_problem",
    "closed",
    "greeting_introduced",
    "name_used",
    "need_met",
    "next_steps_given",
    "no_disclosure",
    "no_forbidden_commitment",
    "owned",
    "verified_first",
]
