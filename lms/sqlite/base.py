"""Django's SQLite backend, with this process's writing transactions taken in turn.

SQLite has one writer at a time. A writer that finds the lock taken polls for it
(``timeout``), sleeping up to 100 ms between tries, so with dozens of threads writing at
once in one server process an unlucky one can lose every try for its whole timeout and
fail with "database is locked" while each transaction holds the lock for milliseconds.
Here a transaction first waits for this process's other writers, in the order they came,
and is woken the moment the one before it finishes; only the first in line then polls
SQLite's lock, against the other processes. Used whenever DATABASE_URL is SQLite
(lms/settings/base.py).
"""

from __future__ import annotations

import threading
from collections import deque

from django.db import OperationalError
from django.db.backends.sqlite3 import base


class WriteTurns:
    """A first-come, first-served lock: released, it passes straight to the next waiter."""

    def __init__(self):
        self._guard = threading.Lock()
        self._waiting: deque[threading.Event] = deque()
        self._taken = False

    def acquire(self, timeout: float) -> bool:
        with self._guard:
            if not self._taken:
                self._taken = True
                return True
            turn = threading.Event()
            self._waiting.append(turn)
        if turn.wait(timeout):
            return True
        with self._guard:
            if turn.is_set():  # handed over as the wait ran out
                return True
            self._waiting.remove(turn)
            return False

    def release(self) -> None:
        with self._guard:
            if self._waiting:
                self._waiting.popleft().set()  # still taken: now by the next in line
            else:
                self._taken = False


_WRITERS = WriteTurns()


class DatabaseWrapper(base.DatabaseWrapper):
    _holds_write_turn = False

    def _start_transaction_under_autocommit(self):
        if not self.is_in_memory_db():  # the test database: one connection, nothing to queue
            if not _WRITERS.acquire(timeout=self.settings_dict["OPTIONS"].get("timeout", 5)):
                raise OperationalError("database is locked (this process's writers queued)")
            self._holds_write_turn = True
        try:
            super()._start_transaction_under_autocommit()
        except BaseException:
            self._end_write_turn()
            raise

    def _end_write_turn(self):
        if self._holds_write_turn:
            self._holds_write_turn = False
            _WRITERS.release()

    def _commit(self):
        try:
            return super()._commit()
        finally:
            self._end_write_turn()

    def _rollback(self):
        try:
            return super()._rollback()
        finally:
            self._end_write_turn()

    def _close(self):
        try:
            return super()._close()
        finally:
            self._end_write_turn()
