"""Many agents holding calls at once against a live server, and what got lost.

``run_load()`` starts a server on a fresh database (bench/_server.py), then N threads,
each an agent with its own API token, each start a call on one of the demo scenarios,
say up to K lines (stopping if the customer ends the call) and hang up. It then waits,
bounded, for every finished call to be graded, and has one signed-in person open one
lesson page 60 times at once. The ``LoadResult`` it returns counts what a tester would
look for: 5xx answers (with the first few bodies), other unexpected statuses, agent
turns acknowledged but not stored, finished calls never graded, and turn latency.

Every request goes to 127.0.0.1, has a timeout, and every loop is bounded in count and
time. Used by bench/load.py (``make bench load``) and tests/test_concurrent_calls.py.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ._http import Client, cookie_header, json_of, sign_in, summarise
from ._server import RUNSERVER, WORKER, live_server

LESSON_GETS = 60
SAMPLES = 5
DOUBLE_SUBMIT_EVERY = 4  # every fourth line is sent twice at once, as a double click would

AGENT_LINES = [
    "Thank you for calling XYZ, my name is {name}. I'm sorry to hear something has gone "
    "wrong, I'll help you sort it out.",
    "I understand how frustrating that is. Could you give me your order number, please?",
    "Thank you. To verify your account, can I have your email address and billing postcode?",
    "Thanks, you're verified. Could you tell me a little more about what happened and when?",
    "I see, I'm sorry about that. Let me check what's happened on our side.",
    "Here's what I'll do: I'll put this right today and you'll get a confirmation by email "
    "within the hour.",
    "Does that work for you? I want to be sure this is properly resolved.",
    "Is there anything else I can help you with today?",
    "Thank you for your patience, and have a good day.",
]


@dataclass
class LoadResult:
    """What one load run saw; the lists and counters say which request failed and how."""

    database: str
    agents: int
    turns_per_agent: int
    requests: int = 0
    server_errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    no_answer: int = 0  # connection refused, reset or timed out (status 0 in ``unexpected``)
    no_answer_samples: list[str] = field(default_factory=list)
    connection_retries: int = 0  # resets before any answer, tried again (see _http.Client)
    unexpected: Counter = field(default_factory=Counter)
    turns_acknowledged: int = 0
    turns_stored: int = 0
    lost_turns: int = 0
    duplicated_turns: int = 0  # stored more often than acknowledged (a repeat said twice)
    double_submits: int = 0
    calls_started: int = 0
    calls_finished: int = 0
    ungraded: int = 0
    grade_wait_s: float = 0.0
    last_graded_s: float | None = None  # seconds from the end of the calls to the last grade
    turn_latencies_ms: list[float] = field(default_factory=list)
    lesson_requests: int = 0
    lesson_server_errors: int = 0
    lesson_statuses: Counter = field(default_factory=Counter)
    lesson_samples: list[str] = field(default_factory=list)
    locked_in_logs: int = 0
    tracebacks_in_logs: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def percentile(self, p: float) -> float:
        values = sorted(self.turn_latencies_ms)
        if not values:
            return 0.0
        return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]

    def problems(self) -> list[str]:
        """What must never happen, however loaded the server is."""
        found = {
            "5xx answers": self.server_errors + self.lesson_server_errors,
            "requests with no answer": self.no_answer,
            "lost turns": self.lost_turns,
            "lines stored twice": self.duplicated_turns,
            "ungraded calls": self.ungraded,
            "tracebacks in the logs": self.tracebacks_in_logs,
        }
        return [f"{self.database}: {count} {what}" for what, count in found.items() if count]

    def lines(self) -> list[str]:
        t = self.timings
        lines = [
            f"{self.database}: {self.agents} agents x {self.turns_per_agent} turns; "
            f"setup {t.get('setup', 0):.1f}s (migrate {t.get('migrate', 0):.1f}s, demo "
            f"{t.get('demo', 0):.1f}s), server start {t.get('server_start', 0):.1f}s, calls "
            f"{t.get('calls', 0):.1f}s, whole run {t.get('total', 0):.1f}s",
            f"  {self.requests} API requests: {self.server_errors} 5xx; other unexpected: "
            f"{dict(self.unexpected) or 0}; connection resets retried: {self.connection_retries}",
            f"  agent turns acknowledged {self.turns_acknowledged}, stored "
            f"{self.turns_stored}, lost {self.lost_turns}, said twice {self.duplicated_turns} "
            f"(after {self.double_submits} double submits)",
            f"  calls started {self.calls_started}, finished {self.calls_finished}, ungraded "
            f"after {self.grade_wait_s:.1f}s: {self.ungraded}"
            + (f" (last grade seen after {self.last_graded_s:.1f}s)" if self.last_graded_s else ""),
            f"  turn latency p50 {self.percentile(50):.0f} ms, p95 {self.percentile(95):.0f} ms",
            f"  lesson page, {self.lesson_requests} concurrent GETs by one person: "
            f"{self.lesson_server_errors} 5xx, statuses {dict(self.lesson_statuses)}",
            f"  server/worker logs: {self.tracebacks_in_logs} tracebacks, "
            f"{self.locked_in_logs} 'database is locked'",
        ]
        lines += [f"  5xx body: {s}" for s in self.error_samples]
        lines += [f"  no answer: {s}" for s in self.no_answer_samples]
        lines += [f"  lesson 5xx body: {s}" for s in self.lesson_samples]
        return lines

    def _retried(self) -> None:
        with self._lock:
            self.connection_retries += 1

    def _note(self, what: str, status: int, body: bytes, expected: tuple[int, ...]) -> None:
        with self._lock:
            self.requests += 1
            if status >= 500:
                self.server_errors += 1
                if len(self.error_samples) < SAMPLES:
                    self.error_samples.append(f"{what} {status}: {summarise(body)}")
            elif status not in expected:
                self.unexpected[f"{what} {status or 'no answer'}"] += 1
            if status == 0:
                self.no_answer += 1
                if len(self.no_answer_samples) < SAMPLES:
                    self.no_answer_samples.append(f"{what}: {body.decode(errors='replace')}")


@dataclass
class _Call:
    client: Client
    session_id: int | None = None
    acknowledged: int = 0
    finished: bool = False


def _agent(index: int, token: str, scenario: str, turns: int, port: int, result: LoadResult):
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    client = Client(port, headers, result._retried)
    call = _Call(client)
    status, body, _ = client.request("POST", "/api/v1/simulations/sessions", {"scenario": scenario})
    result._note("POST sessions", status, body, (201,))
    if status != 201:
        return call
    call.session_id = json_of(body).get("id")
    base = f"/api/v1/simulations/sessions/{call.session_id}"
    for number in range(turns):
        line = AGENT_LINES[number % len(AGENT_LINES)].format(name=f"Agent {index}")
        # One key per line, as the call screen sends: a retry after a reset (or the
        # double submit fired below) must not store the line twice.
        key = {"Idempotency-Key": uuid.uuid4().hex}
        started = time.perf_counter()
        if number % DOUBLE_SUBMIT_EVERY == 1:
            status, body = _double_submit(client, f"{base}/turns", line, key, result)
        else:
            status, body, _ = client.request("POST", f"{base}/turns", {"text": line}, headers=key)
        elapsed = (time.perf_counter() - started) * 1000
        result._note("POST turns", status, body, (200,))
        if status != 200:
            continue
        call.acknowledged += 1
        with result._lock:
            result.turn_latencies_ms.append(elapsed)
        if json_of(body).get("status") != "active":
            break
    status, body, _ = client.request("POST", f"{base}/end", {"resolved": False})
    result._note("POST end", status, body, (200,))
    call.finished = status == 200 and json_of(body).get("status") == "ended"
    return call


def _double_submit(client: Client, path: str, line: str, key: dict, result: LoadResult):
    """The same line sent twice at once (a double click), with the same key.

    One answers with the reply; the other is replayed (200) or told the reply is still
    coming (409). Returns a 200 if either got one, so the line counts as acknowledged.
    """
    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(
            pool.map(
                lambda _: client.request("POST", path, {"text": line}, headers=key)[:2], range(2)
            )
        )
    with result._lock:
        result.double_submits += 1
    answers.sort(key=lambda a: a[0] != 200)
    (status, body), (other, other_body) = answers
    result._note("POST turns (double submit)", other, other_body, (200, 409))
    return status, body


def _count_stored(calls: list[_Call], result: LoadResult) -> None:
    for call in calls:
        if call.session_id is None:
            continue
        path = f"/api/v1/simulations/sessions/{call.session_id}"
        status, body, _ = call.client.request("GET", path)
        result._note("GET session", status, body, (200,))
        if status != 200:  # counted above; its turns cannot be checked
            continue
        turns = json_of(body).get("turns", [])
        stored = sum(1 for t in turns if t.get("speaker") == "agent")
        result.turns_acknowledged += call.acknowledged
        result.turns_stored += stored
        result.lost_turns += max(0, call.acknowledged - stored)
        result.duplicated_turns += max(0, stored - call.acknowledged)


def _wait_for_grades(calls: list[_Call], result: LoadResult, wait: float) -> None:
    pending = [c for c in calls if c.finished]
    started = time.monotonic()
    deadline = started + wait
    while pending:
        still = []
        for call in pending:
            path = f"/api/v1/simulations/sessions/{call.session_id}/grade"
            status, body, _ = call.client.request("GET", path)
            result._note("GET grade", status, body, (200, 409))
            if status == 200:
                result.last_graded_s = time.monotonic() - started
            else:
                still.append(call)
        pending = still
        if not pending or time.monotonic() >= deadline:
            break
        time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
    result.grade_wait_s = time.monotonic() - started
    result.ungraded = len(pending)


def _lesson_gets(port: int, reader: dict, lesson: str | None, result: LoadResult) -> None:
    if not lesson:
        result.lesson_samples.append("no live lesson page in the demo content")
        return
    cookies = sign_in(port, reader["username"], reader["password"])
    if cookies is None:
        result.lesson_samples.append("could not sign in the reader")
        return
    client = Client(
        port, {"Cookie": cookie_header(cookies), "Accept": "text/html"}, result._retried
    )
    barrier = threading.Barrier(LESSON_GETS, timeout=30)

    def get(_):
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            pass
        return client.request("GET", lesson)[:2]

    with ThreadPoolExecutor(LESSON_GETS) as pool:
        answers = list(pool.map(get, range(LESSON_GETS)))
    for status, body in answers:
        result.lesson_requests += 1
        result.lesson_statuses[status] += 1
        if status >= 500:
            result.lesson_server_errors += 1
            if len(result.lesson_samples) < SAMPLES:
                result.lesson_samples.append(f"{status}: {summarise(body)}")


def run_load(
    *,
    agents: int = 50,
    turns: int = 8,
    grade_wait: float = 30.0,
    database_url: str | None = None,
    demo: str = "full",
    server_command: Sequence[str] = RUNSERVER,
    worker_command: Sequence[str] | None = WORKER,
    settings: str = "lms.settings.dev",
    extra_env: dict[str, str] | None = None,
    sqlite_template: Path | None = None,
) -> LoadResult:
    """Run the whole load test on a fresh database; see the module docstring."""
    began = time.perf_counter()
    with live_server(
        agents=agents,
        database_url=database_url,
        demo=demo,
        server_command=server_command,
        worker_command=worker_command,
        settings=settings,
        extra_env=extra_env,
        sqlite_template=sqlite_template,
    ) as server:
        result = LoadResult(database=server.database, agents=agents, turns_per_agent=turns)
        result.timings = dict(server.timings)
        scenarios = server.scenarios or ["late-order-angry"]
        started = time.perf_counter()
        barrier = threading.Barrier(agents, timeout=30)

        def play(index: int) -> _Call:
            try:
                barrier.wait()  # every agent picks up at the same moment
            except threading.BrokenBarrierError:
                pass
            token = server.tokens[index]
            return _agent(
                index, token, scenarios[index % len(scenarios)], turns, server.port, result
            )

        with ThreadPoolExecutor(agents) as pool:
            calls = list(pool.map(play, range(agents)))
        result.timings["calls"] = time.perf_counter() - started
        result.calls_started = sum(1 for c in calls if c.session_id is not None)
        result.calls_finished = sum(1 for c in calls if c.finished)
        _wait_for_grades(calls, result, grade_wait)
        _count_stored(calls, result)
        result.timings["traffic"] = time.perf_counter() - started
        _lesson_gets(server.port, server.reader, server.lesson, result)
        logs = server.log_text()
        result.locked_in_logs = logs.count("database is locked")
        result.tracebacks_in_logs = logs.count("Traceback (most recent call last)")
    result.timings["total"] = time.perf_counter() - began
    return result
