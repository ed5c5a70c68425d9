"""Why a request does not fit the session's state: the exceptions the services raise.

Each carries an HTTP ``status`` for the API, and a message written for a person.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from ..models import Turn


class SessionError(Exception):
    """A request that does not fit the session's state; the message says why, for a person."""

    status = 409


class SessionEndedError(SessionError):
    pass


class ReplyPendingError(SessionError):
    pass


class TurnTextError(SessionError, ValueError):
    status = 422


class ScenarioUnavailableError(SessionError):
    status = 404


class DuplicateTurnError(SessionError):
    """The client sent a request it had sent before (same idempotency key)."""

    def __init__(self, turn: Turn):
        super().__init__(_("This message was already sent."))
        self.turn = turn
