"""The offline customer's line for each situation: the scenario's own lines, accepting and
refusing, pushing back, closing too early, a fact asked for again, French, the opening line,
and content that is thin or odd (no opening line, a bare scenario, unknown triggers)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from simulations.conversation import conversation_start, conversation_step
from simulations.engines.base import (
    CallState,
    Intent,
    PersonaData,
    Resolution,
    ScenarioData,
    Speaker,
    TranscriptLine,
    Trigger,
)
from simulations.engines.line_tables import line_tables
from simulations.engines.offline import OfflineEngine
from tests.simulations.agent_scripts import COMPETENT, play
from tests.simulations.demo_data import (
    ALL,
    AMARA,
    DEMO,
    FRANK,
    GRAHAM,
    LATE_ORDER,
    LATE_ORDER_FR,
    REFUND,
    ROSA,
    ROSA_FR,
    TECH,
    WALTER,
)

engine = OfflineEngine()


def test_the_scenarios_own_customer_lines_are_used_when_present():
    call = CallState(
        persona=FRANK,
        scenario=TECH,
        intent=Intent.VENT,
        mood=10,
        mood_before=15,
        turn_index=2,
        seed=4,
    )
    own = {*TECH.customer_lines["vent"]["low"], *TECH.customer_lines["vent"].get("any", ())}
    assert own and engine.reply(call) in own


def test_accepting_never_speaks_the_trainers_label_for_the_resolution():
    # Without the reship's own reaction and the scenario's accept lines, the engine's own
    # lines accept; "Reship at no cost"-style labels are for trainers, not for the customer.
    offered = replace(LATE_ORDER.resolutions[0], customer_reaction="")
    scenario = replace(LATE_ORDER, resolutions=(offered,), customer_lines={})
    for seed in range(8):
        call = CallState(
            persona=ROSA,
            scenario=scenario,
            intent=Intent.ACCEPT,
            mood=70,
            mood_before=50,
            turn_index=4,
            seed=seed,
            offered=offered,
        )
        reply = engine.reply(call)
        assert reply and offered.label.lower() not in reply.lower()


def test_a_trainers_customer_reaction_is_used_when_a_resolution_is_offered():
    offered = replace(LATE_ORDER.resolutions[0], customer_reaction="Fine, send it. Tracked.")
    # Without the scenario's own accept lines, which would be picked from alongside it.
    scenario = replace(LATE_ORDER, resolutions=(offered,), customer_lines={})
    call = CallState(
        persona=ROSA,
        scenario=scenario,
        intent=Intent.ACCEPT,
        mood=70,
        mood_before=50,
        turn_index=4,
        seed=1,
        offered=offered,
    )
    assert engine.reply(call) == "Fine, send it. Tracked."


def _refusing(persona, scenario, unmet: tuple[str, ...]) -> str:
    """The customer's words refusing the scenario's first resolution while ``unmet``."""
    call = CallState(
        persona=persona,
        scenario=scenario,
        intent=Intent.REFUSE,
        mood=40,
        mood_before=40,
        turn_index=1,
        seed=1,
        offered=scenario.resolutions[0],
        unmet=unmet,
    )
    return engine.reply(call)


def test_refusing_too_early_says_what_is_missing():
    reply = _refusing(ROSA, LATE_ORDER, ("verification",))
    assert "checked who I am" in reply or "look me up" in reply


def test_refusing_before_the_story_is_heard_does_not_name_an_internal_label():
    # The fault is part of the customer's story: "Fault with the grinder" is a trainer's label.
    reply = _refusing(GRAHAM, REFUND, ("fault_detail",))
    assert "more to it" in reply or "whole story" in reply
    assert "fault with the grinder" not in reply.lower()


def test_pushback_quotes_the_agents_dismissive_words_sometimes():
    # The engine's own push-back lines: the real scenario's own ones in this band quote nothing.
    persona, scenario = ROSA, replace(LATE_ORDER, customer_lines={})
    replies = set()
    for seed in range(12):
        state, _ = conversation_start(persona, scenario, seed)
        state = replace(state, mood=55)
        transcript = (TranscriptLine(Speaker.AGENT, "Calm down."),)
        _, call = conversation_step(state, persona, scenario, "Calm down.", transcript)
        replies.add(engine.reply(call))
    assert any("Calm down" in r for r in replies)


FRENCH_WORDS = set(
    "je vous de la le merci pas ça au oui non ma mon c'est d'accord est une un votre quoi "
    "pardon".split()
)


@pytest.mark.parametrize(
    "intent",
    [
        Intent.VENT,
        Intent.ANSWER,
        Intent.CLARIFY,
        Intent.PUSH_BACK,
        Intent.ESCALATE,
        Intent.CALM,
        Intent.REFUSE,
        Intent.ACCEPT,
        Intent.WAIT,
        Intent.CLOSE,
        Intent.HANG_UP,
        Intent.STAY_IN_CHARACTER,
    ],
)
def test_a_french_scenario_gets_french_lines(intent):
    call = CallState(
        persona=ROSA_FR,
        scenario=LATE_ORDER_FR,
        intent=intent,
        mood=30,
        mood_before=30,
        turn_index=2,
        seed=3,
        offered=LATE_ORDER_FR.resolutions[0] if intent in (Intent.ACCEPT, Intent.REFUSE) else None,
    )
    words = {w.strip(".,!?«»:;").lower() for w in engine.reply(call).split()}
    assert words & FRENCH_WORDS, engine.reply(call)


def test_opening_line_is_the_scenarios_own():
    for persona, scenario in ALL.values():
        _, call = conversation_start(persona, scenario, 1)
        assert engine.reply(call) == scenario.opening_line


def test_a_scenario_without_an_opening_line_still_opens():
    scenario = replace(LATE_ORDER, opening_line="")
    _, call = conversation_start(ROSA, scenario, 1)
    assert "order" in engine.reply(call)


def test_a_bare_minimum_scenario_works():
    persona = PersonaData(name="Alex", temperament="skeptical", starting_mood=50, patience=3)
    scenario = ScenarioData(
        slug="bare",
        title="Bare",
        channel="chat",
        difficulty="beginner",
        language="en",
        customer_name="Alex",
        problem="",
        goal="",
        opening_line="",
        resolutions=(Resolution("fix", "Fix it", ("fix it",), allowed=True),),
        customer_lines={"vent": ["Hm."]},
    )
    played = play(persona, scenario, ["Hello Alex, I'm sorry.", "I'll fix it.", "Goodbye!"])
    assert played.outcome == "resolved"
    assert all(line.strip() for line in played.customer_lines())


def test_personas_are_consistent_across_languages():
    # A persona written for English speaking in a French scenario speaks French.
    call = CallState(
        persona=AMARA,
        scenario=LATE_ORDER_FR,
        intent=Intent.CALM,
        mood=60,
        mood_before=50,
        turn_index=1,
        seed=1,
    )
    words = {w.strip(".,!?").lower() for w in engine.reply(call).split()}
    assert words & FRENCH_WORDS


def test_triggers_with_unknown_names_do_no_harm():
    persona = replace(ROSA, calmed_by=(Trigger("flattery", 5),))
    assert play(persona, LATE_ORDER, COMPETENT["late-order-angry"]).outcome == "resolved"


def test_asked_again_the_customer_repeats_the_fact_with_feeling():
    persona, scenario = ROSA, LATE_ORDER
    state, _ = conversation_start(persona, scenario, 2)
    state, _ = conversation_step(state, persona, scenario, "What's your order number?", ())
    state = replace(state, mood=50)
    _, call = conversation_step(state, persona, scenario, "What's the order number?", ())
    reply = engine.reply(call)
    assert "XYZ-48213" in reply and reply not in LATE_ORDER.hidden_facts[0].reveal_line


def test_closing_too_early_gets_a_why_are_you_leaving_line():
    call = CallState(
        persona=AMARA,
        scenario=DEMO["shipped-order-change-anxious"][1],
        intent=Intent.PUSH_BACK,
        mood=50,
        mood_before=55,
        turn_index=2,
        seed=1,
        agent_cues=("closing",),
    )
    assert engine.reply(call) in line_tables("en").LINES["anxious"]["premature_close"]["any"]


def test_a_talkative_customer_has_their_own_voice():
    talker = replace(WALTER, temperament="talkative")
    call = CallState(
        persona=talker,
        # Without the scenario's own calm lines, which come before the engine's.
        scenario=replace(DEMO["billing-confused"][1], customer_lines={}),
        intent=Intent.CALM,
        mood=60,
        mood_before=50,
        turn_index=2,
        seed=1,
    )
    assert engine.reply(call) in line_tables("en").LINES["talkative"]["calm"]["any"]
