"""The LLM understanding backend against a real model: structured output from a server that
takes its schema its own way, invented quotes dropped, facts earned only by asking."""

from __future__ import annotations

import pytest

from lms import llm as llm_module
from packs.demo import scenario_data
from simulations.models import SimulationSession
from simulations.understanding import Context
from simulations.understanding.llm import read_line
from tests.simulations import factories
from tests.simulations.call_api import BASE, post, start_call

LATE = scenario_data("late-order-angry")
LINES = (
    "I'm so sorry, could you give me your order number?",
    "Two weeks without it, I'd be furious too. Let me check what happened.",
    "I'll send a replacement today and email you the tracking.",
    "Can you confirm the email address and postcode on the account?",
)


@pytest.fixture
def understanding(real_llm, settings):
    settings.UNDERSTANDING_BACKEND = "llm"
    return real_llm


def test_every_reading_quotes_the_line_and_the_server_is_asked_in_its_own_schema_dialect(
    understanding,
):
    readings = [read_line(line, Context(scenario=LATE)) for line in LINES]
    assert llm_module._schema_dialect[understanding.base_url] == "json_object"
    assert any(r.backend == "rules+llm" for r in readings)  # the model's reading was used
    for reading in readings:  # a reading not used says why
        assert reading.backend == "rules+llm" or reading.fallback in {
            "llm_malformed",
            "llm_unavailable",
        }
    for line, reading in zip(LINES, readings, strict=True):
        for cue in reading.cues:
            assert line[cue.start : cue.end] == cue.quote
        for found in (*reading.resolutions, *reading.commitments, *reading.disclosures):
            assert found.quote in line
    assert "order_number" in {f.key for f in readings[0].facts}  # the rules' floor


def test_a_line_that_asks_for_nothing_earns_no_fact_whatever_the_model_says(understanding):
    for line in ("Let me check what happened.", "I understand, that's a long wait."):
        assert read_line(line, Context(scenario=LATE)).facts == ()


@pytest.mark.django_db
def test_a_call_read_by_the_model_reveals_only_what_the_agent_asked_for(
    understanding, client_for, agent, settings
):
    settings.CUSTOMER_ENGINE = "offline"
    factories.demo_scenario("late-order-angry")
    api = client_for(agent)
    sid = start_call(api, "late-order-angry")
    for line in ("I'm so sorry about this, that's awful.", "Let me look into it for you."):
        response = post(api, f"{BASE}/sessions/{sid}/turns", {"text": line})
        assert response.status_code == 200, response.content
    state = SimulationSession.objects.get(pk=sid).state
    assert not state.get("known_facts")
