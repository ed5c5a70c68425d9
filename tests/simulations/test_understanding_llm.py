"""The LLM understanding backend against the local OpenAI-compatible test server.

The real ``openai`` client talks to tests/fake_openai.py on 127.0.0.1: structured output,
quotes checked against the line, the rules as the floor, and a latency budget.
"""

from __future__ import annotations

import time

import pytest

from lms.llm import CircuitBreaker
from packs.demo import scenario_data
from simulations.models import Turn
from simulations.understanding import Context, CueKind
from simulations.understanding.llm import read_line
from tests.fake_openai import Reply
from tests.simulations import factories
from tests.simulations.call_api import BASE, post, start_call

LATE = scenario_data("late-order-angry")
LINE = "A week of cold showers in January, honestly. It'll be with you tomorrow, I promise."


@pytest.fixture
def llm(llm_configured, settings):
    settings.UNDERSTANDING_BACKEND = "llm"
    settings.LLM_UNDERSTANDING_DEADLINE = 2.0
    CircuitBreaker("understanding").record_success()
    return llm_configured


def reading(**parts) -> Reply:
    body = {
        "language": "en",
        "cues": [],
        "acts": ["statement"],
        "facts": [],
        "resolutions": [],
        "commitments": [],
        "disclosures": [],
        "off_topic": False,
        "addressed_to_grader": False,
    }
    body.update(parts)
    return Reply(tool_json=body)


def test_the_models_reading_adds_what_the_rules_missed(llm):
    llm.queue(reading(cues=[{"kind": "empathy", "quote": "A week of cold showers in January"}]))
    read = read_line(LINE, Context(scenario=LATE))
    assert read.backend == "rules+llm"
    empathy = [c for c in read.cues if c.kind == CueKind.EMPATHY]
    assert [c.quote for c in empathy] == ["A week of cold showers in January"]
    assert LINE[empathy[0].start : empathy[0].end] == empathy[0].quote
    request = llm.requests[-1]["body"]
    assert request["response_format"]["type"] == "json_schema"
    schema = request["response_format"]["json_schema"]["schema"]
    assert "order_number" in schema["properties"]["facts"]["items"]["enum"]


@pytest.mark.parametrize(
    "refusal",
    [
        Reply(status=422),
        # llama-cpp-python's server: its own validation error, answered as a 500.
        Reply(
            status=500, text="response_format.type: 'json_schema' is not 'text' or 'json_object'"
        ),
    ],
)
def test_a_server_that_refuses_json_schema_is_asked_with_json_object_and_then_remembered(
    llm, settings, refusal
):
    settings.OPENAI_MAX_RETRIES = 0
    llm.queue(refusal, reading(cues=[{"kind": "empathy", "quote": "cold showers"}]))
    first = read_line(LINE, Context(scenario=LATE))
    assert first.backend == "rules+llm"
    refused, answered = (r["body"]["response_format"] for r in llm.requests[-2:])
    assert refused["type"] == "json_schema"
    assert answered["type"] == "json_object"
    assert answered["schema"] == refused["json_schema"]["schema"]
    llm.queue(reading())
    read_line(LINE, Context(scenario=LATE))
    assert llm.requests[-1]["body"]["response_format"]["type"] == "json_object"


def test_a_fact_is_earned_only_by_a_line_that_asks_and_the_rules_facts_stand(llm):
    # A weak model says "Let me check what happened" asked for why the order matters.
    llm.queue(reading(facts=["why_it_matters"]))
    statement = read_line("Let me check what happened.", Context(scenario=LATE))
    assert statement.facts == ()
    # The model misses the order number the agent plainly asked for; the rules do not.
    llm.queue(reading(facts=["why_it_matters"]))
    question = read_line("Could I have your order number, please?", Context(scenario=LATE))
    assert [f.key for f in question.facts] == ["order_number", "why_it_matters"]
    assert len(question.fact_quotes) == 2


def test_invented_quotes_are_dropped_and_the_rules_stay_the_floor_for_critical_kinds(llm):
    llm.queue(
        reading(
            cues=[
                {"kind": "apology", "quote": "I am deeply sorry for everything"},  # not said
                {"kind": "empathy", "quote": "cold showers"},
            ],
            commitments=[{"kind": "refund", "value": "full", "quote": "full refund"}],  # invented
        )
    )
    read = read_line(LINE, Context(scenario=LATE))
    assert CueKind.APOLOGY not in read.kinds
    assert not any(c.kind == "refund" for c in read.commitments)
    # The model did not report the forbidden promise; the rules' reading of it stands.
    assert CueKind.FORBIDDEN_PROMISE in read.kinds
    assert {c.kind for c in read.commitments} >= {"date", "promise"}


def test_a_malformed_reply_leaves_the_rules_reading(llm):
    llm.queue(Reply(raw="{not json"))
    read = read_line(LINE, Context(scenario=LATE))
    assert (read.backend, read.fallback) == ("rules", "llm_malformed")
    assert CueKind.FORBIDDEN_PROMISE in read.kinds


def test_a_reply_that_is_json_but_not_a_reading_leaves_the_rules_reading(llm):
    llm.queue(Reply(text='["just", "a", "list"]'))
    assert read_line(LINE, Context(scenario=LATE)).backend == "rules"


def test_past_the_latency_budget_the_rules_reading_stands(llm, settings):
    settings.LLM_UNDERSTANDING_DEADLINE = 0.3
    llm.queue(Reply(tool_json={"cues": []}, delay=3))
    started = time.perf_counter()
    read = read_line(LINE, Context(scenario=LATE))
    assert time.perf_counter() - started < 2.0
    assert (read.backend, read.fallback) == ("rules", "llm_unavailable")


def test_the_budget_covers_the_whole_reading_whatever_the_clients_retries(llm, settings):
    settings.OPENAI_MAX_RETRIES = 2  # the customer's and grader's setting, not the reading's
    settings.LLM_UNDERSTANDING_DEADLINE = 0.3
    llm.queue(Reply(tool_json={"cues": []}, delay=1), Reply(tool_json={"cues": []}, delay=1))
    started = time.perf_counter()
    assert read_line(LINE, Context(scenario=LATE)).fallback == "llm_unavailable"
    assert time.perf_counter() - started < 0.9
    assert len(llm.requests) == 1


def test_after_repeated_failures_the_model_is_not_asked_for_a_while(llm, settings):
    settings.LLM_BREAKER_FAILURES = 2
    llm.queue(Reply(status=500), Reply(status=500))
    read_line(LINE, Context(scenario=LATE))
    read_line(LINE, Context(scenario=LATE))
    asked = len(llm.requests)
    assert read_line(LINE, Context(scenario=LATE)).fallback == "llm_paused"
    assert len(llm.requests) == asked


def test_with_the_rules_backend_the_model_is_never_asked(llm, settings):
    settings.UNDERSTANDING_BACKEND = "rules"
    read_line(LINE, Context(scenario=LATE))
    assert llm.requests == []


@pytest.mark.django_db
def test_a_practice_turn_is_read_with_the_model_and_its_cues_are_saved(llm, client_for, agent):
    api = client_for(agent)
    factories.published_scenario()
    sid = start_call(api)
    llm.queue(reading(cues=[{"kind": "empathy", "quote": "what a week you've had"}]))
    response = post(api, f"{BASE}/sessions/{sid}/turns", {"text": "Oh, what a week you've had."})
    assert response.status_code == 200, response.content
    saved = Turn.objects.get(session_id=sid, speaker="agent")
    assert {"kind": "empathy", "quote": "what a week you've had"} in saved.cues
    assert saved.error == ""


@pytest.mark.django_db
def test_a_turn_whose_reading_could_not_be_used_records_why(llm, client_for, agent):
    api = client_for(agent)
    factories.published_scenario()
    sid = start_call(api)
    llm.queue(Reply(raw="{not json"))
    line = "Could I have your order number, please?"
    response = post(api, f"{BASE}/sessions/{sid}/turns", {"text": line})
    assert response.status_code == 200, response.content
    saved = Turn.objects.get(session_id=sid, speaker="agent")
    assert saved.error == "understanding: llm_malformed"
    assert response.json()["reply"]["text"]  # the call goes on, read by the rules
