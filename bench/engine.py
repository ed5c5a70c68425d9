"""Customer engine speed, measured through the HTTP API the call screen uses.

1. Offline engine: agents play the demo late-order call through ``POST
   /api/v1/simulations/sessions/{id}/turns`` (Django's test Client, in process, SQLite).
   Each request saves the agent's turn, runs the cue detector and mood model, words the
   reply and saves it. Reported: turns per second and p50/p95 request latency.

2. LLM engine: the real ``openai`` client against tests/fake_openai.FakeOpenAIServer on
   127.0.0.1 with a fixed delay between tokens, and Django served by a real WSGI server in a
   thread. For each turn we record when the fake server writes its first word and when the
   client of our streaming endpoint (``.../turns/stream``, server-sent events over HTTP)
   reads the first ``token`` event. The difference is what this product adds between the
   model's first token and the browser's first token: the openai client's stream parsing,
   the stream cleaner (it holds back the first ~28 characters of each sentence to drop a
   role label or an "As an AI" disclaimer), the SSE framing and the WSGI server.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from ._stats import percentile

OFFLINE_SESSIONS = 20
LLM_TURNS = 8
TOKEN_DELAY = 0.05

LINES = [
    "Hello Ms Alvarez, I'm really sorry your order is so late. I'll take care of this.",
    "Could you give me your order number?",
    "Thank you. To verify your account, can I have your email address and billing postcode?",
    "I'll send you a replacement today, free, and you'll get the tracking number by email.",
    "Is there anything else I can help with today? Have a good day, Ms Alvarez.",
]


def _setup():
    from django.test.utils import setup_test_environment

    from accounts.roles import Role
    from accounts.services import api_token_create, roles_sync, user_create
    from packs import demo

    setup_test_environment()
    roles_sync()
    demo.build("scenario", "late-order-angry")
    user = user_create(username="bench-agent", password=None, roles=[Role.AGENT])
    _token, raw = api_token_create(user=user, name="bench")
    return user, raw


def _offline(user) -> list[str]:
    from django.test import Client, override_settings

    client = Client()
    client.force_login(user)
    latencies = []
    with override_settings(CUSTOMER_ENGINE="offline", API_RATE_LIMIT="1000000/m"):
        started = time.perf_counter()
        for _ in range(OFFLINE_SESSIONS):
            session = client.post(
                "/api/v1/simulations/sessions",
                json.dumps({"scenario": "late-order-angry"}),
                content_type="application/json",
            ).json()
            for line in LINES:
                t0 = time.perf_counter()
                response = client.post(
                    f"/api/v1/simulations/sessions/{session['id']}/turns",
                    json.dumps({"text": line}),
                    content_type="application/json",
                )
                latencies.append((time.perf_counter() - t0) * 1000)
                if response.status_code != 200 or response.json()["status"] == "ended":
                    break
        wall = time.perf_counter() - started
    turns = len(latencies)
    return [
        f"offline engine via POST .../turns: {turns} turns in {wall:.2f}s "
        f"(incl. starting {OFFLINE_SESSIONS} sessions)",
        f"  turns per second: {turns / sum(latencies) * 1000:.0f} (request time only)",
        f"  latency p50 {percentile(latencies, 50):.1f} ms, p95 {percentile(latencies, 95):.1f} ms",
    ]


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        return


def _first_word_clock():
    """Patch the fake server to note when it writes the first word of each reply."""
    from tests import fake_openai

    marks: list[float] = []
    original = fake_openai._Handler._event

    def _event(self, payload):
        original(self, payload)
        delta = (payload.get("choices") or [{}])[0].get("delta") or {}
        if delta.get("content") and not getattr(self, "_first_seen", False):
            self._first_seen = True
            marks.append(time.perf_counter())

    fake_openai._Handler._event = _event
    return marks, lambda: setattr(fake_openai._Handler, "_event", original)


def _llm(token: str) -> list[str]:
    from django.core.wsgi import get_wsgi_application
    from django.test import override_settings

    from tests.fake_openai import FakeOpenAIServer, Reply

    marks, restore = _first_word_clock()
    fake = FakeOpenAIServer(token_delay=TOKEN_DELAY).start()
    server = make_server(
        "127.0.0.1", 0, get_wsgi_application(), _ThreadingWSGIServer, _QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    gaps, firsts, totals = [], [], []
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    reply = "Okay. I'm listening, but I've heard all this before, so tell me what happens next."
    try:
        with override_settings(
            CUSTOMER_ENGINE="llm",
            OPENAI_BASE_URL=fake.base_url,
            OPENAI_API_KEY="bench",
            OPENAI_TIMEOUT=10.0,
            OPENAI_MAX_RETRIES=0,
            API_RATE_LIMIT="1000000/m",
            ALLOWED_HOSTS=["127.0.0.1"],
        ):
            for i in range(LLM_TURNS):
                conn = http.client.HTTPConnection(host, port, timeout=30)
                conn.request(
                    "POST",
                    "/api/v1/simulations/sessions",
                    json.dumps({"scenario": "late-order-angry"}),
                    headers,
                )
                session = json.loads(conn.getresponse().read())
                fake.queue(Reply(reply))
                before = len(marks)
                t0 = time.perf_counter()
                conn.request(
                    "POST",
                    f"/api/v1/simulations/sessions/{session['id']}/turns/stream",
                    json.dumps({"text": LINES[i % 2]}),
                    headers,
                )
                response = conn.getresponse()
                first_token_at = None
                buffer = b""
                while True:
                    chunk = response.read1(65536)
                    if not chunk:
                        break
                    buffer += chunk
                    if first_token_at is None and b"event: token" in buffer:
                        first_token_at = time.perf_counter()
                done = time.perf_counter()
                conn.close()
                if first_token_at is None or len(marks) == before:
                    continue
                gaps.append((first_token_at - marks[before]) * 1000)
                firsts.append((first_token_at - t0) * 1000)
                totals.append((done - t0) * 1000)
    finally:
        server.shutdown()
        server.server_close()
        fake.stop()
        restore()
    if not gaps:
        return ["llm engine: no streamed turns measured (check the streaming endpoint)"]
    words = len(reply.split())
    return [
        f"llm engine (fake server, {TOKEN_DELAY * 1000:.0f} ms between tokens, {words} words), "
        f"{len(gaps)} streamed turns over HTTP:",
        f"  server's first token -> client's first token event: p50 {percentile(gaps, 50):.0f} ms, "
        f"p95 {percentile(gaps, 95):.0f} ms",
        f"  request -> first token event at the client: p50 {percentile(firsts, 50):.0f} ms; "
        f"whole reply: p50 {percentile(totals, 50):.0f} ms",
    ]


def run() -> list[str]:
    user, token = _setup()
    return _offline(user) + _llm(token)
