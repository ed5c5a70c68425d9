"""The manager dashboard at scale: ``generate_org --agents 5000`` (one manager, so one team of
5,000), then the team page's p50 and p95 response time and query count, in-process through
Django's test client, after the heap is set aside from the garbage collector as a served
worker's is (``lms.warmup.freeze_heap``). Generation time is reported separately."""

import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from lms.warmup import freeze_heap

AGENTS = 5000
REPEAT = 20


def _measure(client, url: str) -> tuple[float, float, int]:
    client.get(url)  # warm caches (templates, site root)
    times, queries = [], 0
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        queries = len(ctx.captured_queries)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, queries


def run() -> list[str]:
    started = time.perf_counter()
    call_command("generate_org", agents=AGENTS, managers=1, prefix="bench", seed=7, stdout=_Quiet())
    generated = time.perf_counter() - started
    manager = get_user_model().objects.get(username="bench-manager-0")
    client = Client(SERVER_NAME="localhost")
    client.force_login(manager)
    lines = [f"generate_org --agents {AGENTS} --managers 1: {generated:.1f}s"]
    client.get("/certification/teams/bench-team-1/")
    freeze_heap()  # as each bin/serve worker does once warm (lms/gunicorn.py)
    for label, url in (
        ("team dashboard", "/certification/teams/bench-team-1/"),
        (
            "dashboard sorted by expiry, page 40",
            "/certification/teams/bench-team-1/?sort=expiry&page=40",
        ),
        ("dashboard filtered (open needs)", "/certification/teams/bench-team-1/?attention=needs"),
        ("manager home", "/"),
        ("person page", f"/certification/people/{_someone(manager)}/"),
    ):
        p50, p95, queries = _measure(client, url)
        lines.append(f"{label}: p50 {p50:.0f} ms, p95 {p95:.0f} ms, {queries} queries")
    started = time.perf_counter()
    response = client.get("/certification/teams/bench-team-1/export/team.csv?stream=1")
    rows = sum(1 for _ in response.streaming_content) - 1
    lines.append(f"team CSV export ({rows} rows, streamed): {time.perf_counter() - started:.1f}s")
    return lines


def _someone(manager) -> int:
    return manager.managed_teams.get().members.order_by("pk").values_list("pk", flat=True)[0]


class _Quiet:
    def write(self, *args, **kwargs):
        return None

    def flush(self):
        return None
