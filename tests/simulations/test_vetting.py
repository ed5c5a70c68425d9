"""A model's customer line is vetted before the agent sees it (``simulations.engines.vetting``).

What a weak or wayward model does wrong: it gives away a fact the agent has not earned,
speaks as the agent, or makes up a date, an amount or an order number. The pure checks
run on the demo scenarios; the service's handling (a second attempt, then the offline
customer, the turn recording why) runs through the API against the local fake server.
The same guarantees against a real model are in tests/llm/.
"""

from __future__ import annotations

import pytest

from simulations.conversation import conversation_start, conversation_step
from simulations.engines.base import EngineError, Speaker, TranscriptLine
from simulations.engines.offline import OfflineEngine
from simulations.engines.vetting import VettedStream, off_script
from simulations.models import Turn
from simulations.replies import customer_breaker
from tests.fake_openai import Reply
from tests.simulations import agent_scripts, factories
from tests.simulations.call_api import BASE, post, start_call, stream_events
from tests.simulations.demo_data import ALL, DEMO, LATE_ORDER_FR, ROSA_FR

HELLO = "Hello Ms Test, I'm so sorry your order is late. I'll take care of this for you."
SCRIPTS = (
    agent_scripts.COMPETENT,
    agent_scripts.DISMISSIVE,
    agent_scripts.RAMBLING,
    agent_scripts.DISMISSIVE_FR,
    agent_scripts.RAMBLING_FR,
)


def opening_call(slug="late-order-angry"):
    persona, scenario = DEMO[slug]
    return conversation_start(persona, scenario, 1)[1]


def offline_calls():
    """Every line the offline customer says in the demo scenarios, played by each scripted
    agent over several seeds, with the call it was said in."""
    engine = OfflineEngine()
    for slug, (persona, scenario) in ALL.items():
        for script in SCRIPTS:
            for seed in range(6):
                state, call = conversation_start(persona, scenario, seed)
                line = engine.reply(call)
                yield line, call
                state = state.with_customer_line(line)
                transcript = [TranscriptLine(Speaker.CUSTOMER, line)]
                lines = script.get(slug, ()) if isinstance(script, dict) else script
                for text in lines:
                    transcript.append(TranscriptLine(Speaker.AGENT, text))
                    state, call = conversation_step(state, persona, scenario, text, (*transcript,))
                    line = engine.reply(call)
                    yield line, call
                    state = state.with_customer_line(line)
                    transcript.append(TranscriptLine(Speaker.CUSTOMER, line))
                    if state.outcome:
                        break


def test_nothing_the_offline_customer_says_is_taken_for_off_script():
    said = list(offline_calls())
    assert len(said) > 300
    wrong = [(line, str(off_script(line, call))) for line, call in said if off_script(line, call)]
    assert wrong == []


@pytest.mark.parametrize(
    ("line", "kind", "quote"),
    [
        ("My order number is XYZ-48213, sort it out.", "unearned_fact", "48213"),
        ("Just use rosa.alvarez@example.com.", "unearned_fact", "rosa.alvarez@example.com"),
        (
            "It's for my daughter, she has asthma and the pollen is awful.",
            "unearned_fact",
            "daughter … asthma … pollen",
        ),
        ("Thank you for calling XYZ, how can I help you today?", "agent_role", "how can I help"),
        ("Can I have your order number, please?", "agent_role", "Can I have your"),
        ("I can offer you a full refund.", "agent_role", "I can offer you"),
        ("Come in and tell me how I can assist you.", "agent_role", "how I can assist"),
        ("Fine. I'll send you a replacement today.", "agent_role", "I'll send you a replacement"),
        ("The customer sighs and looks at the clock.", "narration", "The customer"),
        ("Fine.\n(The agent does not answer)", "narration", "The agent"),
        ("Rosa shakes her head. Unbelievable.", "narration", "Rosa shakes"),
        ("They told me it would come on Friday.", "invented_detail", "Friday"),
        ("You promised me a $50 credit!", "invented_detail", "50"),
    ],
)
def test_a_line_off_script_is_caught_with_the_words_that_show_it(line, kind, quote):
    problem = off_script(line, opening_call())
    assert (problem.kind, problem.quote) == (kind, quote)


@pytest.mark.parametrize(
    "line",
    [
        "Nine days! I've rung three times and nobody helps.",  # the scenario's own numbers
        "Do you need my order number?",  # a customer's question, not the agent's
        "Where is my purifier? I want it sorted, today.",
        "I was told on the fifth it was on its way.",
        "The agent I spoke to last time said it was on its way.",
        "I'll send you the photo of the box if you want.",
    ],
)
def test_what_the_customer_may_say_passes(line):
    assert off_script(line, opening_call()) is None


def test_an_earned_fact_may_be_said_and_what_the_agent_said_is_grounded():
    persona, scenario = DEMO["late-order-angry"]
    state, call = conversation_start(persona, scenario, 1)
    ask = "Could you give me your order number, please? Is Thursday good for a callback?"
    transcript = (TranscriptLine(Speaker.CUSTOMER, "Where is it?"), TranscriptLine("agent", ask))
    state, call = conversation_step(state, persona, scenario, ask, transcript)
    assert "order_number" in {f.key for f in call.known_facts}
    assert off_script("It's XYZ-48213. Thursday is fine.", call) is None


def test_french_calls_are_vetted_in_french():
    call = conversation_start(ROSA_FR, LATE_ORDER_FR, 1)[1]
    assert off_script("Comment puis-je vous aider aujourd'hui ?", call).kind == "agent_role"
    assert off_script("On m'a dit qu'il arriverait vendredi.", call).kind == "invented_detail"
    assert off_script("Mon numéro de commande est XYZ-48213.", call).kind == "unearned_fact"


def test_a_stream_never_shows_an_unearned_fact():
    stream = VettedStream(opening_call())
    shown = [stream.feed("I have been "), stream.feed("waiting nine days. ")]
    assert "".join(shown) == "I have been waiting nine days. "
    shown.append(stream.feed("My order is XYZ"))
    with pytest.raises(EngineError) as caught:
        for piece in ("-482", "13, so ", "sort it out."):
            shown.append(stream.feed(piece))
    assert caught.value.kind == "off_script"
    assert "482" not in "".join(shown) and "XYZ" not in "".join(shown)


def test_a_stream_shows_plain_words_as_they_come():
    stream = VettedStream(opening_call())
    assert stream.feed("Where is ") == "Where is"
    assert stream.feed("it, then") == " it,"  # "then" may be the start of a longer word
    assert stream.feed("? ") == " then? "
    assert stream.finish() == ""


# --- through the API, against the fake server ---------------------------------------------


def start(api):
    factories.published_scenario()
    return start_call(api)


@pytest.mark.django_db
def test_a_reply_in_the_agents_role_is_asked_again_and_the_turn_records_why(api, llm):
    sid = start(api)
    llm.queue(Reply("How can I help you today?"), Reply("Well? Where is my order?"))
    data = post(api, f"{BASE}/sessions/{sid}/turns", {"text": HELLO}).json()
    assert data["reply"]["text"] == "Well? Where is my order?"
    assert data["notice"] is None
    turn = Turn.objects.filter(session_id=sid, speaker="customer").last()
    assert turn.engine == "llm"
    assert turn.error.startswith("off_script:") and "spoke as the agent" in turn.error


@pytest.mark.django_db
def test_twice_off_script_the_offline_customer_answers_and_the_breaker_stays_closed(
    api, llm, settings
):
    settings.LLM_BREAKER_FAILURES = 1
    sid = start(api)
    llm.queue(Reply("It's XYZ-1, obviously."), Reply("My order XYZ-1 was due Monday."))
    data = post(api, f"{BASE}/sessions/{sid}/turns", {"text": HELLO}).json()
    assert "XYZ-1" not in data["reply"]["text"]
    assert "stepped out of the scenario" in data["notice"]
    turn = Turn.objects.filter(session_id=sid, speaker="customer").last()
    assert turn.engine == "offline-fallback"
    assert "not earned" in turn.error
    assert not customer_breaker.is_open()


@pytest.mark.django_db
def test_a_streamed_reply_in_the_agents_role_is_withdrawn_and_replaced(api, llm):
    sid = start(api)
    llm.queue(Reply("Thank you for calling XYZ. How can I help?"), Reply("Where is my order?"))
    events = stream_events(post(api, f"{BASE}/sessions/{sid}/turns/stream", {"text": HELLO}))
    names = [name for name, _ in events]
    assert "reset" in names and names[-1] == "turn"
    assert events[-1][1]["reply"]["text"] == "Where is my order?"
