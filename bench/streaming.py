"""Streaming at scale: STREAM_CALLS calls (100) streaming the customer's replies at once
through the production stack (``bin/serve``: gunicorn with threads and the task worker,
production settings, SQLite, or PostgreSQL when BENCH_DATABASE_URL names one).

The LLM customer is tests/fake_openai.py in a process of its own, sending a word every
STREAM_TOKEN_DELAY seconds (0.05). The calls start spread over one reply's length, and
each agent sends its next line as soon as the reply has ended (or STREAM_PAUSE seconds
later, as a person reads and types), so with no pause about STREAM_CALLS replies are
streaming at any moment. Each agent line carries a reference the fake server
can see, so each turn is matched with the moment the fake wrote the reply's first word.

Reported: how many streams were open at once (most, and the median while any was), the
first-token overhead (the fake's first word to the agent's first ``token`` event; the
target is p95 under 50 ms), the time from sending a line to its first token less the
model's own first-token delay, and every failure (a status other than 200, an ``error``
event, a turn that never streamed).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ._server import ROOT, SERVE, LiveServerError, live_server, production_env
from ._stats import percentile

NEEDS_DATABASE = False
REPLY = (
    "I've been waiting ages for this and nobody has called me back even once, so you can "
    "understand why I'm not in the best mood. What are you actually going to do about it?"
)
LINES = [
    "Thanks for calling, my name is Sam. I'm sorry about the wait, I'll look into it now.",
    "I understand, that's frustrating. Could you give me your order number, please?",
    "Thank you. Can I have the email address on the account to verify it?",
    "I can see it: the parcel is at our depot. I'll send it out today by express.",
]


@dataclass
class Streams:
    opened: int = 0
    open_now: int = 0
    most_open: int = 0
    samples: list[int] = field(default_factory=list)  # open streams, every 50 ms
    turns: dict[str, dict] = field(default_factory=dict)  # reference -> timings
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def enter(self):
        with self.lock:
            self.opened += 1
            self.open_now += 1
            self.most_open = max(self.most_open, self.open_now)

    def leave(self):
        with self.lock:
            self.open_now -= 1

    def fail(self, what: str):
        with self.lock:
            self.failures.append(what)


@contextlib.contextmanager
def _fake_model(token_delay: float) -> Iterator[str]:
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and test server
        [sys.executable, "-m", "tests.fake_openai", "--token-delay", str(token_delay)]
        + ["--text", REPLY],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def _stream_turn(port: int, token: str, session_id: int, line: str, ref: str, streams: Streams):
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    sent = time.time()
    first = None
    buffer = b""
    try:
        conn.request(
            "POST",
            f"/api/v1/simulations/sessions/{session_id}/turns/stream",
            json.dumps({"text": f"{line} (ref {ref})"}),
            headers,
        )
        response = conn.getresponse()
        if response.status != 200:
            streams.fail(f"{response.status} on a streamed turn")
            return False
        streams.enter()
        try:
            while chunk := response.read1(65536):
                buffer += chunk
                if first is None and b"event: token" in buffer:
                    first = time.time()
        finally:
            streams.leave()
    except (OSError, http.client.HTTPException) as exc:
        streams.fail(f"{exc!r} on a streamed turn")
        return False
    finally:
        conn.close()
    if b"event: error" in buffer or first is None:
        streams.fail("a turn that streamed no reply: " + buffer[-200:].decode(errors="replace"))
        return False
    with streams.lock:
        streams.turns[ref] = {"sent": sent, "first": first, "done": time.time()}
    return b'"status": "active"' in buffer.rsplit(b"event: turn", 1)[-1]


def _agent(index, port, token, scenario, turns, wait, pause, streams):
    time.sleep(wait)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    payload = json.dumps({"scenario": scenario})
    conn.request("POST", "/api/v1/simulations/sessions", payload, headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    if response.status != 201:
        streams.fail(f"{response.status} starting a call")
        return
    session_id = json.loads(body)["id"]
    for number in range(turns):
        line = LINES[number % len(LINES)]
        if not _stream_turn(port, token, session_id, line, f"{index}-{number}", streams):
            return
        time.sleep(pause)


def _sampler(streams: Streams, stop: threading.Event):
    while not stop.wait(0.05):
        with streams.lock:
            streams.samples.append(streams.open_now)


def _first_words(model_url: str) -> dict[str, tuple[float, float]]:
    """Reference -> when the fake model was asked for that turn's reply, and when it wrote
    the reply's first word."""
    conn = http.client.HTTPConnection(model_url.split("//")[1].split("/")[0], timeout=30)
    conn.request("GET", "/v1/_requests")
    records = json.loads(conn.getresponse().read())["requests"]
    conn.close()
    found = {}
    for record in records:
        body = json.dumps(record.get("body", {}))
        if "first_word_at" not in record or "(ref " not in body:
            continue
        ref = body.rsplit("(ref ", 1)[1].split(")", 1)[0]
        # The first request of a turn is the one its first token came from.
        found.setdefault(ref, (record["received_at"], record["first_word_at"]))
    return found


def run() -> list[str]:
    calls = int(os.environ.get("STREAM_CALLS", "100"))
    turns = int(os.environ.get("STREAM_TURNS", "4"))
    delay = float(os.environ.get("STREAM_TOKEN_DELAY", "0.05"))
    pause = float(os.environ.get("STREAM_PAUSE", "0"))
    reply_seconds = len(REPLY.split()) * delay
    database = os.environ.get("BENCH_DATABASE_URL", "")
    static_root = tempfile.mkdtemp(prefix="callwise-static-")
    streams = Streams()
    with _fake_model(delay) as model_url:
        extra = production_env(
            static_root,
            CUSTOMER_ENGINE="llm",
            OPENAI_BASE_URL=model_url,
            OPENAI_API_KEY="bench",
            UNDERSTANDING_BACKEND="rules",
            GRADER="offline",
            API_RATE_LIMIT="100000/m",
            TASK_WORKERS="1",
        )
        try:
            with live_server(
                agents=calls,
                database_url=database if database.startswith("postgres") else None,
                demo="lean",
                server_command=SERVE,
                worker_command=None,
                settings="lms.settings.production",
                extra_env=extra,
            ) as server:
                scenario = "late-order-angry"
                if scenario not in server.scenarios:
                    scenario = server.scenarios[0]
                stop = threading.Event()
                sampler = threading.Thread(target=_sampler, args=(streams, stop), daemon=True)
                started = time.perf_counter()
                with ThreadPoolExecutor(calls) as pool:
                    for i in range(calls):
                        wait = i * reply_seconds / calls
                        token = server.tokens[i]
                        args = (i, server.port, token, scenario, turns, wait, pause, streams)
                        pool.submit(_agent, *args)
                    sampler.start()
                # (the pool waits here for every call to end)
                stop.set()
                elapsed = time.perf_counter() - started
                log = server.log_text()
                if os.environ.get("STREAM_LOG"):  # keep the server's log to read
                    Path(os.environ["STREAM_LOG"]).write_text(log)
                errors_in_log = log.count("Traceback (most recent call last)")
                refused = log.count("customer engine llm failed")
                if refused:  # the reply must stream as the model wrote it, not be asked again
                    first = log.split("customer engine llm failed", 1)[1].splitlines()[0]
                    streams.fail(f"{refused} replies refused or failed, the first:{first}")
                if errors_in_log:
                    traceback = log.split("Traceback (most recent call last)", 1)[1]
                    raised = [
                        line
                        for line in traceback.splitlines()
                        if line and not line.startswith((" ", "127.0.0.1"))
                    ]
                    streams.fail("first traceback: " + " | ".join(raised[:2]))
        except LiveServerError as exc:
            return [f"could not run: {exc}"]
        first_words = _first_words(model_url)
    lines = _report(streams, first_words, calls, turns, delay, elapsed, errors_in_log, database)
    return [f"(agents pause {pause:g}s between a reply and their next line)", *lines]


def _report(streams, first_words, calls, turns, delay, elapsed, errors_in_log, database):
    matched = [(t, first_words[ref]) for ref, t in streams.turns.items() if ref in first_words]
    overheads = [(t["first"] - first_word) * 1000 for t, (_asked, first_word) in matched]
    before_model = [(asked - t["sent"]) * 1000 for t, (asked, _first_word) in matched]
    model_first = [(first_word - asked) * 1000 for _t, (asked, first_word) in matched]
    to_first = [(t["first"] - t["sent"] - delay) * 1000 for t in streams.turns.values()]
    whole = [(t["done"] - t["sent"]) * 1000 for t in streams.turns.values()]
    busy = sorted(n for n in streams.samples if n)
    median_open = busy[len(busy) // 2] if busy else 0
    kind = "postgresql" if database.startswith("postgres") else "sqlite"
    lines = [
        f"{calls} calls x {turns} streamed turns on bin/serve ({kind}), fake model "
        f"{delay * 1000:.0f} ms a word, {len(REPLY.split())} words a reply: "
        f"{len(streams.turns)} of {calls * turns} turns streamed in {elapsed:.1f}s",
        f"streams open at once: most {streams.most_open}, median {median_open} while any was",
    ]
    if overheads:
        lines.append(
            f"first-token overhead (model's first word -> agent's first token): "
            f"p50 {percentile(overheads, 50):.0f} ms, p95 {percentile(overheads, 95):.0f} ms, "
            f"max {max(overheads):.0f} ms ({len(overheads)} turns)"
        )
    if matched:
        lines.append(
            f"line sent -> model asked (the agent's line handled): p50 "
            f"{percentile(before_model, 50):.0f} ms, "
            f"p95 {percentile(before_model, 95):.0f} ms; model asked "
            f"-> its first word: p50 {percentile(model_first, 50):.0f} ms, "
            f"p95 {percentile(model_first, 95):.0f} ms"
        )
    if to_first:
        lines.append(
            f"line sent -> first token, less the model's {delay * 1000:.0f} ms: "
            f"p50 {percentile(to_first, 50):.0f} ms, p95 {percentile(to_first, 95):.0f} ms; "
            f"whole reply p50 {percentile(whole, 50):.0f} ms"
        )
    lines.append(
        f"failures: {len(streams.failures)}; tracebacks in the server's log: {errors_in_log}"
    )
    lines += [f"  {failure}" for failure in streams.failures[:5]]
    return lines
