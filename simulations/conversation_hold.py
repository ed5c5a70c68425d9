"""The customer on hold: what a hold of so many seconds does to the call.

Part of the conversation logic (``simulations.conversation``): pure and deterministic, it
returns a new ``ConversationState`` and a ``CallState`` (intent WAIT, or HANG_UP) for an
engine to word.
"""

from __future__ import annotations

from dataclasses import replace

from simulations import mood as mood_model
from simulations.call_facts import current_facts
from simulations.conversation import ConversationEndedError, last_customer_line
from simulations.conversation_state import ConversationState
from simulations.engines.base import (
    CallState,
    Intent,
    Outcome,
    PersonaData,
    ScenarioData,
    TranscriptLine,
)

POOR_HOLD_SECONDS = 120  # a hold this long counts as a poor turn


def conversation_hold(
    state: ConversationState,
    persona: PersonaData,
    scenario: ScenarioData,
    seconds: float,
    transcript: tuple[TranscriptLine, ...] = (),
) -> tuple[ConversationState, CallState]:
    """The agent put the customer on hold for ``seconds``: long holds cost mood (intent WAIT);
    a customer whose mood bottoms out or patience runs out hangs up."""
    if state.ended:
        raise ConversationEndedError("This call has already ended.")
    delta = mood_model.hold_delta(persona, max(0.0, float(seconds)))
    mood_after = mood_model.apply_delta(state.mood, delta)
    poor = seconds >= POOR_HOLD_SECONDS
    hang_up = mood_after <= 0 or state.poor_turns + poor > persona.patience
    intent = Intent.HANG_UP if hang_up else Intent.WAIT
    outcome = Outcome.CUSTOMER_HUNG_UP if hang_up else None
    new_state = replace(
        state,
        mood=mood_after,
        poor_turns=state.poor_turns + int(poor),
        last_customer_line=last_customer_line(state, transcript),
        outcome=str(outcome) if outcome else None,
        mood_trace=(*state.mood_trace, mood_after),
    )
    call = CallState(
        persona=persona,
        scenario=scenario,
        intent=intent,
        mood=mood_after,
        mood_before=state.mood,
        turn_index=state.turn_index,
        seed=state.seed,
        transcript=tuple(transcript or ()),
        known_facts=current_facts(scenario, state.known_facts, state.fact_values),
        outcome=outcome,
        last_customer_line=new_state.last_customer_line,
        hold_seconds=int(seconds),
    )
    return new_state, call
