"""SQLite under many writers in one server process (lms/sqlite): they take turns, so none
fails with "database is locked" while each holds the lock only briefly."""

import threading
import time

import pytest
from django.db.utils import ConnectionHandler

THREADS = 30
WRITES = 8
HOLD = 0.01  # seconds each transaction keeps the write lock


@pytest.fixture(autouse=True)
def _own_databases(django_db_blocker):
    """These tests open their own SQLite files, not the test database."""
    with django_db_blocker.unblock():
        yield


def _database(path, engine):
    return ConnectionHandler(
        {
            "default": {
                "ENGINE": engine,
                "NAME": str(path),
                "OPTIONS": {
                    "timeout": 1.0,  # far less than all the writes take one after another
                    "transaction_mode": "IMMEDIATE",
                    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                },
            }
        }
    )


def _hammer(databases) -> tuple[int, list[str]]:
    errors = []
    start = threading.Barrier(THREADS)

    def writer():
        connection = databases["default"]  # each thread has its own connection
        connection.ensure_connection()
        start.wait()
        for _ in range(WRITES):
            try:
                connection._start_transaction_under_autocommit()
                with connection.cursor() as cursor:
                    cursor.execute("UPDATE counter SET n = n + 1")
                time.sleep(HOLD)
                connection.commit()
            except Exception as exc:  # noqa: BLE001 - counted: the test's point
                errors.append(str(exc))
                connection.rollback()
        connection.close()

    threads = [threading.Thread(target=writer) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with databases["default"].cursor() as cursor:
        cursor.execute("SELECT n FROM counter")
        (count,) = cursor.fetchone()
    return count, errors


def test_writers_of_one_process_take_turns_and_none_is_refused(tmp_path):
    databases = _database(tmp_path / "writers.sqlite3", "lms.sqlite")
    with databases["default"].cursor() as cursor:
        cursor.execute("CREATE TABLE counter (n INTEGER)")
        cursor.execute("INSERT INTO counter VALUES (0)")
    count, errors = _hammer(databases)
    assert errors == []
    assert count == THREADS * WRITES


def test_a_failed_transaction_gives_its_turn_back(tmp_path):
    databases = _database(tmp_path / "rollback.sqlite3", "lms.sqlite")
    connection = databases["default"]
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE counter (n INTEGER)")
    connection._start_transaction_under_autocommit()
    connection.rollback()
    connection._start_transaction_under_autocommit()  # would wait for ever if not released
    connection.commit()
    connection._start_transaction_under_autocommit()
    connection.close()  # a connection closed mid-transaction gives it back too
    other = []
    thread = threading.Thread(
        target=lambda: (
            databases["default"].ensure_connection(),
            databases["default"]._start_transaction_under_autocommit(),
            other.append(True),
            databases["default"].commit(),
        )
    )
    thread.start()
    thread.join(timeout=5)
    assert other == [True]
