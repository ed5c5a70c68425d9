"""The streaming endpoint, and the LLM customer through the API against the local fake server.

The real ``openai`` client talks to tests/fake_openai.py on 127.0.0.1: replies stream word by
word; 429s, 500s, slow replies past the timeout, cut streams and malformed bodies make the
service retry once and then let the offline customer answer that turn (recorded).
"""

import json

import pytest

from simulations.models import Turn
from tests.fake_openai import Reply
from tests.simulations import factories
from tests.simulations.call_api import post
from tests.simulations.call_api import stream_events as events

pytestmark = pytest.mark.django_db

BASE = "/api/v1/simulations"
HELLO = "Hello Ms Test, I'm so sorry your order is late. I'll take care of this for you."


def start(api):
    factories.published_scenario()
    return post(api, f"{BASE}/sessions", {"scenario": "test-late-order"}).json()["id"]


def test_the_stream_sends_the_agent_line_mood_tokens_then_the_turn(api):
    sid = start(api)
    response = post(api, f"{BASE}/sessions/{sid}/turns/stream", {"text": HELLO})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/event-stream")
    got = events(response)
    names = [name for name, _ in got]
    assert names[0] == "agent" and names[1] == "mood" and names[-1] == "turn"
    assert got[0][1]["text"] == HELLO
    assert {c["kind"] for c in got[0][1]["cues"]} >= {"apology", "ownership"}
    streamed = "".join(data["text"] for name, data in got if name == "token")
    final = got[-1][1]
    assert final["reply"]["text"] == streamed.strip()
    assert final["status"] == "active" and final["mood"] == got[1][1]["mood"]


def test_stream_errors_before_streaming_are_plain_json(api, client_for, agent, other_agent):
    sid = start(api)
    empty = post(api, f"{BASE}/sessions/{sid}/turns/stream", {"text": "  "})
    assert empty.status_code == 422 and "empty" in empty.json()["detail"]
    other = post(client_for(other_agent), f"{BASE}/sessions/{sid}/turns/stream", {"text": "hi"})
    assert other.status_code == 404
    api = client_for(agent)
    post(api, f"{BASE}/sessions/{sid}/end")
    ended = post(api, f"{BASE}/sessions/{sid}/turns/stream", {"text": "hello"})
    assert ended.status_code == 409


def test_llm_reply_streams_token_by_token_through_the_real_client(api, llm):
    llm.queue(Reply("Fine. Where is my parcel, then?"))
    sid = start(api)
    got = events(post(api, f"{BASE}/sessions/{sid}/turns/stream", {"text": HELLO}))
    tokens = [data["text"] for name, data in got if name == "token"]
    assert len(tokens) > 1
    assert got[-1][1]["reply"]["text"] == "Fine. Where is my parcel, then?"
    assert Turn.objects.filter(session_id=sid, speaker="customer").last().engine == "llm"
    request = llm.requests[-1]["body"]
    assert request["stream"] is True
    prompt = json.dumps(request["messages"])
    assert "XYZ-1" not in prompt  # a fact the agent has not earned


def test_llm_plain_turn_endpoint_uses_the_llm(api, llm):
    llm.queue(Reply("Right. Go on."))
    sid = start(api)
    data = post(api, f"{BASE}/sessions/{sid}/turns", {"text": HELLO}).json()
    assert data["reply"]["text"] == "Right. Go on."


@pytest.mark.parametrize(
    ("failure", "note"),
    [
        (Reply(status=429), "busy"),
        (Reply(status=500), "server error"),
        (Reply("slow", delay=1.6), "too long"),
        (Reply(raw="{not json"), "could not use"),
    ],
    ids=["rate-limit", "server-error", "timeout", "malformed"],
)
def test_llm_failures_fall_back_to_offline_with_a_note_and_nothing_lost(api, llm, failure, note):
    sid = start(api)
    llm.queue(failure, failure)  # the first try and the retry both fail
    response = post(api, f"{BASE}/sessions/{sid}/turns", {"text": HELLO})
    assert response.status_code == 200
    data = response.json()
    assert data["reply"]["speaker"] == "customer" and data["reply"]["text"]
    assert data["status"] == "active"
    turns = list(Turn.objects.filter(session_id=sid).order_by("index"))
    assert [t.speaker for t in turns] == ["customer", "agent", "system", "customer"]
    assert turns[1].text == HELLO
    assert note in turns[2].text
    assert turns[3].engine == "offline-fallback" and turns[3].error
    # The session carries on with the LLM next turn.
    llm.queue(Reply("Okay, thank you."))
    again = post(
        api, f"{BASE}/sessions/{sid}/turns", {"text": "Could you give me your order number?"}
    )
    assert again.json()["reply"]["text"] == "Okay, thank you."


def test_a_single_llm_failure_is_retried_and_the_llm_answers(api, llm):
    sid = start(api)
    llm.queue(Reply(status=500), Reply("Okay, fine."))
    data = post(api, f"{BASE}/sessions/{sid}/turns", {"text": HELLO}).json()
    assert data["reply"]["text"] == "Okay, fine."
    assert not Turn.objects.filter(session_id=sid, speaker="system").exists()


def test_a_stream_cut_halfway_is_reset_and_replaced(api, llm):
    sid = start(api)
    cut = Reply(
        "Where is my order, I have been waiting in all week for it and nothing", cut_after=9
    )
    llm.queue(cut, cut)
    got = events(post(api, f"{BASE}/sessions/{sid}/turns/stream", {"text": HELLO}))
    names = [name for name, _ in got]
    assert "reset" in names and "notice" in names and names[-1] == "turn"
    after_reset = names[len(names) - 1 - names[::-1].index("reset") :]
    text = "".join(d["text"] for n, d in got[len(names) - len(after_reset) :] if n == "token")
    assert got[-1][1]["reply"]["text"] == text.strip()
    last = Turn.objects.filter(session_id=sid, speaker="customer").last()
    assert last.engine == "offline-fallback"
