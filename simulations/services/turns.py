"""The agent's turn: their line cleaned and saved, before any engine is asked.

The line is plain text within ``MAX_TURN_CHARS`` (``turn_text_clean``); a client may send
an idempotency key with it (``client_id_clean``), so a request sent twice (a retry after a
dropped connection) is replayed (``session_turn_replay``) rather than said twice.
"""

from __future__ import annotations

import html
import re

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from ..call_rules import MAX_TURN_CHARS
from ..channel_rules import is_email
from ..channels import agent_message
from ..engines.base import Speaker
from ..models import SimulationSession, Turn
from ..selectors import session_data
from ..understanding import Context, understand
from .customer_reply import ReplyResult, _claim, _cues_json, _next_index, _state_of
from .errors import DuplicateTurnError, ReplyPendingError, TurnTextError
from .hold import session_resume
from .lifecycle import session_expire_if_due

_SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Control characters other than tab and newline (NUL included) are never text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def turn_text_clean(text, *, paragraphs: bool = False) -> str:
    """The agent's line as plain text; raises TurnTextError (with the limit) when unusable.
    With ``paragraphs`` (an email) a blank line between paragraphs is kept."""
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
    plain = re.sub(r"\n\s*\n\s*", "\n\n" if paragraphs else "\n", plain).strip()
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


def session_record_agent_turn(
    *, session: SimulationSession, text, client_id: str = "", subject=""
) -> Turn:
    """Save what the agent said, in its own transaction, before any engine is asked.

    Raises TurnTextError (bad text), SessionEndedError (the call is over),
    ReplyPendingError (the customer is still answering the previous line) or
    DuplicateTurnError (this client id was sent before: the caller replays that exchange).
    An email's ``subject`` is kept with it (an email scenario needs one: TurnTextError).
    """
    _persona, scenario = session_data(session)
    clean = turn_text_clean(text, paragraphs=is_email(scenario))
    client_id = client_id_clean(client_id)
    if (earlier := _turn_with_client_id(session, client_id)) is not None:
        raise DuplicateTurnError(earlier)
    session.refresh_from_db()
    if session.hold_started_at and session.is_active and not session.reply_pending_since:
        session_resume(session=session)
    message = agent_message(scenario, _state_of(session), clean, subject)
    if is_email(scenario) and not message.subject:
        raise TurnTextError(_("Give your email a subject line."))
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
            subject=message.subject,
            public=message.public,
            cues=_cues_json(cues),
            client_id=client_id,
            created_at=now,
        )
    if session_expire_if_due(session=session, now=now):
        session.refresh_from_db()
    return turn
