"""Many agents on calls at once against a real server: what is lost, what fails, how slow.

``make bench load`` starts ``runserver`` and ``db_worker`` (as ``make run`` does) on a
fresh SQLite database with the full demo, has LOAD_AGENTS agents (50) each hold a call
of up to LOAD_TURNS lines (8) at once through the API, waits up to LOAD_GRADE_WAIT
seconds (30) for the calls to be graded, and has one person open a lesson page 60 times
at once. With DATABASE_URL naming a PostgreSQL server it runs again on a temporary
database there. The harness is bench/_harness.py; it uses its own database, never the
bench's (``NEEDS_DATABASE = False``) nor yours.

``LOAD_STRICT=1`` fails the run (exit status 1) on any 5xx, lost turn or ungraded call
(CI). ``LOAD_SERVER=serve`` measures the production stack instead: ``bin/serve`` (gunicorn with
``WEB_CONCURRENCY`` processes and its own task worker, production settings), with Redis
for the cache, sessions and task queue when REDIS_URL is set (CI runs it so).
"""

from __future__ import annotations

import os
import tempfile

from ._harness import run_load
from ._server import RUNSERVER, SERVE, WORKER, LiveServerError, production_env

NEEDS_DATABASE = False


def _targets() -> list[str | None]:
    callers = os.environ.get("BENCH_DATABASE_URL", os.environ.get("DATABASE_URL", ""))
    if callers.split(":", 1)[0] in {"postgres", "postgresql", "pgsql", "psql"}:
        return [None, callers]
    return [None]


def _server() -> dict:
    """runserver and db_worker, as `make run` does; or bin/serve, as `make serve` does."""
    if os.environ.get("LOAD_SERVER", "runserver") != "serve":
        return {"server_command": RUNSERVER, "worker_command": WORKER}
    redis = os.environ.get("REDIS_URL", "")
    extra = production_env(
        tempfile.mkdtemp(prefix="callwise-static-"),
        WEB_CONCURRENCY=os.environ.get("WEB_CONCURRENCY", "2"),
        TASK_WORKERS="1",
        API_RATE_LIMIT="100000/m",
    )
    if redis:
        extra |= {"REDIS_URL": redis, "TASK_BACKEND": "redis"}
    return {
        "server_command": SERVE,
        "worker_command": None,
        "settings": "lms.settings.production",
        "extra_env": extra,
    }


def run() -> list[str]:
    agents = int(os.environ.get("LOAD_AGENTS", "50"))
    turns = int(os.environ.get("LOAD_TURNS", "8"))
    wait = float(os.environ.get("LOAD_GRADE_WAIT", "30"))
    demo = os.environ.get("LOAD_DEMO", "full")
    lines, problems = [], []
    for url in _targets():
        try:
            result = run_load(
                agents=agents,
                turns=turns,
                grade_wait=wait,
                database_url=url,
                demo=demo,
                **_server(),
            )
        except LiveServerError as exc:
            lines.append(f"{'postgresql' if url else 'sqlite'}: could not run: {exc}")
            problems.append(f"could not run: {exc}")
            continue
        lines += result.lines()
        problems += result.problems()
    if problems and os.environ.get("LOAD_STRICT"):
        print("\n".join(f"   {line}" for line in lines))  # noqa: T201
        raise SystemExit(f"load: {'; '.join(problems)}")
    return lines
