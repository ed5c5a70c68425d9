"""The scripted-call suite (corpora/calls/, bench/_calls.py): the customer on whole calls.

``make bench customer`` prints the same numbers per style and scenario. Here, on both
parts: no turn of any call fails a coherence check, and every call ends as its writer
expected (excellent, textbook, break-character and adaptive agents resolve; rude and
off-topic agents are hung up on; mediocre and jargon calls as judged call by call).
"""

from __future__ import annotations

import functools

import pytest

from bench._calls import ENDINGS, STYLES, play, scripts
from packs.demo import items

SCENARIOS = items("scenario")

# What the writers were asked to expect of each style; mediocre and jargon calls are
# judged call by call.
EXPECTED_OF_STYLE = {
    "excellent": "resolved",
    "textbook": "resolved",
    "break_character": "resolved",
    "adaptive": "resolved",
    "rude": "customer_hung_up",
    "off_topic": "customer_hung_up",
}
ALL = scripts()


@functools.cache
def played(part: str, scenario: str, name: str):
    script = next(s for s in ALL if (s.part, s.scenario, s.name) == (part, scenario, name))
    return play(script)


def test_every_demo_scenario_has_at_least_twelve_calls_in_every_style():
    slugs = {s["slug"] for s in SCENARIOS}
    for slug in slugs:
        calls = [s for s in ALL if s.scenario == slug]
        assert len(calls) >= 12, slug
        assert {s.style for s in calls if s.part == "dev"} == set(STYLES), slug
    assert {s.scenario for s in ALL} == slugs
    assert all(s.style in STYLES and s.expect in ENDINGS for s in ALL)
    assert {s.part for s in ALL} == {"dev", "heldout"}


@pytest.mark.parametrize(
    "part,scenario,name", [(s.part, s.scenario, s.name) for s in ALL], ids=lambda v: str(v)
)
def test_the_customer_stays_coherent_on_every_turn(part, scenario, name):
    call = played(part, scenario, name)
    assert call.problems == [], call.problems


@pytest.mark.parametrize(
    "part,scenario,name", [(s.part, s.scenario, s.name) for s in ALL], ids=lambda v: str(v)
)
def test_the_call_ends_as_its_agent_deserves(part, scenario, name):
    call = played(part, scenario, name)
    assert call.script.expect == EXPECTED_OF_STYLE.get(call.script.style, call.script.expect)
    assert call.ending == call.script.expect, [(t.intent, t.customer) for t in call.turns]
