"""Many agents on calls at once against a real server: what is lost, what fails, how slow.

``make bench load`` starts ``runserver`` and ``db_worker`` (as ``make run`` does) on a
fresh SQLite database with the full demo, has LOAD_AGENTS agents (50) each hold a call
of up to LOAD_TURNS lines (8) at once through the API, waits up to LOAD_GRADE_WAIT
seconds (30) for the calls to be graded, and has one person open a lesson page 60 times
at once. With DATABASE_URL naming a PostgreSQL server it runs again on a temporary
database there. The harness is bench/_harness.py; it uses its own database, never the
bench's (``NEEDS_DATABASE = False``) nor yours.
"""

from __future__ import annotations

import os

from ._harness import run_load
from ._server import LiveServerError

NEEDS_DATABASE = False


def _targets() -> list[str | None]:
    callers = os.environ.get("BENCH_DATABASE_URL", os.environ.get("DATABASE_URL", ""))
    if callers.split(":", 1)[0] in {"postgres", "postgresql", "pgsql", "psql"}:
        return [None, callers]
    return [None]


def run() -> list[str]:
    agents = int(os.environ.get("LOAD_AGENTS", "50"))
    turns = int(os.environ.get("LOAD_TURNS", "8"))
    wait = float(os.environ.get("LOAD_GRADE_WAIT", "30"))
    demo = os.environ.get("LOAD_DEMO", "full")
    lines = []
    for url in _targets():
        try:
            result = run_load(
                agents=agents, turns=turns, grade_wait=wait, database_url=url, demo=demo
            )
        except LiveServerError as exc:
            lines.append(f"{'postgresql' if url else 'sqlite'}: could not run: {exc}")
            continue
        lines += result.lines()
    return lines
