"""What has changed during a call, as the call screen, the API and the review show it.

A scenario with steps (troubleshooting, account changes) keeps, in the conversation state,
the steps the customer has done and the facts those steps changed. ``case_progress`` turns
that state into what an agent reads beside the transcript: the steps done, in order, and
what the customer has told them about the things that change ("Light on the HomeHub: it
flashed green and now it's off"). Pure: the scenario's data and the state's dict in,
JSON-safe out. ``None`` for a scenario without steps.
"""

from __future__ import annotations

from collections.abc import Mapping

from simulations.engines.base import ScenarioData


def case_progress(scenario: ScenarioData, state: Mapping | None) -> dict | None:
    if not scenario.steps:
        return None
    state = state or {}
    by_key = {step.key: step for step in scenario.steps}
    done = [by_key[key] for key in state.get("steps_done") or () if key in by_key]
    known = set(state.get("known_facts") or ())
    values = state.get("fact_values") or {}
    changing = {step.fact for step in scenario.steps if step.fact}
    sees = [
        {"key": fact.key, "label": fact.label, "value": values.get(fact.key, fact.value)}
        for fact in scenario.hidden_facts
        if fact.key in changing and fact.key in known
    ]
    return {
        "steps": [{"key": step.key, "label": step.label} for step in done],
        "solved": any(step.solves for step in done),
        "sees": sees,
    }
