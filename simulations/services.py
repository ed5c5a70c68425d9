"""Writes for call simulation: start a session, record turns, ask the customer engine, end it.

The order of a turn is the product's promise that nothing is lost: the agent's line is
saved (its own transaction) before any engine is asked; the conversation module decides
mood, intent and outcome; the engine only words the reply. If the engine fails, it is
retried once when that may help, then the offline engine answers that turn, the turn
records ``engine="offline-fallback"`` and a system note tells the agent. No request
objects here: views and the API call these functions.
"""

from __future__ import annotations

import html
import logging
import re
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail import hooks

from .engines.base import CallState, EngineError, Outcome, Speaker
from .models import Scenario, SessionStatus, SimulationSession, Turn
from .replies import reply_events
from .selectors import session_data
from .understanding import Context, understand
from .understanding.llm import read_line as read_agent_line

logger = logging.getLogger(__name__)

MAX_TURN_CHARS = 2000
# A reply still "pending" after this long is treated as lost (a crashed worker) so the
# agent is not locked out of their own call.
PENDING_STALE_AFTER = timedelta(seconds=120)
HOLD_LONG_SECONDS = 45


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


# -- input ---------------------------------------------------------------------------------

_SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Control characters other than tab and newline (NUL included) are never text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def turn_text_clean(text) -> str:
    """The agent's line as plain text; raises TurnTextError (with the limit) when unusable."""
    if not isinstance(text, str):
        raise TurnTextError(_("Type what you want to say to the customer."))
    if _SURROGATE.search(text):
        raise TurnTextError(
            _("The message contains a broken character (half of an emoji?): retype it.")
        )
    text = _CONTROL.sub("", text)
    if len(text) > MAX_TURN_CHARS * 5:
        raise TurnTextError(
            _("That message is too long: the limit is %(limit)s characters.")
            % {"limit": MAX_TURN_CHARS}
        )
    plain = html.unescape(strip_tags(_SCRIPT_STYLE.sub(" ", text)))
    plain = re.sub(r"[ \t\r\f\v]+", " ", plain)
    plain = re.sub(r"\n\s*\n+", "\n", plain).strip()
    if not plain:
        raise TurnTextError(_("The message is empty: type what you want to say to the customer."))
    if len(plain) > MAX_TURN_CHARS:
        raise TurnTextError(
            _(
                "That message is too long (%(length)s characters): the limit is "
                "%(limit)s characters."
            )
            % {"length": len(plain), "limit": MAX_TURN_CHARS}
        )
    return plain


# -- content pinned by the session -----------------------------------------------------------


def _conversation():
    from . import conversation

    return conversation


def _state_of(session: SimulationSession):
    return _conversation().ConversationState.from_dict(session.state)


def _state_dict(state) -> dict:
    return state.to_dict()


def _with_customer_line(state, text: str):
    """The conversation state, remembering what the customer actually said."""
    return state.with_customer_line(text)


def _next_index(session: SimulationSession) -> int:
    top = session.turns.aggregate(top=Max("index"))["top"]
    return 0 if top is None else top + 1


def _cues_json(cues) -> list[dict]:
    return [{"kind": str(c.kind), "quote": c.quote} for c in cues]


# -- start ---------------------------------------------------------------------------------


def session_start(
    *,
    user,
    scenario: Scenario,
    is_trial: bool = False,
    seed: int | None = None,
    engine: str | None = None,
) -> SimulationSession:
    """Start a call: pin the content revision, build the opening, save the customer's first line.

    A learner plays the published (live) revision; a trainer's trial plays the latest
    revision, draft or not, and is never graded.
    """
    # The stored row, not a caller's in-memory copy that may hold unsaved edits.
    scenario = Scenario.objects.select_related("persona").get(pk=scenario.pk)
    if not is_trial and not scenario.live:
        raise ScenarioUnavailableError(_("This scenario is not published."))
    persona_row = scenario.persona
    scenario_revision = scenario.latest_revision if is_trial else scenario.live_revision
    persona_revision = persona_row.latest_revision if is_trial else persona_row.live_revision
    if persona_revision is None:
        persona_revision = persona_row.latest_revision
    session = SimulationSession(
        user=user,
        scenario=scenario,
        scenario_revision=scenario_revision,
        persona_revision=persona_revision,
        is_trial=is_trial,
        seed=secrets.randbelow(2**31) if seed is None else seed,
        engine=engine or settings.CUSTOMER_ENGINE,
    )
    if not is_trial:
        # Starting the scenario again abandons an unfinished call on it (ended by the agent).
        for old in SimulationSession.objects.filter(
            user=user, scenario=scenario, status=SessionStatus.ACTIVE, is_trial=False
        ):
            session_end(session=old, outcome=Outcome.AGENT_ENDED)
    persona, scenario_data = session_data(session)
    state, call = _conversation().conversation_start(persona, scenario_data, session.seed)
    opening = _offline_engine().reply(call) or scenario_data.opening_line
    state = _with_customer_line(state, opening)
    with transaction.atomic():
        session.mood_start = call.mood
        session.mood_end = call.mood
        session.state = _state_dict(state)
        session.save()
        Turn.objects.create(
            session=session,
            index=0,
            speaker=Speaker.CUSTOMER,
            text=opening,
            mood_after=call.mood,
            intent=str(call.intent),
            engine="offline",
            latency_ms=0,
        )
    return session


# -- the agent's turn ------------------------------------------------------------------------


def session_expire_if_due(*, session: SimulationSession, now=None) -> bool:
    """End an active session that ran past its time limit (timed_out). True if it did."""
    now = now or timezone.now()
    if session.is_active and now >= session.deadline:
        session_end(session=session, outcome=Outcome.TIMED_OUT)
        return True
    return False


class DuplicateTurnError(SessionError):
    """The client sent a request it had sent before (same idempotency key)."""

    def __init__(self, turn: Turn):
        super().__init__(_("This message was already sent."))
        self.turn = turn


def client_id_clean(value) -> str:
    """An idempotency key as given (header or body), or "" when none; TurnTextError if unusable."""
    if value in (None, ""):
        return ""
    if not isinstance(value, str) or not CLIENT_ID_RE.match(value):
        raise TurnTextError(
            _(
                "The request id must be 1 to 64 letters, digits or the characters . _ : - "
                "(a UUID is ideal)."
            )
        )
    return value


def _turn_with_client_id(session: SimulationSession, client_id: str) -> Turn | None:
    if not client_id:
        return None
    return session.turns.filter(speaker=Speaker.AGENT, client_id=client_id).first()


def session_turn_replay(*, session: SimulationSession, agent_turn: Turn) -> ReplyResult:
    """The exchange an earlier request produced: the agent's line and the reply that followed.

    Raises ReplyPendingError while that reply is still being produced.
    """
    later = list(session.turns.filter(index__gt=agent_turn.index).order_by("index"))
    reply, notice = None, ""
    for turn in later:
        if turn.speaker == Speaker.AGENT:
            break
        if turn.speaker == Speaker.SYSTEM and not notice:
            notice = turn.text if turn.engine else ""
        if turn.speaker == Speaker.CUSTOMER:
            reply = turn
            break
    session.refresh_from_db()
    if reply is None and session.is_active:
        raise ReplyPendingError(
            _("The customer is still answering your last message; wait for the reply.")
        )
    return ReplyResult(session=session, turn=reply, notice=notice, agent_turn=agent_turn)


def session_record_agent_turn(*, session: SimulationSession, text, client_id: str = "") -> Turn:
    """Save what the agent said, in its own transaction, before any engine is asked.

    Raises TurnTextError (bad text), SessionEndedError (the call is over),
    ReplyPendingError (the customer is still answering the previous line) or
    DuplicateTurnError (this client id was sent before: the caller replays that exchange).
    """
    clean = turn_text_clean(text)
    client_id = client_id_clean(client_id)
    if (earlier := _turn_with_client_id(session, client_id)) is not None:
        raise DuplicateTurnError(earlier)
    session.refresh_from_db()
    if session.hold_started_at and session.is_active and not session.reply_pending_since:
        session_resume(session=session)
    _persona, scenario = session_data(session)
    cues = understand(clean, Context(scenario=scenario)).cues  # read before the write lock
    now = timezone.now()
    with transaction.atomic():
        _claim(session)
        if (earlier := _turn_with_client_id(session, client_id)) is not None:
            session.reply_pending_since = None  # the claim is rolled back with this block
            raise DuplicateTurnError(earlier)
        turn = Turn.objects.create(
            session=session,
            index=_next_index(session),
            speaker=Speaker.AGENT,
            text=clean,
            cues=_cues_json(cues),
            client_id=client_id,
            created_at=now,
        )
    if session_expire_if_due(session=session, now=now):
        session.refresh_from_db()
    return turn


# -- the customer's reply ------------------------------------------------------------------


def _offline_engine():
    from .engines import get_engine

    return get_engine("offline")


def _prepare_reply(session: SimulationSession) -> _Pending:
    session.refresh_from_db()
    if session.is_ended:
        raise SessionEndedError(_("This call has ended; start a new one to practise again."))
    agent_turn = session.turns.order_by("-index").first()
    if agent_turn is None or agent_turn.speaker != Speaker.AGENT:
        raise SessionError(_("There is no message from you waiting for a reply."))
    persona, scenario = session_data(session)
    transcript = session.transcript()
    conversation = _conversation()
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
    state = _with_customer_line(pending.state, text)
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
            text=text,
            mood_after=call.mood,
            intent=str(call.intent),
            engine=pending.engine_used,
            latency_ms=latency,
            error=pending.error,
        )
        session.state = _state_dict(state)
        session.mood_end = call.mood
        session.reply_pending_since = None
        session.save(update_fields=["state", "mood_end", "reply_pending_since"])
    agent_turns = session.turns.filter(speaker=Speaker.AGENT).count()
    if call.outcome is not None:
        session_end(session=session, outcome=Outcome(call.outcome))
    elif agent_turns >= call.scenario.max_turns:
        session_end(session=session, outcome=Outcome.TIMED_OUT)
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


# -- hold and end ----------------------------------------------------------------------------


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


def _hold_reply(session: SimulationSession, *, seconds: float, note: str) -> ReplyResult:
    persona, scenario = session_data(session)
    state, call = _conversation().conversation_hold(
        _state_of(session), persona, scenario, seconds, session.transcript()
    )
    pending = _Pending(
        session=session,
        agent_turn=None,
        state=state,
        call=call,
        engine_name=session.engine or settings.CUSTOMER_ENGINE,
        started=time.perf_counter(),
    )
    Turn.objects.create(
        session=session, index=_next_index(session), speaker=Speaker.SYSTEM, text=note
    )
    try:
        for _event in reply_events(pending, stream=False):
            pass
    except EngineError:
        _release(session)
        raise
    return _finish_reply(pending)


def session_hold(*, session: SimulationSession) -> ReplyResult:
    """Put the customer on hold; they answer (intent WAIT). ``session_resume`` takes them off.

    The longer the hold, the more it costs: the conversation module decides when the
    agent comes back (and an impatient customer may hang up).
    """
    session.refresh_from_db()
    if session.hold_started_at and session.is_active:
        raise SessionError(_("The customer is already on hold."))
    _claim(session)
    result = _hold_reply(session, seconds=0, note=_("You put the customer on hold."))
    SimulationSession.objects.filter(pk=session.pk, status=SessionStatus.ACTIVE).update(
        hold_started_at=timezone.now()
    )
    session.refresh_from_db()
    result.session = session
    return result


def session_resume(*, session: SimulationSession) -> ReplyResult | None:
    """Take the customer off hold: their reaction depends on how long they waited."""
    session.refresh_from_db()
    if not session.hold_started_at or session.is_ended:
        return None
    _claim(session)
    seconds = max(0.0, (timezone.now() - session.hold_started_at).total_seconds())
    SimulationSession.objects.filter(pk=session.pk).update(hold_started_at=None)
    session.hold_started_at = None
    note = _("You took the customer off hold after %(seconds)s seconds.") % {
        "seconds": int(seconds)
    }
    return _hold_reply(session, seconds=seconds, note=note)


def session_end(*, session: SimulationSession, outcome) -> SimulationSession:
    """End the call with an outcome; idempotent. Runs the "after_simulation_session_end" hooks.

    Trial runs (a trainer trying a draft) end the same way but run no hooks: they are
    never graded nor counted.
    """
    outcome = Outcome(outcome)
    now = timezone.now()
    with transaction.atomic():
        ended = SimulationSession.objects.filter(pk=session.pk, status=SessionStatus.ACTIVE).update(
            status=SessionStatus.ENDED,
            outcome=outcome.value,
            ended_at=now,
            reply_pending_since=None,
            hold_started_at=None,
        )
    session.refresh_from_db()
    if ended and not session.is_trial:
        for fn in hooks.get_hooks("after_simulation_session_end"):
            # The call is saved and over whatever a listener does; a failing listener
            # (e.g. a grader) is logged for the team, not shown to the agent as a lost call.
            try:
                fn(session)
            except Exception:
                logger.exception("after_simulation_session_end hook %r failed", fn)
    return session


def session_conversation_accepted(session: SimulationSession) -> bool:
    """Whether the customer has accepted a resolution in this conversation."""
    return bool((session.state or {}).get("accepted"))


def session_finish_by_agent(*, session: SimulationSession, resolved: bool) -> tuple:
    """The agent resolves or hangs up. Returns (session, message for the agent).

    "Resolved" counts only if the customer accepted a resolution; otherwise the call is
    recorded as ended by the agent, and the message says so. Past the time limit the
    call is timed out whatever the agent asked.
    """
    session.refresh_from_db()
    if session.is_ended:
        return session, ""
    if timezone.now() >= session.deadline:
        return session_end(session=session, outcome=Outcome.TIMED_OUT), _(
            "The time limit had passed, so the call is recorded as timed out."
        )
    if not resolved:
        return session_end(session=session, outcome=Outcome.AGENT_ENDED), ""
    if session_conversation_accepted(session):
        return session_end(session=session, outcome=Outcome.RESOLVED), ""
    return session_end(session=session, outcome=Outcome.AGENT_ENDED), _(
        "The customer had not accepted a resolution yet, so the call is recorded as ended "
        "by you rather than resolved."
    )


# -- content import (demo content, fixtures) --------------------------------------------------


def _phrases(items) -> str:
    return "\n".join(items or ())


def persona_import(*, data: dict, publish: bool = True):
    """Create or update a Persona from a plain dict (see demo_scenarios.PERSONAS); idempotent."""
    from .models import CalmingTrigger, InflamingTrigger, Persona

    persona = Persona.objects.filter(name=data["name"]).first() or Persona(name=data["name"])
    persona.temperament = data["temperament"]
    persona.starting_mood = data["starting_mood"]
    persona.patience = data["patience"]
    persona.speaking_style = data.get("speaking_style", "")
    persona.language = data.get("language", "en")
    persona.voice = data.get("voice") or "neutral"
    persona.address_term = data.get("address_term", "")
    persona.calming_triggers = [
        CalmingTrigger(cue=cue, strength=strength, sort_order=i)
        for i, (cue, strength) in enumerate(data.get("calmed_by", ()))
    ]
    persona.inflaming_triggers = [
        InflamingTrigger(cue=cue, strength=strength, sort_order=i)
        for i, (cue, strength) in enumerate(data.get("inflamed_by", ()))
    ]
    return _save_and_publish(persona, publish=publish)


def scenario_import(*, data: dict, persona, publish: bool = True, lesson=None):
    """Create or update a Scenario from a plain dict (see demo_scenarios.SCENARIOS); idempotent."""
    from courses.models import Skill

    from .models import (
        Scenario,
        ScenarioCustomerLine,
        ScenarioHiddenFact,
        ScenarioResolution,
        ScenarioStep,
    )

    scenario = Scenario.objects.filter(slug=data["slug"]).first() or Scenario(slug=data["slug"])
    for name in (
        "title",
        "channel",
        "difficulty",
        "language",
        "customer_name",
        "summary",
        "customer_record",
        "order_details",
        "policy_excerpt",
        "problem",
        "goal",
        "opening_line",
        "acceptance_note",
        "max_turns",
        "time_limit_seconds",
    ):
        if name in data:
            setattr(scenario, name, data[name])
    scenario.persona = persona
    scenario.lesson = lesson
    scenario.accept_requires = ", ".join(data.get("accept_requires", ()))
    scenario.prefers = ", ".join(data.get("prefers", ()))
    scenario.hidden_facts = [
        ScenarioHiddenFact(
            key=f["key"],
            label=f["label"],
            value=f["value"],
            earned_by=_phrases(f.get("earned_by")),
            reveal_line=f.get("reveal_line", ""),
            sort_order=i,
        )
        for i, f in enumerate(data.get("hidden_facts", ()))
    ]
    scenario.resolutions = [
        ScenarioResolution(
            key=r["key"],
            label=r["label"],
            phrases=_phrases(r.get("phrases")),
            allowed=r.get("allowed", True),
            satisfies=r.get("satisfies", True),
            customer_reaction=r.get("customer_reaction", ""),
            requires=", ".join(r.get("requires", ())),
            sort_order=i,
        )
        for i, r in enumerate(data.get("resolutions", ()))
    ]
    scenario.steps = [
        ScenarioStep(
            key=step["key"],
            label=step["label"],
            phrases=_phrases(step.get("phrases")),
            requires=", ".join(step.get("requires", ())),
            report=step["report"],
            blocked_report=step.get("blocked_report", ""),
            fact=step.get("fact", ""),
            value=step.get("value", ""),
            solves=step.get("solves", False),
            sort_order=i,
        )
        for i, step in enumerate(data.get("steps", ()))
    ]
    # Rows keep the order they are written in (Orderable sorts by sort_order).
    scenario.customer_lines = [
        ScenarioCustomerLine(intent=intent, band=band, text=text, sort_order=i)
        for i, (intent, band, text) in enumerate(
            (intent, band, text)
            for intent, bands in (data.get("customer_lines") or {}).items()
            for band, texts in bands.items()
            for text in ([texts] if isinstance(texts, str) else texts)
        )
    ]
    scenario.skills = list(Skill.objects.filter(slug__in=data.get("skills", ())))
    return _save_and_publish(scenario, publish=publish)


def _save_and_publish(obj, *, publish: bool):
    """Save a snippet with a revision; publish it (live + live revision) when asked."""
    if obj.pk is None:
        obj.live = False
    with transaction.atomic():
        obj.save()
        revision = obj.save_revision()
        if publish:
            revision.publish()
            obj.refresh_from_db()
    return obj
