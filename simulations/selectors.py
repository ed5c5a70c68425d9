"""Reads for call simulation: the scenario library, sessions a person may see, mood timelines.

Who may see a session is decided here once (``session_get_for``) and used by the pages
and the API alike: the owner, the owner's managers and admins; a trainer's trial run
only by the trainer. Anything else is a 404, never a 403, so ids do not leak.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Case, Count, Prefetch, Q, Value, When
from django.http import Http404
from wagtail import hooks

from accounts.permissions import can_view_person

from .engines.base import Speaker
from .models import Scenario, SessionStatus, SimulationSession, Turn
from .mood import mood_band, mood_level

_DIFFICULTY_ORDER = {"beginner": 0, "intermediate": 1, "advanced": 2}


def scenario_list(*, skill: str = "", difficulty: str = "", channel: str = ""):
    """Published scenarios for the library, filtered; persona and skills fetched up front."""
    qs = (
        Scenario.objects.published()
        .select_related("persona")
        .prefetch_related("skills")
        .annotate(
            level=Case(
                *(When(difficulty=d, then=Value(i)) for d, i in _DIFFICULTY_ORDER.items()),
                default=Value(9),
            )
        )
        .order_by("level", "title")
    )
    if skill:
        qs = qs.filter(skills__slug=skill)
    if difficulty:
        qs = qs.filter(difficulty=difficulty)
    if channel:
        qs = qs.filter(channel=channel)
    return qs.distinct()


def scenario_get_published(slug: str) -> Scenario:
    scenario = (
        Scenario.objects.published()
        .select_related("persona")
        .prefetch_related("skills")
        .filter(slug=slug)
        .first()
    )
    if scenario is None:
        raise Http404(f"Unknown scenario “{slug}”: there is no published scenario with that slug.")
    return scenario


def scenario_draft_for_trial(pk: int) -> Scenario:
    """The latest revision of a scenario (draft or not), for a trainer's trial briefing."""
    scenario = Scenario.objects.filter(pk=pk).first()
    if scenario is None:
        raise Http404("Scenario not found.")
    return scenario.get_latest_revision_as_object() if scenario.latest_revision_id else scenario


def scenario_scores_for(user, scenario_ids) -> dict:
    """Best and latest grade per scenario from whoever registered "scenario_scores_for"."""
    scores: dict = {}
    for fn in hooks.get_hooks("scenario_scores_for"):
        scores.update(fn(user, list(scenario_ids)) or {})
    return scores


def scenario_suggested_for(user) -> Scenario | None:
    """A published scenario to try next: the easiest one not yet played, else the least played."""
    scenarios = list(
        Scenario.objects.published()
        .select_related("persona")
        .annotate(
            played=Count(
                "sessions", filter=Q(sessions__user=user, sessions__is_trial=False), distinct=True
            )
        )
    )
    if not scenarios:
        return None
    return min(scenarios, key=lambda s: (s.played, _DIFFICULTY_ORDER.get(s.difficulty, 9), s.title))


def _session_queryset():
    return SimulationSession.objects.select_related(
        "scenario", "scenario__persona", "user"
    ).prefetch_related(Prefetch("turns", queryset=Turn.objects.order_by("index")))


def session_get_for(user, pk: int) -> SimulationSession:
    """A session the user may see (owner, the owner's managers, admins); 404 otherwise."""
    session = _session_queryset().filter(pk=pk).first()
    if session is None or not getattr(user, "is_authenticated", False):
        raise Http404("Session not found.")
    if session.user_id == user.pk:
        return session
    if session.is_trial or not can_view_person(user, session.user):
        raise Http404("Session not found.")
    return session


def session_get_own(user, pk: int) -> SimulationSession:
    """A session the user plays: only its owner may take part in the call."""
    session = _session_queryset().filter(pk=pk, user_id=getattr(user, "pk", None)).first()
    if session is None:
        raise Http404("Session not found.")
    return session


def session_list_recent_for(user, *, limit: int = 5) -> list[SimulationSession]:
    return list(
        SimulationSession.objects.filter(user=user, is_trial=False)
        .select_related("scenario")
        .order_by("-started_at")[:limit]
    )


def session_list_for_user(user, *, limit: int = 50):
    return (
        SimulationSession.objects.filter(user=user)
        .select_related("scenario")
        .order_by("-started_at")[:limit]
    )


@dataclass(frozen=True)
class MoodPoint:
    index: int
    mood: int
    speaker: str


def session_mood_timeline(session: SimulationSession) -> list[MoodPoint]:
    """The mood after each turn that moved it (uses prefetched turns)."""
    points = [MoodPoint(index=-1, mood=session.mood_start, speaker="start")]
    for turn in session.turns.all():
        if turn.mood_after is not None and turn.speaker != Speaker.SYSTEM and turn.index > 0:
            if turn.speaker == Speaker.CUSTOMER and points and points[-1].mood == turn.mood_after:
                continue
            points.append(MoodPoint(index=turn.index, mood=turn.mood_after, speaker=turn.speaker))
    return points


def session_active_for(user, scenario) -> SimulationSession | None:
    return (
        SimulationSession.objects.filter(user=user, scenario=scenario, status=SessionStatus.ACTIVE)
        .order_by("-started_at")
        .first()
    )


def scenario_get(pk: int) -> Scenario:
    scenario = Scenario.objects.select_related("persona").filter(pk=pk).first()
    if scenario is None:
        raise Http404("Scenario not found.")
    return scenario


# -- content pinned by a session ------------------------------------------------------------


def session_content(session: SimulationSession):
    """(Persona, Scenario) objects as they were when the session started (pinned revisions)."""
    cached = getattr(session, "_content", None)
    if cached is not None:
        return cached
    # The live row is the published revision: rebuild from revision JSON only when the
    # session ran on something else (a trial of a draft, or content republished since).
    row = session.scenario
    if session.scenario_revision_id and session.scenario_revision_id != row.live_revision_id:
        scenario = session.scenario_revision.as_object()
    else:
        scenario = row
    persona_row = row.persona
    if session.persona_revision_id and session.persona_revision_id != persona_row.live_revision_id:
        persona = session.persona_revision.as_object()
    else:
        persona = persona_row
    session._content = (persona, scenario)
    return session._content


def session_data(session: SimulationSession):
    """(PersonaData, ScenarioData) for the pinned content.

    A revision never changes, so the data built from a pair of revisions is cached (Django's
    cache) under their ids: rebuilding a scenario from its revision JSON costs dozens of
    queries, and every turn needs it.
    """
    cached = getattr(session, "_data", None)
    if cached is not None:
        return cached
    key = None
    if session.scenario_revision_id and session.persona_revision_id:
        key = f"simulations:data:{session.scenario_revision_id}:{session.persona_revision_id}"
        cached = cache.get(key)
    if cached is None:
        persona, scenario = session_content(session)
        cached = (persona.to_data(), scenario.to_data())
        if key:
            cache.set(key, cached, timeout=None)
    session._data = cached
    return cached


# -- what the pages show ----------------------------------------------------------------------

SPEECH_LANG = {"en": "en-GB", "fr": "fr-FR", "zh-hans": "zh-CN", "id": "id-ID", "bg": "bg-BG"}


def _grouped_cues(turn: Turn) -> list[dict]:
    """One chip per cue kind, its quotes joined (the detector may find a kind twice)."""
    grouped: dict[str, dict] = {}
    for cue in turn.cue_labels:
        entry = grouped.setdefault(cue["kind"], {**cue, "quotes": []})
        entry["quotes"].append(cue.get("quote", ""))
    for entry in grouped.values():
        entry["quote"] = " … ".join(q for q in entry["quotes"] if q)
    return list(grouped.values())


def _turn_rows(session: SimulationSession) -> list[dict]:
    """Transcript rows: the mood after each turn that moved it, and the cues detected."""
    rows = []
    previous = session.mood_start
    for turn in session.turns.all():
        change = None
        show_mood = turn.mood_after is not None and (
            turn.speaker == Speaker.AGENT or turn.index == 0 or turn.mood_after != previous
        )
        if turn.mood_after is not None and turn.index > 0:
            change = turn.mood_after - previous
        if turn.mood_after is not None:
            previous = turn.mood_after
        rows.append(
            {
                "turn": turn,
                "speaker": turn.speaker,
                "cues": _grouped_cues(turn),
                "band": mood_band(turn.mood_after) if turn.mood_after is not None else "",
                "level": mood_level(turn.mood_after).name if turn.mood_after is not None else "",
                "change": change,
                "show_mood": show_mood,
            }
        )
    return rows


def _call_text(max_chars: int) -> dict:
    """The call screen's messages for its script, in the request's language."""
    from django.utils.translation import gettext as _

    return {
        "you": _("You"),
        "onCall": _("On call"),
        "onHold": _("On hold"),
        "ended": _("Call ended"),
        "empty": _("The message is empty: type what you want to say to the customer."),
        "tooLong": _("That message is too long: the limit is %(limit)s characters.")
        % {"limit": max_chars},
        "network": _("Could not reach the server. Your message was kept: try sending it again."),
        "customerSaid": _("Customer:"),
        "voiceOff": _("Voice mode is off"),
        "voiceOn": _("Voice mode is on: the customer speaks; press Speak (Alt+M) to talk"),
        "voiceNoMic": _(
            "Voice mode is on: you hear the customer; this browser cannot listen, so type"
        ),
        "voiceUnsupported": _("Voice is not supported in this browser: type your replies"),
        "listening": _("Listening…"),
        "speak": _("Speak"),
        "confirmHangup": _("Hang up and end the call?"),
        "timeUp": _("Time is up: ending the call…"),
        "endedGo": _("The call has ended. Showing the outcome…"),
        "held": _("You put the customer on hold."),
        "resumed": _("You took the customer off hold."),
    }


def outcome_summary(session: SimulationSession) -> dict:
    """How to present the way a call ended: a title, a sentence, a tone and an icon."""
    from django.utils.translation import gettext as _

    name = session.scenario.customer_name if hasattr(session, "scenario") else ""
    table = {
        "resolved": (
            _("Resolved"),
            _("%(name)s accepted your resolution.") % {"name": name},
            "ok",
            "✓",
        ),
        "customer_hung_up": (
            _("The customer hung up"),
            _("%(name)s ran out of patience and ended the call.") % {"name": name},
            "bad",
            "✆",
        ),
        "agent_ended": (
            _("You ended the call"),
            _("The call ended before the customer accepted a resolution."),
            "muted",
            "■",
        ),
        "timed_out": (
            _("Out of time"),
            _("The call reached its time or turn limit."),
            "warn",
            "⏱",
        ),
    }
    title, text, tone, icon = table.get(
        session.outcome, (_("In progress"), _("The call has not ended."), "info", "…")
    )
    return {"title": title, "text": text, "tone": tone, "icon": icon}


def _stats(session: SimulationSession) -> dict:
    turns = list(session.turns.all())
    return {
        "duration": session.duration_seconds,
        "agent_turns": sum(1 for t in turns if t.speaker == Speaker.AGENT),
        "mood_start": session.mood_start,
        "mood_end": session.mood,
        "mood_change": session.mood - session.mood_start,
        "fallbacks": sum(1 for t in turns if t.engine == "offline-fallback"),
    }


def session_progress(session: SimulationSession) -> dict | None:
    """The steps done and what they changed (``simulations.progress``), or None."""
    from .progress import case_progress

    return case_progress(session_data(session)[1], session.state)


def session_still_needs(session: SimulationSession) -> tuple[str, ...]:
    """What the customer needs before accepting (``simulations.still_needs``); () once done."""
    from .still_needs import still_needs

    return still_needs(session_data(session)[1], session.state)


def call_screen_for(session: SimulationSession) -> dict:
    """Everything the call (or end) screen shows, decided here rather than in the template."""
    from django.urls import reverse

    from .services import MAX_TURN_CHARS, session_conversation_accepted

    persona, scenario = session_content(session)
    timeline = session_mood_timeline(session)
    progress = session_progress(session)
    accepted = session_conversation_accepted(session)
    needs = session_still_needs(session)
    api = f"/api/v1/simulations/sessions/{session.pk}"
    agent_turns = sum(1 for t in session.turns.all() if t.speaker == Speaker.AGENT)
    return {
        "session": session,
        "scenario": scenario,
        "persona": persona,
        "rows": _turn_rows(session),
        "mood": session.mood,
        "band": mood_band(session.mood),
        "timeline": [p.mood for p in timeline],
        "accepted": accepted,
        "still_needs": needs,
        "on_hold": bool(session.hold_started_at),
        "agent_turns": agent_turns,
        "max_chars": MAX_TURN_CHARS,
        "client_id": uuid.uuid4().hex,  # the no-script form's idempotency key
        "outcome": outcome_summary(session),
        "stats": _stats(session),
        "progress": progress,
        "config": {
            "session": session.pk,
            "api": {
                "stream": f"{api}/turns/stream",
                "turns": f"{api}/turns",
                "hold": f"{api}/hold",
                "resume": f"{api}/resume",
                "end": f"{api}/end",
                "session": api,
            },
            "endUrl": reverse("simulations:call", args=[session.pk]),
            "startedAt": session.started_at.isoformat(),
            "elapsed": session.duration_seconds,
            "timeLimit": scenario.time_limit_seconds,
            "maxTurns": scenario.max_turns,
            "agentTurns": agent_turns,
            "maxChars": MAX_TURN_CHARS,
            "mood": session.mood,
            "band": mood_band(session.mood),
            "timeline": [p.mood for p in timeline],
            "lang": SPEECH_LANG.get(scenario.language, scenario.language),
            "voice": persona.voice,
            "customer": scenario.customer_name,
            "onHold": bool(session.hold_started_at),
            "accepted": accepted,
            "stillNeeds": needs,
            "channel": scenario.channel,
            "text": _call_text(MAX_TURN_CHARS),
        },
    }


def review_for(session: SimulationSession, viewer) -> dict:
    persona, scenario = session_content(session)
    timeline = session_mood_timeline(session)
    return {
        "session": session,
        "scenario": scenario,
        "persona": persona,
        "rows": _turn_rows(session),
        "timeline": [p.mood for p in timeline],
        "band": mood_band(session.mood),
        "progress": session_progress(session),
        "is_owner": session.user_id == viewer.pk,
        "owner_name": session.user.get_full_name() or session.user.get_username(),
        "outcome": outcome_summary(session),
        "stats": _stats(session),
    }
