"""The conversation logic: from the agent's line to what the customer does next.

``conversation_step`` reads the agent's line through the understanding component
(``simulations.understanding``: cues, facts asked for, resolutions offered), moves the mood
and decides the customer's
``Intent`` (and the outcome when the call ends). It returns a new ``ConversationState`` (to
persist, JSON-safe) and a frozen ``CallState`` for an engine to word. Engines never decide;
this module never words. Pure and deterministic: no Django models, no randomness.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace

from simulations import mood as mood_model
from simulations.engines.base import (
    CallState,
    HiddenFact,
    Intent,
    Outcome,
    PersonaData,
    Resolution,
    ScenarioData,
    Speaker,
    TranscriptLine,
)
from simulations.understanding import (
    NEGATIVE_KINDS,
    Context,
    Cue,
    CueKind,
    Understanding,
    understand,
)

ACCEPT_BONUS = 12  # relief when the customer accepts a resolution
CLOSE_BONUS = 3
POOR_HOLD_SECONDS = 120  # a hold this long counts as a poor turn
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

    @property
    def ended(self) -> bool:
        return self.outcome is not None

    def to_dict(self) -> dict:
        data = asdict(self)
        for key in ("known_facts", "offered", "mood_trace"):
            data[key] = list(data[key])
        data["cue_counts"] = dict(self.cue_counts)
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
        )

    def with_customer_line(self, text: str) -> ConversationState:
        """The state after the engine's reply was recorded (for no-repeat wording)."""
        return replace(self, last_customer_line=text)


class ConversationEndedError(ValueError):
    """The call has already ended: no more turns."""


def _facts(scenario: ScenarioData, keys) -> tuple[HiddenFact, ...]:
    keys = set(keys)
    return tuple(f for f in scenario.hidden_facts if f.key in keys)


def _last_customer_line(state: ConversationState, transcript) -> str:
    for line in reversed(transcript):
        if line.speaker == Speaker.CUSTOMER:
            return line.text
    return state.last_customer_line


def unmet_requirements(
    scenario: ScenarioData, cue_counts: Mapping[str, int], known: set[str] | tuple
) -> tuple[str, ...]:
    """Which of ``accept_requires`` (cue kinds or fact keys) have not happened yet."""
    kinds = {str(k) for k in CueKind}
    unmet = []
    for need in scenario.accept_requires:
        if need in kinds:
            if not cue_counts.get(need):
                unmet.append(need)
        elif need not in known:
            unmet.append(need)
    return tuple(unmet)


def _pending_offer(
    scenario: ScenarioData, offered: tuple[str, ...], cue_counts: Mapping[str, int], known: set
) -> Resolution | None:
    """An allowed, satisfying resolution the agent offered earlier (refused then because the
    customer was not ready) whose requirements are now met: the customer comes back to it."""
    by_key = {r.key: r for r in scenario.resolutions}
    for key in reversed(offered):
        resolution = by_key.get(key)
        if resolution is not None and resolution.allowed and resolution.satisfies:
            if not unmet_requirements(scenario, cue_counts, known):
                return resolution
            return None
    return None


def conversation_start(
    persona: PersonaData, scenario: ScenarioData, seed: int
) -> tuple[ConversationState, CallState]:
    mood = mood_model.clamp(persona.starting_mood)
    state = ConversationState(mood=mood, seed=int(seed), mood_trace=(mood,))
    call = CallState(
        persona=persona,
        scenario=scenario,
        intent=Intent.OPEN,
        mood=mood,
        mood_before=mood,
        turn_index=0,
        seed=int(seed),
    )
    return state, call


def understanding_context(
    state: ConversationState, scenario: ScenarioData, transcript=()
) -> Context:
    """What the understanding component needs to know about this call before a line."""
    return Context(
        scenario=scenario,
        customer_said=_last_customer_line(state, transcript),
        language=scenario.language,
        known=frozenset(state.known_facts),
    )


def _with_agent_line(transcript, agent_text: str) -> tuple[TranscriptLine, ...]:
    transcript = tuple(transcript or ())
    if transcript and transcript[-1].speaker == Speaker.AGENT and transcript[-1].text == agent_text:
        return transcript
    return (*transcript, TranscriptLine(Speaker.AGENT, agent_text))


def _decide(
    *,
    persona: PersonaData,
    scenario: ScenarioData,
    state: ConversationState,
    cues: tuple[Cue, ...],
    mood: int,
    delta: int,
    poor: bool,
    vague: bool,
    revealed: tuple[HiddenFact, ...],
    repeated: tuple[HiddenFact, ...],
    offer: Resolution | None,
    unmet: tuple[str, ...],
) -> Intent:
    kinds = {c.kind for c in cues}
    if mood <= 0 or state.poor_turns + poor > persona.patience:
        return Intent.HANG_UP
    if CueKind.PROMPT_INJECTION in kinds:
        return Intent.STAY_IN_CHARACTER
    if state.accepted and CueKind.CLOSING in kinds:
        return Intent.CLOSE
    if offer is not None and not state.accepted:
        if not offer.allowed or not offer.satisfies or unmet:
            return Intent.REFUSE
        return Intent.ACCEPT
    if revealed or repeated:
        return Intent.ANSWER
    band = mood_model.mood_band(mood)
    negative = bool(kinds & NEGATIVE_KINDS)
    if CueKind.CLOSING in kinds and not state.accepted and not negative:
        return Intent.PUSH_BACK  # closing before anything is resolved
    if persona.temperament in CONFUSABLE and (CueKind.JARGON in kinds or vague):
        return Intent.CLARIFY
    if band == "low" and (negative or vague) and delta < 0:
        return Intent.ESCALATE
    if negative or vague:
        return Intent.PUSH_BACK
    if state.accepted:
        return Intent.CALM
    if CueKind.CLARIFYING_QUESTION in kinds or CueKind.VERIFICATION in kinds:
        return Intent.ANSWER
    if kinds & GOOD_KINDS and band != "low":
        return Intent.CALM
    return Intent.VENT


def conversation_step(
    state: ConversationState,
    persona: PersonaData,
    scenario: ScenarioData,
    agent_text: str,
    transcript: tuple[TranscriptLine, ...] = (),
    understood: Understanding | None = None,
) -> tuple[ConversationState, CallState]:
    """The customer's decision after the agent's line. ``transcript`` may or may not already
    end with that line (it is appended when missing). ``understood`` is the line's reading
    when the caller already has it (the session service reads it once, with the LLM when
    configured); otherwise the rules read it here."""
    if state.ended:
        raise ConversationEndedError("This call has already ended.")
    if understood is None:
        understood = understand(agent_text, understanding_context(state, scenario, transcript))
    cues = understood.cues
    kinds = set(understood.kinds)
    revealed = understood.facts
    known_after = (*state.known_facts, *(f.key for f in revealed))
    repeated = understood.asked_again
    offers = understood.resolutions
    forbidden = next((o.resolution for o in offers if not o.allowed), None)
    offer = forbidden or next((o.resolution for o in offers), None)

    cue_counts = dict(state.cue_counts)
    for kind in kinds:
        cue_counts[str(kind)] = cue_counts.get(str(kind), 0) + 1

    # Nothing useful said; a greeting counts as something on the first turn.
    # A line in a language the customer does not speak says nothing to them.
    foreign = understood.other_language
    if foreign:
        cues, kinds, revealed, repeated, offers = (), set(), (), (), ()
        offer = None
        known_after = state.known_facts
    vague = foreign or (
        mood_model.is_vague(cues)
        and not revealed
        and not (state.turn_index == 0 and CueKind.GREETING in kinds)
    )
    delta = mood_model.mood_delta(
        persona,
        cues,
        history=state.cue_counts,
        text=agent_text,
        earned_fact=bool(revealed),
        asked_again=len(repeated),
        vague=vague,
    )
    premature_close = CueKind.CLOSING in kinds and not state.accepted and offer is None
    poor = bool(kinds & NEGATIVE_KINDS) or vague or premature_close
    if offer is None and not (state.accepted or revealed or repeated or kinds & NEGATIVE_KINDS):
        offer = _pending_offer(scenario, state.offered, cue_counts, set(known_after))
    unmet = unmet_requirements(scenario, cue_counts, set(known_after)) if offer else ()
    mood_after = mood_model.apply_delta(state.mood, delta)

    intent = _decide(
        persona=persona,
        scenario=scenario,
        state=state,
        cues=cues,
        mood=mood_after,
        delta=delta,
        poor=poor,
        vague=vague,
        revealed=revealed,
        repeated=repeated,
        offer=offer,
        unmet=unmet,
    )
    if foreign and intent != Intent.HANG_UP:
        intent = Intent.CLARIFY  # "Sorry, I don't follow": the customer didn't understand
    accepted = state.accepted
    outcome = None
    if intent == Intent.ACCEPT:
        accepted = offer.key
        mood_after = mood_model.apply_delta(mood_after, ACCEPT_BONUS)
    elif intent == Intent.CLOSE:
        mood_after = mood_model.apply_delta(mood_after, CLOSE_BONUS)
        outcome = Outcome.RESOLVED
    elif intent == Intent.HANG_UP:
        outcome = Outcome.CUSTOMER_HUNG_UP

    offered = state.offered
    if offer is not None and offer.key not in offered:
        offered = (*offered, offer.key)
    full_transcript = _with_agent_line(transcript, agent_text)
    new_state = replace(
        state,
        mood=mood_after,
        poor_turns=state.poor_turns + int(poor),
        known_facts=known_after,
        turn_index=state.turn_index + 1,
        last_customer_line=_last_customer_line(state, transcript),
        offered=offered,
        accepted=accepted,
        outcome=str(outcome) if outcome else None,
        cue_counts=cue_counts,
        mood_trace=(*state.mood_trace, mood_after),
    )
    call = CallState(
        persona=persona,
        scenario=scenario,
        intent=intent,
        mood=mood_after,
        mood_before=state.mood,
        turn_index=new_state.turn_index,
        seed=state.seed,
        transcript=full_transcript,
        agent_cues=tuple(str(c.kind) for c in cues),
        understood=understood,
        revealed_now=revealed,
        known_facts=_facts(scenario, known_after),
        offered=offer,
        outcome=outcome,
        last_customer_line=new_state.last_customer_line,
        unmet=unmet if intent == Intent.REFUSE else (),
        asked_again=repeated if intent == Intent.ANSWER else (),
    )
    return new_state, call


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
        last_customer_line=_last_customer_line(state, transcript),
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
        known_facts=_facts(scenario, state.known_facts),
        outcome=outcome,
        last_customer_line=new_state.last_customer_line,
        hold_seconds=int(seconds),
    )
    return new_state, call
