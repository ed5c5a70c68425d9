"""The offline customer: deterministic (golden transcripts), alive (never the same line twice
in a row, different for each persona and scenario), safe (never says an unearned fact), fast.

What it says in each situation is in ``test_offline_engine_lines.py``; how a template's
words are made (the customer's own words, tidying) in ``test_offline_engine_wording.py``.
Regenerate the golden files after an intended change with::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/simulations/test_offline_engine.py
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

from simulations.conversation import conversation_start, conversation_step
from simulations.engines import get_engine
from simulations.engines.base import (
    CallState,
    HiddenFact,
    Intent,
    PersonaData,
    Speaker,
    TranscriptLine,
)
from simulations.engines.offline import OfflineEngine
from tests.simulations.agent_scripts import (
    ASKED_IN_PUBLIC,
    COMPETENT,
    DECLINED_RESPECTED,
    DISMISSIVE,
    DISMISSIVE_FR,
    PUSHED_AFTER_NO,
    RAMBLING,
    RAMBLING_FR,
    play,
)
from tests.simulations.demo_data import ALL, DEMO, LATE_ORDER, LATE_ORDER_FR, ROSA, ROSA_FR, WALTER

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
engine = OfflineEngine()


def _check_golden(name: str, data: dict) -> None:
    path = GOLDEN / f"{name}.json"
    if UPDATE or not path.exists():
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        if not UPDATE:
            pytest.fail(f"Golden file {path.name} was missing and has been written; run again.")
    expected = json.loads(path.read_text())
    assert data == expected, f"{path.name} changed: rerun with UPDATE_GOLDEN=1 if intended"


@pytest.mark.parametrize("slug", sorted(DEMO))
def test_golden_transcript_of_a_competent_agent(slug):
    persona, scenario = DEMO[slug]
    played = play(persona, scenario, COMPETENT[slug], seed=1234)
    _check_golden(f"{slug}--competent", played.to_golden())


@pytest.mark.parametrize("slug", sorted(DEMO))
def test_golden_transcript_of_a_dismissive_agent(slug):
    persona, scenario = DEMO[slug]
    played = play(persona, scenario, DISMISSIVE, seed=1234)
    _check_golden(f"{slug}--dismissive", played.to_golden())


def test_golden_outbound_call_declined_and_respected_ends_declined_with_a_goodbye():
    persona, scenario = DEMO["outbound-plus-upsell"]
    played = play(persona, scenario, DECLINED_RESPECTED, seed=1234)
    assert played.outcome == "declined"
    assert [e.intent for e in played.exchanges][-2:] == ["refuse", "close"]
    _check_golden("outbound-plus-upsell--declined-respected", played.to_golden())


def test_golden_outbound_call_pushed_after_a_no_inflames_the_customer():
    persona, scenario = DEMO["outbound-plus-upsell"]
    played = play(persona, scenario, PUSHED_AFTER_NO, seed=1234)
    no = next(i for i, e in enumerate(played.exchanges) if e.intent == "refuse")
    pushed = played.exchanges[no + 1]
    assert pushed.intent == "push_back" and pushed.mood < played.exchanges[no].mood - 10
    assert "no" in pushed.customer.lower()
    _check_golden("outbound-plus-upsell--pushed-after-no", played.to_golden())


def test_golden_social_post_answered_with_a_request_for_details_in_public():
    persona, scenario = DEMO["social-refund-post"]
    played = play(persona, scenario, ASKED_IN_PUBLIC, seed=1234)
    first = played.exchanges[0]
    assert first.intent == "answer" and "XYZ-49877" in first.customer  # she posts it publicly
    _check_golden("social-refund-post--asked-in-public", played.to_golden())


def test_golden_transcript_in_french():
    played = play(
        ROSA_FR,
        LATE_ORDER_FR,
        (
            "Bonjour Madame Alvarez, je suis vraiment désolée pour ce retard.",
            "Pouvez-vous me donner votre numéro de commande et l'adresse e-mail du compte ?",
            "Merci. Je m'en occupe : je vais vous renvoyer un nouveau purificateur gratuitement, "
            "vous recevrez le numéro de suivi par e-mail aujourd'hui.",
            "Y a-t-il autre chose ? Bonne journée !",
        ),
        seed=1234,
    )
    assert played.outcome == "resolved"
    _check_golden("late-order-angry-fr--competent", played.to_golden())


def test_same_seed_and_agent_lines_give_the_same_customer_lines_and_mood_trace():
    for slug, (persona, scenario) in DEMO.items():
        first = play(persona, scenario, COMPETENT[slug], seed=99)
        second = play(persona, scenario, COMPETENT[slug], seed=99)
        assert first.customer_lines() == second.customer_lines()
        assert first.mood_trace() == second.mood_trace()


def test_a_different_seed_words_the_same_call_differently():
    persona, scenario = DEMO["billing-confused"]
    lines = RAMBLING[:10]
    variants = {tuple(play(persona, scenario, lines, seed=s).customer_lines()) for s in range(6)}
    assert len(variants) > 1


def _patient(persona: PersonaData) -> PersonaData:
    return replace(persona, patience=1000, starting_mood=50)


@pytest.mark.parametrize("slug", sorted(ALL))
@pytest.mark.parametrize("seed", [1, 2, 3, 17, 2024])
def test_never_the_same_line_twice_in_a_row_over_a_long_call(slug, seed):
    persona, scenario = ALL[slug]
    persona = _patient(persona)
    french = scenario.language == "fr"
    lines = ((RAMBLING_FR + DISMISSIVE_FR) if french else (RAMBLING + DISMISSIVE)) * 3
    state, call = conversation_start(persona, scenario, seed)
    said = [engine.reply(call)]
    transcript = [TranscriptLine(Speaker.CUSTOMER, said[-1])]
    for text in lines:
        if state.mood < 25:  # keep the call going: this test is about wording, not mood
            state = replace(state, mood=60)
        transcript.append(TranscriptLine(Speaker.AGENT, text))
        state, call = conversation_step(state, persona, scenario, text, tuple(transcript))
        said.append(engine.reply(call))
        transcript.append(TranscriptLine(Speaker.CUSTOMER, said[-1]))
        state = state.with_customer_line(said[-1])
    assert len(said) > 60
    for before, after in zip(said, said[1:], strict=False):
        assert before != after
    assert len(set(said)) > 15


def test_never_the_same_line_twice_even_when_only_one_line_fits():
    scenario = replace(
        LATE_ORDER,
        customer_lines={"vent": {"any": ("Where is it?",)}},
    )
    persona = replace(ROSA, temperament="unknown-temperament")
    call = CallState(
        persona=persona,
        scenario=scenario,
        intent=Intent.VENT,
        mood=10,
        mood_before=10,
        turn_index=3,
        seed=1,
        last_customer_line="Where is it?",
    )
    assert engine.reply(call) != "Where is it?"


def test_each_demo_persona_sounds_different_when_pushing_back():
    replies = {}
    for slug, (persona, scenario) in DEMO.items():
        call = CallState(
            persona=persona,
            scenario=scenario,
            intent=Intent.PUSH_BACK,
            mood=40,
            mood_before=45,
            turn_index=2,
            seed=8,
        )
        replies[slug] = engine.reply(call)
    assert len(set(replies.values())) >= 5, replies


def test_the_six_demo_calls_are_all_different_conversations():
    seen = []
    for slug, (persona, scenario) in DEMO.items():
        seen.append(tuple(play(persona, scenario, COMPETENT[slug]).customer_lines()))
    assert len(set(seen)) == len(seen)
    flat = [line for lines in seen for line in lines]
    assert len(set(flat)) >= 0.8 * len(flat)


def test_walter_and_rosa_are_not_the_same_person():
    lines_w = set(play(_patient(WALTER), DEMO["billing-confused"][1], RAMBLING).customer_lines())
    lines_r = set(play(_patient(ROSA), DEMO["late-order-angry"][1], RAMBLING).customer_lines())
    assert len(lines_w & lines_r) <= 2


def _known_at_each_turn(persona, scenario, agent_lines, seed=3):
    """Yield (customer line, facts known after that turn) for a played call."""
    state, call = conversation_start(persona, scenario, seed)
    transcript = [TranscriptLine(Speaker.CUSTOMER, engine.reply(call))]
    for text in agent_lines:
        transcript.append(TranscriptLine(Speaker.AGENT, text))
        state, call = conversation_step(state, persona, scenario, text, tuple(transcript))
        reply = engine.reply(call)
        transcript.append(TranscriptLine(Speaker.CUSTOMER, reply))
        state = state.with_customer_line(reply)
        yield reply, set(state.known_facts), call
        if state.outcome:
            return


@pytest.mark.parametrize("slug", sorted(ALL))
def test_customer_never_says_a_fact_the_agent_has_not_earned(slug):
    persona, scenario = ALL[slug]
    lines = (*RAMBLING, *COMPETENT.get(slug, ()))
    for reply, known, _ in _known_at_each_turn(_patient(persona), scenario, lines):
        for fact in scenario.hidden_facts:
            if fact.key not in known:
                assert fact.value.lower() not in reply.lower(), (fact.key, reply)


def test_an_earned_fact_is_said_in_the_reveal_line():
    persona, scenario = DEMO["late-order-angry"]
    replies = list(_known_at_each_turn(persona, scenario, ["What's your order number?"]))
    reply, known, call = replies[0]
    assert "order_number" in known
    assert "XYZ-48213. You'd think you'd have that in front of you" in reply


def test_an_earned_fact_without_a_reveal_line_is_said_with_its_value():
    scenario = replace(
        LATE_ORDER,
        hidden_facts=(HiddenFact("pin", "Account PIN", "7391", ("pin",)),),
    )
    (reply, _, _), *_ = _known_at_each_turn(ROSA, scenario, ["What's your PIN?"])
    assert "7391" in reply and "account PIN" in reply


@pytest.mark.parametrize("intent", list(Intent))
@pytest.mark.parametrize("mood", [5, 50, 95])
def test_every_intent_and_mood_gets_a_clean_line(intent, mood):
    for persona, scenario in ALL.values():
        call = CallState(
            persona=persona,
            scenario=scenario,
            intent=intent,
            mood=mood,
            mood_before=mood,
            turn_index=3,
            seed=5,
            offered=scenario.resolutions[0] if intent in (Intent.ACCEPT, Intent.REFUSE) else None,
            hold_seconds=90 if intent == Intent.WAIT else 0,
        )
        line = engine.reply(call)
        assert line.strip() and line == line.strip()
        assert "{" not in line and "}" not in line and "  " not in line
        if intent == Intent.OPEN:  # said as written: Priya chats in lower case ("hi. I want...")
            assert line == scenario.opening_line
        else:
            assert line[0].isupper() or not line[0].isalpha(), line


def test_the_offline_engine_answers_in_milliseconds():
    persona, scenario = DEMO["late-order-angry"]
    state, call = conversation_start(persona, scenario, 1)
    state, call = conversation_step(state, persona, scenario, "Calm down, it's a backend SKU.", ())
    started = time.perf_counter()
    for i in range(300):
        engine.reply(replace(call, turn_index=i))
    per_reply = (time.perf_counter() - started) / 300
    assert per_reply < 0.005


def test_get_engine_gives_the_offline_engine_by_default(settings):
    settings.CUSTOMER_ENGINE = "offline"
    assert isinstance(get_engine(), OfflineEngine)
    assert get_engine().name == "offline" and get_engine().check() == []
    assert list(get_engine().stream_reply(conversation_start(ROSA, LATE_ORDER, 1)[1])) == [
        LATE_ORDER.opening_line
    ]
