"""A call's start and end: pin the content and open the call; end it with an outcome.

``session_end`` is where every call ends (the agent, the customer, the time or turn limit),
and where the product's "after a call" hooks run.
"""

from __future__ import annotations

import logging
import secrets

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from lms import hooks as lms_hooks

from .. import conversation
from ..call_rules import session_conversation_accepted
from ..channels import opening_message
from ..engines import get_engine
from ..engines.base import Outcome, Speaker
from ..models import Scenario, SessionStatus, SimulationSession, Turn
from ..selectors import session_data
from .errors import ScenarioUnavailableError

logger = logging.getLogger(__name__)


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
    state, call = conversation.conversation_start(persona, scenario_data, session.seed)
    opening = get_engine("offline").reply(call) or scenario_data.opening_line
    message = opening_message(scenario_data, opening)
    state = state.with_customer_line(opening)
    with transaction.atomic():
        session.mood_start = call.mood
        session.mood_end = call.mood
        session.state = state.to_dict()
        session.save()
        Turn.objects.create(
            session=session,
            index=0,
            speaker=Speaker.CUSTOMER,
            text=message.text,
            subject=message.subject,
            public=message.public,
            mood_after=call.mood,
            intent=str(call.intent),
            engine="offline",
            latency_ms=0,
        )
    return session


def session_expire_if_due(*, session: SimulationSession, now=None) -> bool:
    """End an active session that ran past its time limit (timed_out). True if it did."""
    now = now or timezone.now()
    if session.is_active and now >= session.deadline:
        session_end(session=session, outcome=Outcome.TIMED_OUT)
        return True
    return False


def session_end(*, session: SimulationSession, outcome) -> SimulationSession:
    """End the call with an outcome; idempotent. Runs the AFTER_SIMULATION_SESSION_END hooks.

    Trial runs (a trainer trying a draft) end the same way but run no hooks: they are
    never graded nor counted.
    """
    outcome = Outcome(outcome)
    now = timezone.now()
    with transaction.atomic():
        active = SimulationSession.objects.filter(pk=session.pk, status=SessionStatus.ACTIVE)
        on_hold_since = active.values_list("hold_started_at", flat=True).first()
        held = int((now - on_hold_since).total_seconds()) if on_hold_since else 0
        ended = active.update(
            status=SessionStatus.ENDED,
            outcome=outcome.value,
            ended_at=now,
            reply_pending_since=None,
            hold_started_at=None,
            hold_seconds=F("hold_seconds") + max(0, held),
        )
    session.refresh_from_db()
    if ended and not session.is_trial:
        for fn in hooks.get_hooks(lms_hooks.AFTER_SIMULATION_SESSION_END):
            # The call is saved and over whatever a listener does; a failing listener
            # (e.g. a grader) is logged for the team, not shown to the agent as a lost call.
            try:
                fn(session)
            except Exception:
                logger.exception("after_simulation_session_end hook %r failed", fn)
    return session


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
