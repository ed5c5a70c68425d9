"""Writes for call simulation, one module per concept; import from here.

``lifecycle`` starts and ends a call; ``turns`` saves the agent's line before any engine is
asked; ``customer_reply`` has the customer answer it (and streams that answer); ``hold``
puts the customer on hold and takes them off; ``content`` builds personas and scenarios
from content data.
``errors`` says why a request does not fit the session's state. No request objects here:
views and the API call these functions.
"""

from ..call_rules import session_conversation_accepted
from .customer_reply import ReplyResult, session_customer_reply, session_customer_reply_stream
from .errors import (
    DuplicateTurnError,
    ReplyPendingError,
    ScenarioUnavailableError,
    SessionEndedError,
    SessionError,
    TurnTextError,
)
from .hold import session_hold, session_resume
from .lifecycle import session_end, session_expire_if_due, session_finish_by_agent, session_start
from .turns import client_id_clean, session_record_agent_turn, session_turn_replay, turn_text_clean

__all__ = [
    "DuplicateTurnError",
    "ReplyPendingError",
    "ReplyResult",
    "ScenarioUnavailableError",
    "SessionEndedError",
    "SessionError",
    "TurnTextError",
    "client_id_clean",
    "session_conversation_accepted",
    "session_customer_reply",
    "session_customer_reply_stream",
    "session_end",
    "session_expire_if_due",
    "session_finish_by_agent",
    "session_hold",
    "session_record_agent_turn",
    "session_resume",
    "session_start",
    "session_turn_replay",
    "turn_text_clean",
]
