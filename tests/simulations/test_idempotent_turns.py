"""A repeated turn request (same Idempotency-Key or client_id) never says the line twice."""

import json

import pytest

from simulations.models import SimulationSession, Turn
from tests.simulations import factories

pytestmark = pytest.mark.django_db

BASE = "/api/v1/simulations"


def post(client, url, data=None, **headers):
    return client.post(url, json.dumps(data or {}), content_type="application/json", **headers)


@pytest.fixture
def api(client_for, agent):
    factories.published_scenario()
    return client_for(agent)


@pytest.fixture
def session_id(api):
    response = post(api, f"{BASE}/sessions", {"scenario": "test-late-order"})
    assert response.status_code == 201
    return response.json()["id"]


def agent_lines(session_id):
    return list(
        Turn.objects.filter(session_id=session_id, speaker="agent").values_list("text", flat=True)
    )


def test_a_repeat_with_the_same_key_returns_the_stored_reply(api, session_id):
    url = f"{BASE}/sessions/{session_id}/turns"
    line = {"text": "I'm so sorry about the wait. Could I have your order number?"}
    first = post(api, url, line, HTTP_IDEMPOTENCY_KEY="k-1")
    again = post(api, url, line, HTTP_IDEMPOTENCY_KEY="k-1")
    assert first.status_code == again.status_code == 200
    assert again.json()["reply"] == first.json()["reply"]
    assert again.json()["replayed"] is True and first.json()["replayed"] is False
    assert agent_lines(session_id) == [line["text"]]
    assert Turn.objects.filter(session_id=session_id, speaker="customer").count() == 2


def test_client_id_in_the_body_works_like_the_header(api, session_id):
    url = f"{BASE}/sessions/{session_id}/turns"
    body = {"text": "Let me look into that for you.", "client_id": "c-42"}
    post(api, url, body)
    post(api, url, body)
    assert agent_lines(session_id) == ["Let me look into that for you."]


def test_different_keys_are_different_lines(api, session_id):
    url = f"{BASE}/sessions/{session_id}/turns"
    post(api, url, {"text": "Yes."}, HTTP_IDEMPOTENCY_KEY="a")
    post(api, url, {"text": "Yes."}, HTTP_IDEMPOTENCY_KEY="b")
    assert agent_lines(session_id) == ["Yes.", "Yes."]


def test_the_stream_replays_the_stored_exchange(api, session_id):
    url = f"{BASE}/sessions/{session_id}/turns/stream"
    line = {"text": "I understand how frustrating that is."}
    first = b"".join(post(api, url, line, HTTP_IDEMPOTENCY_KEY="s-1").streaming_content)
    again = b"".join(post(api, url, line, HTTP_IDEMPOTENCY_KEY="s-1").streaming_content)
    assert b"event: turn" in first and b"event: turn" in again
    assert b'"replayed": true' in again
    reply = Turn.objects.filter(session_id=session_id, speaker="customer").last()
    assert json.dumps(reply.text).encode()[1:-1] in again
    assert agent_lines(session_id) == [line["text"]]


def test_a_repeat_while_the_reply_is_being_produced_is_told_to_wait(api, session_id):
    from django.utils import timezone

    url = f"{BASE}/sessions/{session_id}/turns"
    session = SimulationSession.objects.get(pk=session_id)
    Turn.objects.create(session=session, index=1, speaker="agent", text="Hello?", client_id="p-1")
    SimulationSession.objects.filter(pk=session_id).update(reply_pending_since=timezone.now())
    again = post(api, url, {"text": "Hello?"}, HTTP_IDEMPOTENCY_KEY="p-1")
    assert again.status_code == 409 and "still answering" in again.json()["detail"]
    assert agent_lines(session_id) == ["Hello?"]


@pytest.mark.parametrize("key", ["x" * 65, "has space", "é"])
def test_an_unusable_key_is_a_clear_422(api, session_id, key):
    response = post(
        api, f"{BASE}/sessions/{session_id}/turns", {"text": "Hi there", "client_id": key}
    )
    assert response.status_code == 422
    assert "request id" in response.json()["detail"]
    assert agent_lines(session_id) == []


def test_the_no_script_form_carries_a_key_and_a_double_submit_says_it_once(
    client, agent, session_id
):
    client.force_login(agent)
    page = client.get(f"/practice/calls/{session_id}/").content.decode()
    assert 'name="client_id"' in page
    form = {"text": "Sorry about that, let me check.", "client_id": "form-1"}
    for _ in range(2):
        response = client.post(f"/practice/calls/{session_id}/say/", form)
        assert response.status_code == 302
    assert agent_lines(session_id) == ["Sorry about that, let me check."]


@pytest.mark.parametrize(
    "text, message",
    [
        ("\ud800 hello", "broken character"),
        ("\x00", "empty"),
        ("\x00\x01\x7f  ", "empty"),
    ],
)
def test_text_that_is_not_text_gets_a_clear_422(api, session_id, text, message):
    response = post(api, f"{BASE}/sessions/{session_id}/turns", {"text": text})
    assert response.status_code == 422
    assert message in response.json()["detail"]
    assert agent_lines(session_id) == []


def test_control_characters_are_dropped_from_a_real_line(api, session_id):
    response = post(api, f"{BASE}/sessions/{session_id}/turns", {"text": "Hel\x00lo there"})
    assert response.status_code == 200
    assert agent_lines(session_id) == ["Hello there"]
