"""The offline checks a rubric criterion can name: one table of rules.

``Criterion.rule`` is a key of ``RULES``; ``Criterion.params`` its parameters (checked by
``params_problems`` when a trainer saves a rubric). An *absence* rule ("never rude", "no
jargon", "no forbidden promise") gives full marks for what did not happen, so it earns
them only on a call with substance (``CallAnalysis.substantive``, ``scorecard.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from simulations.understanding import CueKind

from . import qa_rules
from .base import CriterionData
from .reading import CallAnalysis
from .rules import (
    RuleOutcome,
    cue_absent,
    cue_before,
    cue_present,
    facts_earned,
    no_forbidden_promise,
    outcome_in,
    phrase_absent,
    phrase_present,
    resolution_offered,
)


@dataclass(frozen=True)
class Rule:
    label: str
    check: Callable[[CriterionData, CallAnalysis], RuleOutcome]
    params_help: str
    absence: bool = False  # full marks for what did not happen


RULES: dict[str, Rule] = {
    "cue_present": Rule(
        _("Agent used a cue"),
        cue_present,
        '{"cues": ["empathy", "apology"], "scope": "any|first|last", "turns": 1}',
    ),
    "cue_absent": Rule(
        _("Agent never used a cue"),
        cue_absent,
        '{"cues": ["blame", "dismissive"], "patterns": [], "support": ["acknowledgement"]}',
        absence=True,
    ),
    "cue_before": Rule(
        _("A cue came before something else"),
        cue_before,
        '{"cue": "verification", "before": ["allowed_resolution"], "patterns": ["your balance"]}',
    ),
    "facts_earned": Rule(
        _("Asked for the scenario's hidden facts"), facts_earned, '{"facts": [], "any": false}'
    ),
    "resolution_offered": Rule(
        _("Offered a resolution the policy allows"), resolution_offered, '{"satisfying": true}'
    ),
    "no_forbidden_promise": Rule(
        _("Made no promise the policy forbids"),
        no_forbidden_promise,
        '{"resolutions": [], "patterns": []}',
        absence=True,
    ),
    "phrase_present": Rule(
        _("Said a phrase"),
        phrase_present,
        '{"patterns": ["regex"], "scope": "any", "only_if": ["regex"]}',
    ),
    "phrase_absent": Rule(
        _("Never said a phrase"),
        phrase_absent,
        '{"patterns": ["regex"], "support": []}',
        absence=True,
    ),
    "outcome_in": Rule(_("The call ended a certain way"), outcome_in, '{"outcomes": ["resolved"]}'),
    "greeting_introduced": Rule(
        _("Greeted the customer and said who is answering"), qa_rules.greeting_introduced, "{}"
    ),
    "verified_first": Rule(
        _("Verified identity before the first account detail"),
        qa_rules.verified_first,
        '{"patterns": ["regex"], "before": ["allowed_resolution"]}',
    ),
    "name_used": Rule(_("Used the customer's name once known"), qa_rules.name_used, "{}"),
    "asked_about_problem": Rule(
        _("Asked a question about the problem"), qa_rules.asked_about_problem, "{}"
    ),
    "owned": Rule(_("Took ownership of the problem"), qa_rules.owned, "{}"),
    "need_met": Rule(_("The customer's need was met"), qa_rules.need_met, "{}"),
    "next_steps_given": Rule(_("Said what happens next"), qa_rules.next_steps_given, "{}"),
    "closed": Rule(_("Closed the call"), qa_rules.closed, '{"turns": 2}'),
    "no_forbidden_commitment": Rule(
        _("Made no commitment the policy forbids"),
        qa_rules.no_forbidden_commitment,
        '{"resolutions": [], "patterns": []}',
        absence=True,
    ),
    "no_disclosure": Rule(
        _("Gave no personal data away before verification or to a third party"),
        qa_rules.no_disclosure,
        "{}",
        absence=True,
    ),
    # Emails, social replies, outbound calls and handle time (qa_rules/channels.py).
    "email_subject": Rule(_("A clear subject line"), qa_rules.email_subject, "{}"),
    "email_greeting_signoff": Rule(
        _("Greeted by name and signed off"), qa_rules.email_greeting_signoff, "{}"
    ),
    "email_structure": Rule(
        _("Short paragraphs and plain sentences"),
        qa_rules.email_structure,
        '{"max_sentence_words": 35}',
    ),
    "answered_every_question": Rule(
        _("Answered every question the customer asked"), qa_rules.answered_every_question, "{}"
    ),
    "no_account_details_in_public": Rule(
        _("Asked for and gave no account details in public"),
        qa_rules.no_account_details_in_public,
        "{}",
        absence=True,
    ),
    "moved_to_private": Rule(
        _("Moved the customer to a private message"), qa_rules.moved_to_private, "{}"
    ),
    "public_reply_short": Rule(
        _("Kept public replies short"),
        qa_rules.public_reply_short,
        '{"max_chars": 280}',
        absence=True,
    ),
    "consent_asked": Rule(
        _("Asked whether it was a good time"), qa_rules.consent_asked, '{"within": 2}'
    ),
    "honest_terms": Rule(
        _("Said the price and terms of the offer"),
        qa_rules.honest_terms,
        '{"patterns": ["regex"]}',
    ),
    "easy_decline": Rule(_("Made it easy to say no"), qa_rules.easy_decline, "{}"),
    "no_pressure": Rule(
        _("No pressure, and no second push after a no"),
        qa_rules.no_pressure,
        "{}",
        absence=True,
    ),
    "offer_outcome": Rule(
        _("The offer accepted without pressure, or a no respected"),
        qa_rules.offer_outcome,
        "{}",
    ),
    "efficiency": Rule(
        _("Handle time within the target"),
        qa_rules.efficiency,
        '{"tolerance": 0.25, "max_hold_share": 0.25}',
    ),
}

RULE_CHOICES = [("", _("Judged by a reviewer"))] + [(k, r.label) for k, r in RULES.items()]


def params_problems(rule: str, params) -> list[str]:
    """What is wrong with a criterion's rule parameters (for the model's clean())."""
    if not rule:
        return []
    if rule not in RULES:
        return [f"Unknown rule {rule!r}."]
    if not isinstance(params, dict):
        return ["Parameters must be a JSON object."]
    problems = []
    for key in ("patterns", "only_if", "support") if rule.startswith("phrase") else ("patterns",):
        for pattern in params.get(key) or ():
            try:
                re.compile(pattern)
            except (re.error, TypeError) as exc:
                problems.append(f"{key}: {pattern!r} is not a valid regular expression ({exc}).")
    known = {str(k) for k in CueKind}
    cue_keys = (
        ("cues", "cue", "before")
        if rule.startswith("phrase")
        else ("cues", "support", "cue", "before")
    )
    for key in cue_keys:
        value = params.get(key) or ()
        for kind in [value] if isinstance(value, str) else value:
            if kind not in known:
                problems.append(f"{key}: {kind!r} is not a cue kind.")
    return problems
