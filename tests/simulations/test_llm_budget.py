"""The LLM customer's failure budget: one deadline per turn, a circuit breaker, true notices.

The real ``openai`` client talks to tests/fake_openai.py on 127.0.0.1.
"""

import json
import time

import pytest

from lms import llm as llm_module
from simulations.models import Turn
from simulations.replies import customer_breaker
from tests.fake_openai import Reply
from tests.simulations import factories

pytestmark = pytest.mark.django_db

BASE = "/api/v1/simulations"
HELLO = "Hello Ms Test, I'm so sorry your order is late. I'll take care of this for you."


def post(client, url, data=None):
    return client.post(url, json.dumps(data or {}), content_type="application/json")


def start(api):
    factories.published_scenario()
    return post(api, f"{BASE}/sessions", {"scenario": "test-late-order"}).json()["id"]


def say(api, sid, text=HELLO):
    response = post(api, f"{BASE}/sessions/{sid}/turns", {"text": text})
    assert response.status_code == 200, response.content
    return response.json()


def test_one_deadline_covers_every_retry(api, llm, settings):
    settings.OPENAI_TIMEOUT = 3.0
    settings.LLM_TURN_DEADLINE = 1.5
    sid = start(api)
    before = len(llm.requests)
    llm.queue(Reply("slow", delay=2.5), Reply("slow", delay=2.5))
    started = time.monotonic()
    data = say(api, sid)
    elapsed = time.monotonic() - started
    # Without the budget this waited 3 s for each of two attempts; now the offline
    # customer answers once the single 1.5 s deadline is spent, with no second attempt.
    assert elapsed < 2.5
    assert len(llm.requests) - before == 1
    assert "offline customer answered" in data["notice"]
    assert "too long" in data["notice"]
    assert Turn.objects.filter(session_id=sid, speaker="customer").last().engine == (
        "offline-fallback"
    )
    llm.queue()  # the slow replies are used up


def test_the_plain_turns_endpoint_says_when_the_offline_customer_answered(api, llm):
    sid = start(api)
    llm.queue(Reply(status=500), Reply(status=500))
    data = say(api, sid)
    assert data["reply"]["text"]
    assert "had a server error" in data["notice"]
    llm.queue(Reply("Okay, go on."))
    assert say(api, sid, "Could I have your order number, please?")["notice"] is None


@pytest.mark.parametrize(
    ("status", "words"),
    [(401, "API key was not accepted"), (403, "API key was not accepted"), (404, "does not have")],
)
def test_notices_name_the_real_fault_and_hopeless_errors_are_not_retried(api, llm, status, words):
    sid = start(api)
    before = len(llm.requests)
    llm.queue(Reply(status=status), Reply("never asked for"))
    data = say(api, sid)
    assert words in data["notice"]
    assert "server error" not in data["notice"]
    assert len(llm.requests) - before == 1
    assert f"{status}" in Turn.objects.filter(session_id=sid, speaker="customer").last().error
    llm.queue()
    llm.next_reply()  # drop the unused reply


def test_after_repeated_failures_the_llm_is_skipped_for_a_cool_off(api, llm, settings, monkeypatch):
    settings.LLM_BREAKER_FAILURES = 2
    sid = start(api)
    llm.queue(Reply(status=503), Reply(status=503))
    say(api, sid)  # two failed attempts: the circuit opens
    assert customer_breaker.is_open()

    before = len(llm.requests)
    started = time.monotonic()
    data = say(api, sid, "Could I have your order number, please?")
    assert len(llm.requests) == before  # the LLM was not asked at all
    assert time.monotonic() - started < 1.0
    assert "paused" in data["notice"]
    assert "circuit_open" in Turn.objects.filter(session_id=sid, speaker="customer").last().error

    later = time.time() + settings.LLM_BREAKER_COOLOFF + 1
    monkeypatch.setattr(llm_module.time, "time", lambda: later)
    llm.queue(Reply("Fine. It's XYZ-1."))
    assert say(api, sid, "And the postcode on the order?")["notice"] is None
    assert not customer_breaker.is_open()


def test_the_breaker_is_shared_through_the_cache(llm, settings):
    settings.LLM_BREAKER_FAILURES = 2
    elsewhere = llm_module.CircuitBreaker("customer")  # as another process would build it
    elsewhere.record_failure()
    assert not customer_breaker.is_open()
    assert elsewhere.record_failure() is True
    assert customer_breaker.is_open()
    customer_breaker.record_success()
    assert not elsewhere.is_open()


def test_a_runaway_reply_is_capped(api, llm, settings):
    settings.LLM_REPLY_MAX_CHARS = 300
    sid = start(api)
    llm.queue(Reply("I want my parcel today. " * 800))  # about 20,000 characters
    data = say(api, sid)
    stored = Turn.objects.filter(session_id=sid, speaker="customer").last().text
    assert len(stored) <= 300 and stored.endswith(".")
    assert data["reply"]["text"] == stored


def test_a_runaway_streamed_reply_is_capped_and_stops_reading(api, llm, settings):
    settings.LLM_REPLY_MAX_CHARS = 200
    sid = start(api)
    llm.queue(Reply("Where is my parcel, I ask you. " * 400))
    response = post(api, f"{BASE}/sessions/{sid}/turns/stream", {"text": HELLO})
    body = b"".join(response.streaming_content).decode()
    assert "event: turn" in body
    stored = Turn.objects.filter(session_id=sid, speaker="customer").last().text
    assert len(stored) <= 200 and stored.endswith(".")
