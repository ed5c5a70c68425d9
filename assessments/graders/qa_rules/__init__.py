"""The QA scorecard's call-level checks, which need the whole call rather than one cue:
how the call went (``conversation``) and the two critical decisions made in code from
what the agent did (``critical``). ``registry.RULES`` names them from here."""

from .channels import (
    answered_every_question,
    consent_asked,
    easy_decline,
    efficiency,
    email_greeting_signoff,
    email_structure,
    email_subject,
    honest_terms,
    moved_to_private,
    no_account_details_in_public,
    no_pressure,
    offer_outcome,
    public_reply_short,
)
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
    "answered_every_question",
    "consent_asked",
    "easy_decline",
    "efficiency",
    "email_greeting_signoff",
    "email_structure",
    "email_subject",
    "honest_terms",
    "moved_to_private",
    "no_account_details_in_public",
    "no_pressure",
    "offer_outcome",
    "public_reply_short",
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
