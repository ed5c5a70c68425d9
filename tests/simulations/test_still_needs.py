"""What the customer still needs before accepting: what the Resolve confirmation names.

The pure reading of the conversation state first, then the call API and the call screen
that carry it, and the outcome the server records whatever the screen asked.
"""

import pytest
from django.utils import translation

from packs.demo import scenario_data
from simulations import selectors
from simulations.demo import PAST_CALLS
from simulations.models import SimulationSession
from simulations.still_needs import still_needs
from tests.simulations import factories
from tests.simulations.call_api import BASE, post, start_call

LATE_ORDER = {slug: lines for slug, lines, _ in PAST_CALLS}["late-order-angry"]


def test_nothing_is_missing_once_the_customer_has_accepted():
    scenario = scenario_data("refund-outside-window")
    assert still_needs(scenario, {"accepted": "manufacturer_warranty"}) == ()


def test_a_fresh_call_names_each_check_the_customer_waits_for_and_an_offer():
    with translation.override("en"):
        needs = still_needs(scenario_data("refund-outside-window"), {})
    assert needs == (
        "Their identity checked (verify the account)",
        "To be asked about: Order number",
        "To be asked about: Fault with the grinder",
        "An offer they can accept: you have not offered one yet",
    )


def test_what_the_agent_has_done_drops_off_the_list():
    state = {"cue_counts": {"verification": 1}, "known_facts": ["order_number"]}
    with translation.override("en"):
        needs = still_needs(scenario_data("refund-outside-window"), state)
    assert needs == (
        "To be asked about: Fault with the grinder",
        "An offer they can accept: you have not offered one yet",
    )


def test_an_offer_outside_the_policy_is_not_one_the_customer_can_accept():
    state = {"cue_counts": {"verification": 1}, "known_facts": ["order_number", "fault_detail"]}
    state["offered"] = ["full_refund"]
    with translation.override("en"):
        needs = still_needs(scenario_data("refund-outside-window"), state)
    assert needs == ("An offer they can accept, within the policy: none of your offers so far",)


def test_an_offer_made_too_early_names_what_it_still_waits_for():
    with translation.override("en"):
        needs = still_needs(scenario_data("cancel-subscription-save"), {"offered": ["pause"]})
    assert needs == ("To be asked about: Reason for cancelling",)


def test_a_troubleshooting_call_needs_the_problem_fixed():
    with translation.override("en"):
        needs = still_needs(scenario_data("tech-support-frustrated"), {})
    assert needs == ("Their problem fixed, or an offer they can accept",)


# -- the API and the call screen carry it; the server records what happened ----------------


@pytest.fixture
def late_order(db):
    return factories.demo_scenario("late-order-angry")


def _say(api, session_id, text):
    response = post(api, f"{BASE}/sessions/{session_id}/turns", {"text": text})
    assert response.status_code == 200, response.content
    return response.json()


def test_each_reply_says_whether_resolve_would_count_and_what_is_missing(api, late_order):
    session_id = start_call(api, "late-order-angry")
    first = _say(api, session_id, LATE_ORDER[0])
    assert first["accepted"] is False
    assert "To be asked about: Order number" in first["still_needs"]
    for line in LATE_ORDER[1:4]:  # the order number, the checks, then the free reship
        data = _say(api, session_id, line)
    assert data["accepted"] is True
    assert data["still_needs"] == []


def test_the_call_screen_starts_with_what_the_customer_needs(api, agent, late_order):
    session_id = start_call(api, "late-order-angry")
    response = api.get(f"/practice/calls/{session_id}/")
    config = response.context["config"]
    assert config["accepted"] is False
    assert list(config["stillNeeds"]) == list(response.context["still_needs"])
    assert "What Ms Alvarez still needs:" in response.content.decode()
    assert "To be asked about: Order number" in response.content.decode()


def test_resolve_without_acceptance_is_recorded_as_ended_by_the_agent(api, late_order):
    session_id = start_call(api, "late-order-angry")
    _say(api, session_id, LATE_ORDER[0])
    response = post(api, f"{BASE}/sessions/{session_id}/end", {"resolved": True})
    assert response.json()["outcome"] == "agent_ended"


def test_resolve_after_acceptance_is_recorded_as_resolved(api, late_order):
    session_id = start_call(api, "late-order-angry")
    for line in LATE_ORDER[:4]:
        _say(api, session_id, line)
    session = SimulationSession.objects.get(pk=session_id)
    assert selectors.session_still_needs(session) == ()
    response = post(api, f"{BASE}/sessions/{session_id}/end", {"resolved": True})
    assert response.json()["outcome"] == "resolved"
