"""How the customer decides what to do next: the intent for an agent's line.

``decide`` turns what the conversation logic found in the line (cues, facts asked for,
steps told, the offer and what it still needs) and the mood after it into one ``Intent``,
the customer's reaction an engine then words. The vocabularies it decides with (which cue
kinds are hostile, substantive or poor handling, which intents never lift the meter) are
defined here once. Pure: no Django models, no randomness.
"""

from __future__ import annotations

from collections.abc import Mapping

from simulations import mood as mood_model
from simulations.engines.base import HiddenFact, Intent, PersonaData, Resolution, ScenarioData
from simulations.understanding import NEGATIVE_KINDS, CueKind

GOOD_KINDS = frozenset(
    {
        CueKind.ACKNOWLEDGEMENT,
        CueKind.EMPATHY,
        CueKind.APOLOGY,
        CueKind.OWNERSHIP,
        CueKind.NEXT_STEPS,
        CueKind.CUSTOMER_NAME,
    }
)
CONFUSABLE = frozenset({"confused", "low_tech"})
# The customer refusing, confused, pushing back, angrier, in character or hanging up: the
# meter never rises on these, whatever else the line had.
UNHAPPY_INTENTS = frozenset(
    {
        Intent.REFUSE,
        Intent.CLARIFY,
        Intent.PUSH_BACK,
        Intent.ESCALATE,
        Intent.HANG_UP,
        Intent.STAY_IN_CHARACTER,
    }
)
# Cues that are about the customer's problem whatever words they use; a line with none of
# these that touches nothing of the call's subject is small talk, even as a question.
SUBSTANTIVE_KINDS = frozenset(
    {
        CueKind.ACKNOWLEDGEMENT,
        CueKind.EMPATHY,
        CueKind.APOLOGY,
        CueKind.OWNERSHIP,
        CueKind.NEXT_STEPS,
        CueKind.VERIFICATION,
        CueKind.ALLOWED_RESOLUTION,
        CueKind.GREETING,
        CueKind.CLOSING,
        CueKind.HOLD_OR_TRANSFER,
    }
)
# What makes a customer refuse to go along with an instruction.
HOSTILE_KINDS = frozenset({CueKind.BLAME, CueKind.DISMISSIVE, CueKind.RUDE})
# Poor handling that spends the customer's patience: rudeness, walls of policy, forbidden
# promises. Jargon costs mood (much more for a confused caller, who asks what it means) but
# is not rude; an attempt to break the roleplay is the grader's business, not the customer's.
POOR_KINDS = NEGATIVE_KINDS - {CueKind.PROMPT_INJECTION, CueKind.JARGON}


def unmet_requirements(
    scenario: ScenarioData,
    cue_counts: Mapping[str, int],
    known: set[str] | tuple,
    resolution: Resolution | None = None,
) -> tuple[str, ...]:
    """Which of ``accept_requires`` (cue kinds or fact keys), and of the offered
    resolution's own ``requires``, have not happened yet."""
    kinds = {str(k) for k in CueKind}
    unmet = []
    own = resolution.requires if resolution is not None else ()
    for need in dict.fromkeys((*scenario.accept_requires, *own)):
        if need in kinds:
            if not cue_counts.get(need):
                unmet.append(need)
        elif need not in known:
            unmet.append(need)
    return tuple(unmet)


def pending_offer(
    scenario: ScenarioData, offered: tuple[str, ...], cue_counts: Mapping[str, int], known: set
) -> Resolution | None:
    """An allowed, satisfying resolution the agent offered earlier (refused then because the
    customer was not ready) whose requirements are now met: the customer comes back to it."""
    by_key = {r.key: r for r in scenario.resolutions}
    for key in reversed(offered):
        resolution = by_key.get(key)
        if resolution is not None and resolution.allowed and resolution.satisfies:
            if not unmet_requirements(scenario, cue_counts, known, resolution):
                return resolution
            return None
    return None


def decide(
    *,
    persona: PersonaData,
    poor_turns: int,
    accepted: bool,
    kinds: set,
    mood: int,
    delta: int,
    poor: bool,
    vague: bool,
    small_talk: bool,
    revealed: tuple[HiddenFact, ...],
    repeated: tuple[HiddenFact, ...],
    offer: Resolution | None,
    unmet: tuple[str, ...],
    stepped: bool,
) -> Intent:
    if mood <= 0 or poor_turns + poor > persona.patience:
        return Intent.HANG_UP
    if CueKind.PROMPT_INJECTION in kinds:
        return Intent.STAY_IN_CHARACTER
    negative = bool(kinds & POOR_KINDS)
    if stepped and not kinds & HOSTILE_KINDS:
        return Intent.REPORT  # did what the agent said, and says what happened
    if accepted:
        if CueKind.CLOSING in kinds:
            return Intent.CLOSE
        if negative:
            return Intent.PUSH_BACK
        if revealed or repeated:
            return Intent.ANSWER
        return Intent.CALM  # courtesy: thanks, not push-back
    if persona.temperament in CONFUSABLE and CueKind.JARGON in kinds:
        return Intent.CLARIFY  # lost at the first "pre-authorisation", whatever came with it
    if revealed:
        return Intent.ANSWER  # the question first; an offer in the same line waits
    if offer is not None:
        if not offer.allowed or not offer.satisfies or unmet:
            return Intent.REFUSE
        return Intent.ACCEPT
    if repeated:
        return Intent.ANSWER
    band = mood_model.mood_band(mood)
    if CueKind.CLOSING in kinds and not negative:
        return Intent.PUSH_BACK  # closing before anything is resolved
    if persona.temperament in CONFUSABLE and (
        CueKind.JARGON in kinds or (vague and not small_talk)
    ):
        return Intent.CLARIFY  # small talk does not confuse: it annoys
    if band == "low" and (negative or vague) and delta < 0:
        return Intent.ESCALATE
    if negative or vague:
        return Intent.PUSH_BACK
    if CueKind.CLARIFYING_QUESTION in kinds or CueKind.VERIFICATION in kinds:
        return Intent.ANSWER
    if kinds & GOOD_KINDS and band != "low":
        return Intent.CALM
    return Intent.VENT
