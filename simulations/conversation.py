"""The conversation logic: from the agent's line to what the customer does next.

``conversation_step`` reads the agent's line through the understanding component
(``simulations.understanding``: cues, facts asked for, resolutions offered), moves the mood
and decides the customer's ``Intent`` (and the outcome when the call ends). It returns a
new ``ConversationState`` (``simulations.conversation_state``: to persist, JSON-safe) and a
frozen ``CallState`` for an engine to word. Engines never decide; this module never words.
Pure and deterministic: no Django models, no randomness.
"""

from __future__ import annotations

from dataclasses import replace

from simulations import mood as mood_model
from simulations.call_facts import (
    apply_steps,
    call_scenario,
    choose,
    current_facts,
    on_the_subject,
    solved_by_steps,
    solved_resolution,
)
from simulations.channel_rules import (
    PUSH_PENALTY,
    channel_decision,
    channel_reading,
    in_public,
)
from simulations.conversation_state import ConversationState
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
from simulations.intent import (
    POOR_KINDS,
    SUBSTANTIVE_KINDS,
    UNHAPPY_INTENTS,
    decide,
    pending_offer,
    unmet_requirements,
)
from simulations.understanding import (
    NEGATIVE_KINDS,
    Context,
    CueKind,
    Understanding,
    understand,
)
from simulations.understanding.scenario import RECALLED_FAMILIES, fact_family

ACCEPT_BONUS = 15  # relief when the customer accepts a resolution (or a step solves it)
AGREE_BONUS = 4  # agreeing to try the steps: hope, not relief yet
CLOSE_BONUS = 3
MAX_TURN_GAIN = 25  # the words and an acceptance together lift the mood no further


class ConversationEndedError(ValueError):
    """The call has already ended: no more turns."""


def last_customer_line(state: ConversationState, transcript) -> str:
    """What the customer said last: from the transcript, else as the state remembers it."""
    for line in reversed(transcript):
        if line.speaker == Speaker.CUSTOMER:
            return line.text
    return state.last_customer_line


def conversation_start(
    persona: PersonaData, scenario: ScenarioData, seed: int
) -> tuple[ConversationState, CallState]:
    mood = mood_model.clamp(persona.starting_mood)
    state = ConversationState(mood=mood, seed=int(seed), mood_trace=(mood,))
    call = CallState(
        persona=persona,
        scenario=call_scenario(persona, scenario),
        intent=Intent.OPEN,
        mood=mood,
        mood_before=mood,
        turn_index=0,
        seed=int(seed),
    )
    return state, call


def understanding_context(
    state: ConversationState,
    scenario: ScenarioData,
    transcript=(),
    persona: PersonaData | None = None,
) -> Context:
    """What the understanding component needs to know about this call before a line."""
    return Context(
        scenario=call_scenario(persona, scenario) if persona else scenario,
        customer_said=last_customer_line(state, transcript),
        language=scenario.language,
        known=frozenset(state.known_facts),
    )


def _with_agent_line(transcript, agent_text: str) -> tuple[TranscriptLine, ...]:
    transcript = tuple(transcript or ())
    if transcript and transcript[-1].speaker == Speaker.AGENT and transcript[-1].text == agent_text:
        return transcript
    return (*transcript, TranscriptLine(Speaker.AGENT, agent_text))


def _said_before(transcript: tuple[TranscriptLine, ...], agent_text: str) -> bool:
    """The agent says, word for word, a line it has said before in this call."""
    said = " ".join(agent_text.lower().split())
    earlier = [t for t in transcript[:-1] if t.speaker == Speaker.AGENT]
    return len(said) > 3 and any(" ".join(t.text.lower().split()) == said for t in earlier)


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
    scenario = call_scenario(persona, scenario)
    full_transcript = _with_agent_line(transcript, agent_text)
    if understood is None:
        understood = understand(agent_text, understanding_context(state, scenario, transcript))
    cues = understood.cues
    kinds = set(understood.kinds)
    revealed = understood.facts
    repeated = understood.asked_again
    offers = understood.resolutions
    told = tuple(s.step for s in understood.steps)
    customer_said = last_customer_line(state, transcript)
    # Asking again about something that changes during the call ("what's the light doing
    # now?") is checking, not failing to listen.
    changing = {step.fact for step in scenario.steps if step.fact}
    restated = tuple(f for f in repeated if f.key in changing)
    repeated = tuple(f for f in repeated if f.key not in changing)

    cue_counts = dict(state.cue_counts)
    for kind in kinds:
        cue_counts[str(kind)] = cue_counts.get(str(kind), 0) + 1

    # A line in a language the customer does not speak says nothing to them.
    foreign = understood.other_language
    if foreign:
        cues, kinds, revealed, repeated, offers, told = (), set(), (), (), (), ()
        restated = ()
    forbidden = next((o.resolution for o in offers if not o.allowed), None)
    chosen = None if forbidden else choose(scenario, (o.resolution for o in offers))
    offer = forbidden or chosen or next((o.resolution for o in offers), None)
    by_key = {step.key: step for step in scenario.steps}
    waiting = tuple(by_key[k] for k in state.steps_waiting if k in by_key)
    step_outcomes, steps_done, changed, solved = apply_steps(told, state.steps_done, waiting)
    stepped = bool(step_outcomes)

    # Nothing useful said: small talk, stalling, a line said before, or nothing that moves
    # the call on (a greeting counts on the first turn; courtesy once a resolution is agreed).
    small_talk = understood.off_topic or not (
        revealed
        or restated
        or told
        or offers
        or kinds & SUBSTANTIVE_KINDS
        or on_the_subject(agent_text, scenario, customer_said, scenario.language)
    )
    vague = foreign or (
        not stepped
        and not state.accepted
        and (
            small_talk
            or _said_before(full_transcript, agent_text)
            or (
                mood_model.is_vague(cues)
                and not revealed
                and not restated
                and not (state.turn_index == 0 and CueKind.GREETING in kinds)
            )
        )
    )
    # An offer's worth is in the customer's acceptance (ACCEPT_BONUS), not in its words.
    mood_cues = tuple(c for c in cues if c.kind != CueKind.ALLOWED_RESOLUTION)
    delta = mood_model.mood_delta(
        persona,
        mood_cues,
        history=state.cue_counts,
        text=agent_text,
        earned_fact=bool(revealed) or stepped,
        asked_again=len(repeated),
        vague=vague,
    )
    reading = channel_reading(scenario, state, kinds, offer)
    kinds = set(reading.kinds)
    premature_close = (
        reading.closing_is_premature
        and CueKind.CLOSING in kinds
        and not state.accepted
        and offer is None
    )
    poor = bool(kinds & POOR_KINDS) or vague or premature_close or reading.pushed
    if reading.pushed:
        delta -= PUSH_PENALTY
    known_if_answered = (*state.known_facts, *(f.key for f in revealed))
    if offer is None and not (
        state.accepted or revealed or repeated or restated or kinds & NEGATIVE_KINDS
    ):
        offer = pending_offer(scenario, state.offered, cue_counts, set(known_if_answered))
    if offer is not None and _agreed_steps(scenario, offer) and offer.key in state.offered:
        offer = None  # already agreed to go through the steps: now do them
    unmet = unmet_requirements(scenario, cue_counts, set(known_if_answered), offer) if offer else ()
    # What only the customer can give ("where should it go?") they give with their yes.
    facts_by_key = {f.key: f for f in scenario.hidden_facts}
    volunteered: tuple[HiddenFact, ...] = ()
    if offer is not None and offer.allowed and offer.satisfies and unmet:
        if all(
            need in facts_by_key
            and need not in offer.requires
            and fact_family(facts_by_key[need]) not in RECALLED_FAMILIES
            for need in unmet
        ):  # (not what the agent must find out for this offer, nor what it has forgotten)
            volunteered, unmet = tuple(facts_by_key[need] for need in unmet), ()
    mood_after = mood_model.apply_delta(state.mood, delta)

    intent = decide(
        persona=persona,
        poor_turns=state.poor_turns,
        accepted=bool(state.accepted),
        kinds=kinds,
        mood=mood_after,
        delta=delta,
        poor=poor,
        vague=vague,
        small_talk=small_talk,
        revealed=revealed,
        repeated=repeated or restated,
        offer=offer,
        unmet=unmet,
        stepped=stepped,
    )
    if foreign and intent != Intent.HANG_UP:
        intent = Intent.CLARIFY  # "Sorry, I don't follow": the customer didn't understand
    decision = channel_decision(
        scenario, state, reading, intent, offer, None, revealed=bool(revealed)
    )
    intent = decision.intent
    blocked = stepped and all(status != "done" for _, status in step_outcomes)
    if intent in UNHAPPY_INTENTS or (intent == Intent.REPORT and blocked):
        mood_after = min(mood_after, state.mood)  # words and meter agree
    if intent != Intent.REPORT:
        step_outcomes, steps_done, changed, solved = (), state.steps_done, {}, None

    accepted = state.accepted
    outcome = None
    # Facts are known once the customer has said them: answered now, or reported by a step.
    known_after = state.known_facts
    if intent == Intent.ANSWER:
        known_after = (*known_after, *(f.key for f in revealed if f.key not in known_after))
    elif intent == Intent.ACCEPT:
        known_after = (*known_after, *(f.key for f in volunteered if f.key not in known_after))
    known_after = (*known_after, *(k for k in changed if k not in known_after))
    if intent == Intent.ACCEPT:
        if _agreed_steps(scenario, offer):
            mood_after = mood_model.apply_delta(mood_after, AGREE_BONUS)  # "go on then"
        else:
            accepted = offer.key
            mood_after = mood_model.apply_delta(
                mood_after, mood_model.accept_delta(persona, ACCEPT_BONUS)
            )
    elif intent == Intent.REPORT and solved is not None and not accepted:
        accepted = solved_resolution(scenario, solved)
        mood_after = mood_model.apply_delta(
            mood_after, mood_model.accept_delta(persona, ACCEPT_BONUS)
        )
    elif intent == Intent.CLOSE:
        mood_after = mood_model.apply_delta(mood_after, CLOSE_BONUS)
        outcome = Outcome.RESOLVED
    elif intent == Intent.HANG_UP:
        outcome = Outcome.CUSTOMER_HUNG_UP
    outcome = decision.outcome or outcome

    mood_after = min(mood_after, state.mood + MAX_TURN_GAIN)
    offered = state.offered
    if offer is not None and offer.key not in offered:
        offered = (*offered, offer.key)
    fact_values = {**state.fact_values, **changed}
    new_state = replace(
        state,
        mood=mood_after,
        poor_turns=state.poor_turns + int(poor),
        known_facts=known_after,
        turn_index=state.turn_index + 1,
        last_customer_line=customer_said,
        offered=offered,
        accepted=accepted,
        outcome=str(outcome) if outcome else None,
        cue_counts=cue_counts,
        mood_trace=(*state.mood_trace, mood_after),
        steps_done=steps_done,
        steps_waiting=tuple(step.key for step, status in step_outcomes if status == "blocked"),
        fact_values=fact_values,
        declined=decision.declined,
        private=decision.private,
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
        revealed_now=current_facts(
            scenario,
            (f.key for f in revealed)
            if intent == Intent.ANSWER
            else (f.key for f in volunteered)
            if intent == Intent.ACCEPT
            else (),
            fact_values,
        ),
        known_facts=current_facts(scenario, known_after, fact_values),
        offered=offer,
        outcome=outcome,
        last_customer_line=new_state.last_customer_line,
        unmet=unmet if intent == Intent.REFUSE else (),
        asked_again=(
            current_facts(scenario, (f.key for f in repeated), fact_values)
            if intent == Intent.ANSWER
            else ()
        ),
        restated=(
            current_facts(scenario, (f.key for f in restated), fact_values)
            if intent == Intent.ANSWER
            else ()
        ),
        steps_now=step_outcomes,
        steps_done=tuple(by_key[k] for k in steps_done if k in by_key),
        chose=intent == Intent.ACCEPT and chosen is not None and offer is chosen,
        courtesy=bool(state.accepted) and intent in (Intent.CALM, Intent.CLOSE),
        public=in_public(scenario, new_state),
        declined=decision.declined,
        pushed=reading.pushed,
    )
    return new_state, call


def _agreed_steps(scenario: ScenarioData, resolution: Resolution) -> bool:
    """An offer to go through the steps, where doing them is what solves the problem: the
    customer agrees to try, but nothing is resolved until a step solves it."""
    from simulations.understanding.scenario import offer_family

    return (
        resolution.allowed
        and solved_by_steps(scenario)
        and offer_family(resolution) == "troubleshoot"
    )
