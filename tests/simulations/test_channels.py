"""Email, social and outbound contacts through the API and the services, and handle time.

The demo's own scenarios (the demo pack): an email with its subject and a framed reply, a
public post moved to a private message, an outbound offer declined and respected, and the
time a contact takes and spends on hold.
"""

from __future__ import annotations

import json
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from simulations import services
from simulations.models import SimulationSession
from tests.simulations import factories
from tests.simulations.agent_scripts import COMPETENT, DECLINED_RESPECTED

pytestmark = pytest.mark.django_db

BASE = "/api/v1/simulations"


def post(client, url, data=None):
    return client.post(url, json.dumps(data or {}), content_type="application/json")


def start(api, slug):
    factories.demo_scenario(slug)
    response = post(api, f"{BASE}/sessions", {"scenario": slug})
    assert response.status_code == 201, response.content
    return response.json()


def test_the_scenario_list_gives_each_channel_and_direction(api):
    for slug in ("late-order-angry", "email-double-charge", "social-refund-post"):
        factories.demo_scenario(slug)
    factories.demo_scenario("outbound-plus-upsell")
    listed = {s["slug"]: s for s in api.get(f"{BASE}/scenarios").json()}
    assert (listed["late-order-angry"]["channel"], listed["late-order-angry"]["direction"]) == (
        "phone",
        "inbound",
    )
    assert listed["email-double-charge"]["channel"] == "email"
    assert listed["social-refund-post"]["channel"] == "social"
    upsell = listed["outbound-plus-upsell"]
    assert (upsell["channel"], upsell["direction"]) == ("phone", "outbound")
    assert upsell["target_handle_seconds"] == 420


def test_an_email_turn_takes_a_subject_and_the_customer_answers_by_email(api):
    session = start(api, "email-double-charge")
    opening = session["turns"][0]
    assert opening["subject"] == "Still charged twice for order XYZ-53108"
    url = f"{BASE}/sessions/{session['id']}/turns"

    missing = post(api, url, {"text": COMPETENT["email-double-charge"][0]})
    assert missing.status_code == 422
    assert "subject" in missing.json()["detail"]
    assert SimulationSession.objects.get(pk=session["id"]).turns.count() == 1  # nothing kept

    reply = post(
        api, url, {"text": COMPETENT["email-double-charge"][0], "subject": "Your double charge"}
    ).json()["reply"]
    assert reply["subject"] == "Re: Your double charge"
    assert reply["text"].startswith(("Hi,", "Hello,")) and reply["text"].endswith("Nadia")
    assert "60614" in reply["text"]  # she answers the agent's questions in her email
    turns = api.get(f"{BASE}/sessions/{session['id']}").json()["turns"]
    assert [t["subject"] for t in turns][1:] == ["Your double charge", "Re: Your double charge"]


def test_the_last_email_the_scenario_allows_ends_the_exchange(api):
    session = start(api, "email-double-charge")
    url = f"{BASE}/sessions/{session['id']}/turns"
    for text in COMPETENT["email-double-charge"][:2]:
        post(api, url, {"text": text, "subject": "Re: Still charged twice"})
    for _ in range(2):  # the scenario allows four emails: the fourth is the last word
        data = post(api, url, {"text": "Dear Ms Haddad,\n\nThank you.\n\nSam", "subject": "Re: x"})
    assert data.json()["status"] == "ended"
    assert SimulationSession.objects.get(pk=session["id"]).outcome == "resolved"


def test_a_social_post_is_answered_in_public_until_the_customer_moves_to_a_private_message(api):
    session = start(api, "social-refund-post")
    assert session["turns"][0]["public"] is True
    url = f"{BASE}/sessions/{session['id']}/turns"
    lines = COMPETENT["social-refund-post"]
    moved = post(api, url, {"text": lines[0]}).json()["reply"]
    assert moved["public"] is False  # her first direct message
    assert moved["text"].startswith("Ok, I'm in your DMs")
    post(api, url, {"text": lines[1]})
    turns = api.get(f"{BASE}/sessions/{session['id']}").json()["turns"]
    assert [t["public"] for t in turns] == [True, True, False, False, False]


def test_asked_for_an_order_number_in_public_the_customer_posts_it_in_public(api):
    session = start(api, "social-refund-post")
    url = f"{BASE}/sessions/{session['id']}/turns"
    reply = post(api, url, {"text": "Hi Chloe, what's your order number?"}).json()["reply"]
    assert reply["public"] is True and "XYZ-49877" in reply["text"]


def test_an_outbound_offer_declined_and_respected_ends_declined(api):
    session = start(api, "outbound-plus-upsell")
    url = f"{BASE}/sessions/{session['id']}/turns"
    for text in DECLINED_RESPECTED:
        data = post(api, url, {"text": text}).json()
    assert data["status"] == "ended"
    detail = api.get(f"{BASE}/sessions/{session['id']}").json()
    assert detail["outcome"] == "declined"
    assert detail["handle_seconds"] >= 0 and detail["hold_seconds"] == 0


def test_time_on_hold_adds_up_over_every_hold_and_an_end_on_hold(agent):
    scenario = factories.published_scenario()
    session = services.session_start(user=agent, scenario=scenario)
    now = timezone.now()
    with mock.patch("django.utils.timezone.now", return_value=now):
        services.session_hold(session=session)
    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(seconds=40)):
        services.session_resume(session=session)
    session.refresh_from_db()
    assert session.hold_seconds == 40
    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(seconds=50)):
        services.session_hold(session=session)
    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(seconds=75)):
        services.session_finish_by_agent(session=session, resolved=False)
    session.refresh_from_db()
    assert session.hold_seconds == 65
    assert session.handle_seconds == int((session.ended_at - session.started_at).total_seconds())


def test_the_library_filters_by_direction(client_for, agent):
    factories.demo_scenario("late-order-angry")
    factories.demo_scenario("outbound-plus-upsell")
    page = client_for(agent).get("/practice/?direction=outbound").content.decode()
    assert 'data-scenario="outbound-plus-upsell"' in page
    assert 'data-scenario="late-order-angry"' not in page
    page = client_for(agent).get("/practice/?channel=phone&direction=inbound").content.decode()
    assert 'data-scenario="late-order-angry"' in page
    assert 'data-scenario="outbound-plus-upsell"' not in page
