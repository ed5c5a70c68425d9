"""The customer's reply to the agent's latest line: decided, worded, saved.

The order of a turn is the product's promise that nothing is lost: the agent's line is
saved (its own transaction, ``turns``) before any engine is asked; the conversation module
decides mood, intent and outcome; the engine only words the reply. If the engine fails, it
is retried once when that may help, then the offline engine answers that turn, the turn
records ``engine="offline-fallback"`` and a system note tells the agent
(``simulations.replies``). While a reply is being produced the session is claimed, so the
agent cannot talk over the customer.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import conversation
from ..channel_rules import is_email
from ..channels import customer_message
from ..conversation_state import ConversationState
from ..engines.base import CallState, Outcome, Speaker
from ..models import SessionStatus, SimulationSession, Turn
from ..replies import reply_events
from ..selectors import session_data
from ..understanding.llm import read_line as read_agent_line
from .errors import ReplyPendingError, SessionEndedError, SessionError
from .lifecycle import session_end, session_expire_if_due

# A reply still "pending" after this long is treated as lost (a crashed worker) so the
# agent is not locked out of their own call.
PENDING_STALE_AFTER = timedelta(seconds=120)


@dataclass
class ReplyResult:
    """What a customer reply produced: the saved turn, and a note for the agent if any."""

    session: SimulationSession
    turn: Turn | None
    notice: str = ""
    agent_turn: Turn | None = None


@dataclass
class _Pending:
    """A reply in progress: the conversation's decision, and what the engine has said."""

    session: SimulationSession
    agent_turn: Turn
    state: object
    call: CallState
    engine_name: str
    parts: list[str] = field(default_factory=list)
    engine_used: str = ""
    error: str = ""
    notice: str = ""
    started: float = 0.0


def _state_of(session: SimulationSession):
    return ConversationState.from_dict(session.state)


def _next_index(session: SimulationSession) -> int:
    top = session.turns.aggregate(top=Max("index"))["top"]
    return 0 if top is None else top + 1


def _cues_json(cues) -> list[dict]:
    return [{"kind": str(c.kind), "quote": c.quote} for c in cues]


def _claim(session: SimulationSession) -> None:
    """Mark the session busy (a reply is being produced) or raise why it cannot be."""
    now = timezone.now()
    claimed = (
        SimulationSession.objects.filter(pk=session.pk, status=SessionStatus.ACTIVE)
        .filter(
            Q(reply_pending_since__isnull=True)
            | Q(reply_pending_since__lt=now - PENDING_STALE_AFTER)
        )
        .update(reply_pending_since=now)
    )
    if not claimed:
        session.refresh_from_db()
        if session.is_ended:
            raise SessionEndedError(_("This call has ended; start a new one to practise again."))
        raise ReplyPendingError(
            _("The customer is still answering your last message; wait for the reply.")
        )
    session.reply_pending_since = now


def _prepare_reply(session: SimulationSession) -> _Pending:
    session.refresh_from_db()
    if session.is_ended:
        raise SessionEndedError(_("This call has ended; start a new one to practise again."))
    agent_turn = session.turns.order_by("-index").first()
    if agent_turn is None or agent_turn.speaker != Speaker.AGENT:
        raise SessionError(_("There is no message from you waiting for a reply."))
    persona, scenario = session_data(session)
    transcript = session.transcript()
    state = _state_of(session)
    understood = read_agent_line(
        agent_turn.text,
        conversation.understanding_context(state, scenario, transcript, persona=persona),
    )
    state, call = conversation.conversation_step(
        state, persona, scenario, agent_turn.text, transcript, understood=understood
    )
    if understood.backend != "rules":
        agent_turn.cues = _cues_json(understood.cues)
    if understood.fallback:  # the LLM's reading was asked for and not used: say why
        agent_turn.error = f"understanding: {understood.fallback}"
    agent_turn.mood_after = call.mood  # saved with the reply, in one transaction
    return _Pending(
        session=session,
        agent_turn=agent_turn,
        state=state,
        call=call,
        engine_name=session.engine or settings.CUSTOMER_ENGINE,
        started=time.perf_counter(),
    )


def _finish_reply(pending: _Pending) -> ReplyResult:
    """Persist the customer's line and the new state; end the call if the conversation says so."""
    session, call = pending.session, pending.call
    text = "".join(pending.parts).strip()
    latency = int((time.perf_counter() - pending.started) * 1000)
    state = pending.state.with_customer_line(text)
    message = customer_message(
        call.persona,
        call.scenario,
        state,
        text,
        answering_subject=pending.agent_turn.subject if pending.agent_turn else "",
        seed=session.seed,
    )
    with transaction.atomic():
        if pending.agent_turn is not None:
            Turn.objects.filter(pk=pending.agent_turn.pk).update(
                mood_after=call.mood, cues=pending.agent_turn.cues, error=pending.agent_turn.error
            )
        index = _next_index(session)
        if pending.notice:
            Turn.objects.create(
                session=session,
                index=index,
                speaker=Speaker.SYSTEM,
                text=pending.notice,
                engine=pending.engine_used,
            )
            index += 1
        turn = Turn.objects.create(
            session=session,
            index=index,
            speaker=Speaker.CUSTOMER,
            text=message.text,
            subject=message.subject,
            public=message.public,
            mood_after=call.mood,
            intent=str(call.intent),
            engine=pending.engine_used,
            latency_ms=latency,
            error=pending.error,
        )
        session.state = state.to_dict()
        session.mood_end = call.mood
        session.reply_pending_since = None
        session.save(update_fields=["state", "mood_end", "reply_pending_since"])
    agent_turns = session.turns.filter(speaker=Speaker.AGENT).count()
    if call.outcome is not None:
        session_end(session=session, outcome=Outcome(call.outcome))
    elif agent_turns >= call.scenario.max_turns:
        # The last email the scenario allows ends the exchange: resolved if agreed by then.
        last_email_agreed = is_email(call.scenario) and state.accepted
        session_end(
            session=session, outcome=Outcome.RESOLVED if last_email_agreed else Outcome.TIMED_OUT
        )
    else:
        session_expire_if_due(session=session)
    return ReplyResult(
        session=session, turn=turn, notice=pending.notice, agent_turn=pending.agent_turn
    )


def _release(session: SimulationSession) -> None:
    SimulationSession.objects.filter(pk=session.pk).update(reply_pending_since=None)
    session.reply_pending_since = None


def session_customer_reply(*, session: SimulationSession) -> ReplyResult:
    """The customer's answer to the agent's latest line, saved with its mood, intent and engine."""
    try:
        pending = _prepare_reply(session)
        for _event in reply_events(pending, stream=False):
            pass
        return _finish_reply(pending)
    except Exception:
        _release(session)  # never leave the agent locked out of their own call
        raise


def session_customer_reply_stream(*, session: SimulationSession) -> Iterator[tuple[str, object]]:
    """Like session_customer_reply, yielding events as the reply is generated.

    Events: ("mood", int) as soon as the conversation has decided; ("token", str) pieces;
    ("reset", "") when a partial reply is thrown away; ("notice", str) a note for the
    agent; finally ("turn", ReplyResult). If the client goes away mid-stream the reply is
    still generated and saved, so the transcript stays whole.
    """
    try:
        pending = _prepare_reply(session)
    except Exception:
        _release(session)
        raise
    events = reply_events(pending, stream=True)
    try:
        yield "mood", pending.call.mood
        _release_database_connection()
        yield from events
    except GeneratorExit:
        try:
            for _event in events:
                pass
            _finish_reply(pending)
        except Exception:
            _release(session)
            raise
        raise
    except Exception:
        _release(session)
        raise
    yield "turn", _finish_reply(pending)


def _release_database_connection() -> None:
    """A streamed reply waits seconds on the model: give the database connection back meanwhile.

    With a hundred calls streaming at once, holding one connection each would exhaust a
    PostgreSQL server's connections; Django opens a new one when the reply is saved.
    """
    if connection.vendor != "sqlite" and not connection.in_atomic_block:
        connection.close()
