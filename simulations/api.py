"""The call-simulation API under /api/v1/simulations/: a contract integrations rely on.

    GET  /scenarios                   published scenarios
    POST /sessions                    {"scenario": slug} -> 201 the new session and its opening line
    GET  /sessions/{id}               the session with all its turns
    POST /sessions/{id}/turns         {"text"} ({"text", "subject"} for an email) -> {"reply",
                                      "mood", "band", "level", "label", "status", "notice",
                                      "accepted", "still_needs"}
                                      (band, level, label: the mood on the scale of
                                      simulations.mood.MOOD_SCALE; still_needs: what the
                                      customer needs before accepting, in words)
                                      (an Idempotency-Key header or "client_id" makes a
                                      repeat return the stored exchange, "replayed": true)
    POST /sessions/{id}/turns/stream  the same as server-sent events (the call screen uses it)
    POST /sessions/{id}/hold, /resume put the customer on hold and back
    POST /sessions/{id}/end           {"resolved": bool} optional -> the final session

Errors: 401 unauthenticated, 404 a session the caller may not see or an unknown id or
slug, 409 a finished session or a double submit, 422 empty or over-long text (the
message says the limit). Endpoints parse, authorise, call one service, and shape JSON.
"""

from __future__ import annotations

import json
from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.utils import translation
from ninja import Router, Schema
from ninja.errors import HttpError

from . import selectors, services
from .engines.base import EngineError
from .mood import mood_reading

router = Router(tags=["simulations"])


class ScenarioOut(Schema):
    slug: str
    title: str
    difficulty: str
    channel: str  # "phone", "chat", "email" or "social"
    direction: str  # "inbound" or "outbound" (the agent calls the customer)
    target_handle_seconds: int | None  # what a good contact of this kind usually takes
    skills: list[str]


class TurnOut(Schema):
    speaker: str
    text: str
    mood: int | None
    subject: str = ""  # an email's subject line
    public: bool = False  # social: posted in public, before the private message


class SessionCreatedOut(Schema):
    id: int
    scenario: str
    status: str
    mood: int
    turns: list[TurnOut]


class SessionOut(SessionCreatedOut):
    outcome: str | None
    is_trial: bool
    started_at: datetime
    ended_at: datetime | None
    handle_seconds: int  # from the start of the call to its end (so far, while active)
    hold_seconds: int  # all the holds added up


class StepDoneOut(Schema):
    key: str
    label: str


class SeenOut(Schema):
    key: str
    label: str
    value: str


class ProgressOut(Schema):
    steps: list[StepDoneOut]  # the scenario's steps the customer has done, in order
    solved: bool  # a step solved the problem
    sees: list[SeenOut]  # what the customer has said about the things that change


class ReplyOut(Schema):
    reply: TurnOut | None
    mood: int
    band: str  # "low", "mid" or "high" (simulations.mood.MOOD_SCALE)
    level: str  # the meter's colour: furious, upset, uneasy, calm, happy
    label: str  # the meter's word, in the request's language
    status: str
    notice: str | None = None
    replayed: bool = False
    progress: ProgressOut | None = None  # scenarios with steps only
    accepted: bool = False  # the customer has accepted a resolution: Resolve counts
    still_needs: list[str] = []  # what the customer needs before accepting, in words


class SessionIn(Schema):
    scenario: str


class TurnIn(Schema):
    text: str
    subject: str | None = None  # an email's subject line (required in an email scenario)
    client_id: str | None = None  # or the Idempotency-Key header: a repeat replays the reply


class EndIn(Schema):
    resolved: bool = False


class ErrorOut(Schema):
    detail: str


def _turn(turn) -> dict:
    return {
        "speaker": turn.speaker,
        "text": turn.text,
        "mood": turn.mood_after,
        "subject": turn.subject,
        "public": turn.public,
    }


def _session(session, *, full: bool = True) -> dict:
    data = {
        "id": session.pk,
        "scenario": session.scenario.slug,
        "status": session.status,
        "mood": session.mood,
        "turns": [_turn(t) for t in session.turns.all()],
    }
    if full:
        data |= {
            "outcome": session.outcome or None,
            "is_trial": session.is_trial,
            "started_at": session.started_at,
            "ended_at": session.ended_at,
            "handle_seconds": session.handle_seconds,
            "hold_seconds": session.hold_seconds,
        }
    return data


def _reply(result: services.ReplyResult | None, session, *, replayed: bool = False) -> dict:
    turn = result.turn if result else None
    return {
        "reply": _turn(turn) if turn is not None else None,
        **mood_reading(session.mood),
        "status": session.status,
        "notice": (result.notice or None) if result else None,
        "replayed": replayed,
        "progress": selectors.session_progress(session),
        "accepted": services.session_conversation_accepted(session),
        "still_needs": list(selectors.session_still_needs(session)),
    }


def _client_id(request, payload) -> str:
    """The idempotency key: the Idempotency-Key header, or client_id in the body."""
    return request.headers.get("Idempotency-Key") or payload.client_id or ""


def _own(request, id: int):
    """The caller's own session (only its agent takes part); 403 for viewers, 404 for others."""
    session = selectors.session_get_for(request.user, id)
    if session.user_id != request.user.pk:
        raise PermissionDenied("Only the agent on the call can take part in it.")
    return session


def _http(exc: services.SessionError) -> HttpError:
    return HttpError(exc.status, str(exc))


@router.get("/scenarios", response=list[ScenarioOut], summary="Published scenarios")
def scenario_list(request):
    return [
        {
            "slug": s.slug,
            "title": s.title,
            "difficulty": s.difficulty,
            "channel": s.channel,
            "direction": s.direction,
            "target_handle_seconds": s.target_handle_seconds,
            "skills": [k.slug for k in s.skills.all()],
        }
        for s in selectors.scenario_list(every_language=True)
    ]


@router.post(
    "/sessions",
    response={201: SessionCreatedOut, 404: ErrorOut},
    summary="Start a call on a published scenario",
)
def session_create(request, payload: SessionIn):
    scenario = selectors.scenario_get_published(payload.scenario)
    session = services.session_start(user=request.user, scenario=scenario)
    return 201, _session(selectors.session_get_own(request.user, session.pk), full=False)


@router.get("/sessions/{id}", response={200: SessionOut, 404: ErrorOut}, summary="A session")
def session_detail(request, id: int):
    session = selectors.session_get_for(request.user, id)
    if services.session_expire_if_due(session=session):
        session = selectors.session_get_for(request.user, id)
    return _session(session)


@router.post(
    "/sessions/{id}/turns",
    response={200: ReplyOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    summary="Say something; get the customer's reply",
)
def turn_create(request, id: int, payload: TurnIn):
    session = _own(request, id)
    try:
        try:
            services.session_record_agent_turn(
                session=session,
                text=payload.text,
                client_id=_client_id(request, payload),
                subject=payload.subject or "",
            )
        except services.DuplicateTurnError as repeat:
            result = services.session_turn_replay(session=session, agent_turn=repeat.turn)
            return _reply(result, result.session, replayed=True)
        if not session.is_active:  # the time limit ran out: the line is saved, no reply
            return _reply(None, session)
        result = services.session_customer_reply(session=session)
    except services.SessionError as exc:
        raise _http(exc) from exc
    except EngineError as exc:
        raise HttpError(503, f"The customer could not answer ({exc}); try again.") from exc
    return _reply(result, result.session)


def _sse(event: str, data) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, default=str)}\n\n".encode()


def _turn_event(result: services.ReplyResult, *, replayed: bool = False) -> bytes:
    s = result.session
    return _sse(
        "turn",
        {
            **_reply(result, s, replayed=replayed),
            "outcome": s.outcome or None,
            "intent": result.turn.intent if result.turn else None,
        },
    )


def _agent_event(agent_turn) -> bytes:
    return _sse(
        "agent",
        {
            "index": agent_turn.index,
            "text": agent_turn.text,
            "subject": agent_turn.subject,
            "public": agent_turn.public,
            "cues": agent_turn.cue_labels,
        },
    )


def _replay_events(result: services.ReplyResult):
    """A repeated request: the stored exchange, as the first request streamed it."""
    yield _agent_event(result.agent_turn)
    if result.turn is not None:
        yield _sse("mood", mood_reading(result.turn.mood_after))
        if result.notice:
            yield _sse("notice", {"text": result.notice})
        yield _sse("token", {"text": result.turn.text})
    yield _turn_event(result, replayed=True)


def _stream_events(session, agent_turn):
    yield _agent_event(agent_turn)
    if not session.is_active:
        yield _sse("turn", {**_reply(None, session), "outcome": session.outcome or None})
        return
    try:
        for kind, value in services.session_customer_reply_stream(session=session):
            if kind == "mood":
                yield _sse("mood", mood_reading(value))
            elif kind == "token":
                yield _sse("token", {"text": value})
            elif kind in ("reset", "notice"):
                yield _sse(kind, {"text": value})
            elif kind == "turn":
                yield _turn_event(value)
    except services.SessionError as exc:
        yield _sse("error", {"detail": str(exc), "status": exc.status})
    except EngineError as exc:
        yield _sse("error", {"detail": f"The customer could not answer ({exc}); try again."})


def _in_language(events, language: str | None):
    """Make each event in the request's language (the mood label), however late it streams."""
    events = iter(events)
    try:
        while True:
            with translation.override(language):
                event = next(events, None)
            if event is None:
                return
            yield event
    finally:
        events.close()  # the client went away: let the stream clean up now


@router.post(
    "/sessions/{id}/turns/stream",
    response={200: None, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    summary="Say something; the reply streams back as server-sent events",
    description=(
        "Events: `agent` (your saved line and its cues), `mood` (the mood after your line: "
        "`mood`, `band`, `level`, `label`), "
        "`token` (a piece of the customer's reply), `reset` (discard the partial reply), "
        "`notice` (a note for you, e.g. the offline customer answered), then `turn` "
        "(`reply`, `mood`, `band`, `level`, `label`, `status`, `outcome`, `accepted`, "
        "`still_needs`) or `error` (`detail`)."
    ),
)
def turn_create_stream(request, id: int, payload: TurnIn):
    session = _own(request, id)
    try:
        try:
            agent_turn = services.session_record_agent_turn(
                session=session,
                text=payload.text,
                client_id=_client_id(request, payload),
                subject=payload.subject or "",
            )
            events = _stream_events(session, agent_turn)
        except services.DuplicateTurnError as repeat:
            result = services.session_turn_replay(session=session, agent_turn=repeat.turn)
            events = _replay_events(result)
    except services.SessionError as exc:
        raise _http(exc) from exc
    events = _in_language(events, translation.get_language())
    response = StreamingHttpResponse(events, content_type="text/event-stream; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"
    return response


@router.post(
    "/sessions/{id}/hold",
    response={200: ReplyOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    summary="Put the customer on hold",
)
def session_hold(request, id: int):
    session = _own(request, id)
    try:
        result = services.session_hold(session=session)
    except services.SessionError as exc:
        raise _http(exc) from exc
    return _reply(result, result.session)


@router.post(
    "/sessions/{id}/resume",
    response={200: ReplyOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    summary="Take the customer off hold",
)
def session_resume(request, id: int):
    session = _own(request, id)
    try:
        result = services.session_resume(session=session)
    except services.SessionError as exc:
        raise _http(exc) from exc
    return _reply(result, result.session if result else session)


@router.post(
    "/sessions/{id}/end",
    response={200: SessionOut, 403: ErrorOut, 404: ErrorOut},
    summary="End the call (resolved counts only if the customer accepted)",
)
def session_end(request, id: int, payload: EndIn | None = None):
    session = _own(request, id)
    services.session_finish_by_agent(session=session, resolved=bool(payload and payload.resolved))
    return _session(selectors.session_get_for(request.user, id))
