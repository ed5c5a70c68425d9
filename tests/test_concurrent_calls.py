"""Twenty agents on calls at once against a real server on SQLite lose nothing.

A tester saw it fail: with ``make run``'s server and worker on the default SQLite
database, 20 agents holding calls at once had most of their finished calls never graded
("database is locked" in the end-of-call grading, swallowed), and 60 concurrent GETs
of one lesson page gave 500s. This drives the same traffic through
bench/_harness.py: runserver and db_worker as child processes on a fresh SQLite file,
one thread per agent with its own API token, all on 127.0.0.1.

The fresh file starts as a copy of this pytest worker's migrated test database, so the
run does not pay for ``migrate`` twice (the harness still runs it, with nothing left to
do), and holds only the demo content a call and a lesson need (``demo="lean"``).
``pytest -rP tests/test_concurrent_calls.py`` prints the figures.
"""

import sqlite3

import pytest

from bench._harness import run_load

AGENTS = 20
TURNS = 6
GRADE_WAIT = 30.0


@pytest.fixture
def migrated_sqlite(transactional_db, tmp_path):
    """A file copy of the migrated test database, or None if it is not a usable SQLite one.

    The test is transactional so no transaction holds the database while it is copied
    (sqlite3's backup() would wait for it); a database an earlier transactional test has
    flushed lacks the migrations' rows, and the harness then migrates from scratch.
    """
    from django.db import connection
    from wagtail.models import Locale, Site

    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return None
    if not (Locale.objects.exists() and Site.objects.exists()):
        return None
    path = tmp_path / "migrated.sqlite3"
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    return path


@pytest.mark.django_db(transaction=True)
def test_twenty_agents_on_calls_at_once_lose_no_turn_and_every_call_is_graded(migrated_sqlite):
    result = run_load(
        agents=AGENTS,
        turns=TURNS,
        grade_wait=GRADE_WAIT,
        demo="lean",
        sqlite_template=migrated_sqlite,
    )
    report = "\n".join(result.lines())
    print(report)  # noqa: T201 - the figures, shown by pytest -rP
    assert result.database == "sqlite"
    assert result.calls_started == AGENTS, report
    assert result.server_errors == 0, report
    assert result.no_answer == 0, report
    assert result.turns_acknowledged > 0, report
    assert result.lost_turns == 0, report
    assert result.double_submits > 0 and result.duplicated_turns == 0, report
    assert result.calls_finished == AGENTS, report
    assert result.ungraded == 0, report
    assert result.lesson_requests == 60, report
    assert result.lesson_server_errors == 0, report
