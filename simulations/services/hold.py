"""Hold and resume: the agent puts the customer on hold; the customer reacts to the wait.

The longer the hold, the more it costs (``simulations.conversation_hold`` decides); each
hold and resume leaves a system note in the transcript and a reply from the customer.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from ..conversation_hold import conversation_hold
from ..engines.base import EngineError, Speaker
from ..models import SessionStatus, SimulationSession, Turn
from ..replies import reply_events
from ..selectors import session_data
from .customer_reply import (
    ReplyResult,
    _claim,
    _finish_reply,
    _next_index,
    _Pending,
    _release,
    _state_of,
)
from .errors import SessionError


def _hold_reply(session: SimulationSession, *, seconds: float, note: str) -> ReplyResult:
    persona, scenario = session_data(session)
    state, call = conversation_hold(
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

    The longer the hold, the more it costs: ``conversation_hold`` decides when the
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
    SimulationSession.objects.filter(pk=session.pk).update(
        hold_started_at=None, hold_seconds=F("hold_seconds") + int(seconds)
    )
    session.refresh_from_db()
    note = _("You took the customer off hold after %(seconds)s seconds.") % {
        "seconds": int(seconds)
    }
    return _hold_reply(session, seconds=seconds, note=note)
