"""What the call screen, its end screen and the review page show, decided here.

View models (plain dicts) built from a session and the content it pinned: the transcript
rows with their cues and mood, the mood timeline, the outcome, the call's progress and what
the customer still needs, and the settings the call screen's script runs on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ..call_rules import MAX_TURN_CHARS, session_conversation_accepted
from ..engines.base import Speaker
from ..models import Channel, SimulationSession, Turn
from ..mood import mood_band, mood_level
from .revisions import session_content, session_data


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
        "subjectMissing": _("Give your email a subject line."),
        "inPublic": _("Public reply"),
        "inPrivate": _("Private message"),
        "subject": _("Subject:"),
    }


def _reply_subject(session: SimulationSession) -> str:
    """The subject an email reply starts with: "Re:" the customer's latest email's."""
    from ..channels import reply_subject

    latest = next((t for t in reversed(session.turns.all()) if t.subject), None)
    return reply_subject(latest.subject) if latest else ""


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
        "declined": (
            _("Offer declined"),
            _("%(name)s said no to your offer, and you respected it.") % {"name": name},
            "info",
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
        "handle": session.handle_seconds,
        "hold": session.hold_seconds,
        "target": session.scenario.target_handle_seconds,
        "agent_turns": sum(1 for t in turns if t.speaker == Speaker.AGENT),
        "mood_start": session.mood_start,
        "mood_end": session.mood,
        "mood_change": session.mood - session.mood_start,
        "fallbacks": sum(1 for t in turns if t.engine == "offline-fallback"),
    }


def session_progress(session: SimulationSession) -> dict | None:
    """The steps done and what they changed (``simulations.progress``), or None."""
    from ..progress import case_progress

    return case_progress(session_data(session)[1], session.state)


def session_still_needs(session: SimulationSession) -> tuple[str, ...]:
    """What the customer needs before accepting (``simulations.still_needs``); () once done."""
    from ..still_needs import still_needs

    return still_needs(session_data(session)[1], session.state)


def call_screen_for(session: SimulationSession) -> dict:
    """Everything the call (or end) screen shows, decided here rather than in the template."""
    from django.urls import reverse

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
        "reply_subject": _reply_subject(session),
        # Written channels (an email, a social post) have no voice mode.
        "written": scenario.channel in (Channel.EMAIL, Channel.SOCIAL),
        "in_public": session.scenario.channel == Channel.SOCIAL
        and not (session.state or {}).get("private"),
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
            "target": scenario.target_handle_seconds,
            "direction": scenario.direction,
            "replySubject": _reply_subject(session),
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
