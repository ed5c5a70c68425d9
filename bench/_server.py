"""A fresh database and a live server on 127.0.0.1 for the load harness (bench/_harness.py).

``live_server()`` is a context manager. It makes a new database (a SQLite file in a temp
folder, or a ``callwise_load_<pid>`` database on the PostgreSQL server a ``postgres://``
URL names), prepares it in one child process (bench/_dbsetup.py: migrate, demo content,
agents with API tokens), then starts the web server and ``manage.py db_worker`` beside it
the way ``make run`` does, waits for ``/healthz``, and on leaving (also on error) stops
both and drops the database. The server command is a parameter, so a production server
(gunicorn) can be measured the same way.

Children get the caller's environment with the database, settings module and task
backend set, and the offline engine and grader forced: nothing reaches past 127.0.0.1.
Nothing here is product code.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RUNSERVER = ("{python}", "manage.py", "runserver", "127.0.0.1:{port}", "--noreload")
WORKER = ("{python}", "manage.py", "task_worker")
# The production stack, as `make serve` runs it (its own task worker included).
SERVE = ("sh", "-c", "HOST=127.0.0.1 PORT={port} exec bin/serve")
SETUP_TIMEOUT = 600
READY_TIMEOUT = 60
STOP_TIMEOUT = 10


class LiveServerError(RuntimeError):
    pass


@dataclass
class LiveServer:
    """What the harness needs to drive a running server."""

    base_url: str
    port: int
    database: str  # "sqlite" or "postgresql"
    tokens: list[str]
    reader: dict
    lesson: str | None
    scenarios: list[str]
    timings: dict[str, float] = field(default_factory=dict)
    logs: dict[str, Path] = field(default_factory=dict)

    def log_text(self) -> str:
        return "".join(p.read_text(errors="replace") for p in self.logs.values() if p.exists())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _is_postgres(url: str) -> bool:
    return urlsplit(url).scheme in {"postgres", "postgresql", "pgsql", "psql"}


def _pg_conninfo(url: str, dbname: str | None = None) -> str:
    parts = urlsplit(url)
    path = f"/{dbname}" if dbname else parts.path
    return urlunsplit(("postgresql", parts.netloc, path, parts.query, ""))


def _pg_url(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{dbname}", parts.query, ""))


def _pg_execute(url: str, sql: str) -> None:
    import psycopg

    host = urlsplit(url).hostname
    if host not in {"127.0.0.1", "localhost", "::1"}:
        raise LiveServerError(f"the load harness only talks to 127.0.0.1, not {host}")
    try:
        with psycopg.connect(_pg_conninfo(url), autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql)
    except psycopg.Error as exc:
        raise LiveServerError(f"PostgreSQL at {host}: {exc}") from exc


@contextlib.contextmanager
def fresh_database(
    workdir: Path, database_url: str | None = None, sqlite_template: Path | None = None
) -> Iterator[tuple[str, str]]:
    """Yield (DATABASE_URL, kind) for a new database; drop it afterwards.

    A SQLite database starts empty, or as a copy of ``sqlite_template`` (an already
    migrated file: migrate then has nothing or little left to do).
    """
    if not database_url or not _is_postgres(database_url):
        path = workdir / "load.sqlite3"
        if sqlite_template is not None:
            shutil.copyfile(sqlite_template, path)
        yield f"sqlite:///{path}", "sqlite"
        return
    name = f"callwise_load_{os.getpid()}"
    _pg_execute(database_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _pg_execute(database_url, f'CREATE DATABASE "{name}"')
    try:
        yield _pg_url(database_url, name), "postgresql"
    finally:
        _pg_execute(database_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_env(static_root: str, **extra: str) -> dict[str, str]:
    """What bin/serve needs to serve 127.0.0.1 over plain HTTP with production settings."""
    return {
        "DJANGO_SECRET_KEY": "bench-production-" + "r7Kp2Qx9Lm" * 5,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "False",
        "STATIC_ROOT": static_root,
        "LOG_LEVEL": "WARNING",
        "PYTHON": sys.executable,
    } | extra


def child_env(database_url: str, settings: str, extra: dict[str, str] | None = None) -> dict:
    env = dict(os.environ)
    for name in ("REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "BENCH_DATABASE_URL"):
        env.pop(name, None)
    env |= {
        "DJANGO_SETTINGS_MODULE": settings,
        "DATABASE_URL": database_url,
        "TASK_BACKEND": "database",
        "CUSTOMER_ENGINE": "offline",
        "GRADER": "offline",
        "OPENAI_API_KEY": "",
        "OPENAI_BASE_URL": "",
        "PYTHONUNBUFFERED": "1",
    }
    return env | (extra or {})


def _prepare(env: dict, agents: int, demo: str, workdir: Path) -> dict:
    log = workdir / "setup.log"
    with log.open("w") as err:
        done = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "bench._dbsetup", "--agents", str(agents), "--demo", demo],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            timeout=SETUP_TIMEOUT,
            check=False,
        )
    if done.returncode != 0:
        raise LiveServerError(f"preparing the database failed:\n{_tail(log)}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _tail(path: Path, lines: int = 30) -> str:
    if not path.exists():
        return ""
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def _spawn(command: Sequence[str], port: int, env: dict, log: Path) -> subprocess.Popen:
    args = [part.format(python=sys.executable, port=port) for part in command]
    with log.open("w") as out:
        return subprocess.Popen(  # noqa: S603 - a command the caller chose
            args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_TIMEOUT)


def _wait_ready(base_url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise LiveServerError(f"the server exited ({server.returncode}):\n{_tail(log)}")
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise LiveServerError(f"/healthz did not answer within {READY_TIMEOUT}s:\n{_tail(log)}")


@contextlib.contextmanager
def live_server(
    *,
    agents: int,
    database_url: str | None = None,
    demo: str = "full",
    server_command: Sequence[str] = RUNSERVER,
    worker_command: Sequence[str] | None = WORKER,
    settings: str = "lms.settings.dev",
    extra_env: dict[str, str] | None = None,
    sqlite_template: Path | None = None,
) -> Iterator[LiveServer]:
    """A server on a fresh database with ``agents`` token holders; stopped on exit.

    ``database_url``: a ``postgres://`` URL to make a temporary database on that server;
    anything else (or None) means a new SQLite file. ``server_command`` and
    ``worker_command`` may use ``{python}`` and ``{port}``; ``sqlite_template`` is a
    migrated SQLite file to start from instead of an empty one.
    """
    workdir = Path(tempfile.mkdtemp(prefix="callwise-load-"))
    processes: list[subprocess.Popen] = []
    try:
        with fresh_database(workdir, database_url, sqlite_template) as (url, kind):
            env = child_env(url, settings, extra_env)
            started = time.perf_counter()
            prepared = _prepare(env, agents, demo, workdir)
            timings = {"setup": time.perf_counter() - started, **prepared.pop("timings")}
            port = free_port()
            base_url = f"http://127.0.0.1:{port}"
            logs = {"server": workdir / "server.log"}
            if worker_command:
                logs["worker"] = workdir / "worker.log"
                processes.append(_spawn(worker_command, port, env, logs["worker"]))
            processes.append(_spawn(server_command, port, env, logs["server"]))
            try:
                started = time.perf_counter()
                _wait_ready(base_url, processes[-1], logs["server"])
                timings["server_start"] = time.perf_counter() - started
                yield LiveServer(
                    base_url=base_url,
                    port=port,
                    database=kind,
                    timings=timings,
                    logs=logs,
                    **prepared,
                )
            finally:
                for process in reversed(processes):
                    _stop(process)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
