"""Wording the customer's reply within the turn's failure budget.

The conversation logic has already decided what the customer does; this module asks the
engine to word it, once more if that may help (a failure, or a line the engine found off
script: ``engines.vetting``), within one deadline
(``LLM_TURN_DEADLINE``) that covers every attempt until the reply starts (a reply that
is flowing is read to its end or to ``LLM_REPLY_MAX_CHARS``). When the engine cannot
answer in time, or the circuit breaker has it paused after repeated failures, the
offline customer answers that turn at once, and a notice tells the agent what went
wrong.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.llm import CircuitBreaker

from .engines import get_engine
from .engines.base import EngineError

logger = logging.getLogger(__name__)

# Less than this left of the deadline is not worth another attempt.
MIN_ATTEMPT_SECONDS = 0.5

ENGINE_TROUBLE = {
    "timeout": gettext_lazy("took too long to answer"),
    "rate_limit": gettext_lazy("is busy right now (rate limited)"),
    "server_error": gettext_lazy("had a server error"),
    "malformed": gettext_lazy("sent an answer we could not use"),
    "connection": gettext_lazy("could not be reached"),
    "auth": gettext_lazy("was refused by the language model (its API key was not accepted)"),
    "not_found": gettext_lazy("asked for a model the language model server does not have"),
    "bad_request": gettext_lazy("sent a request the language model rejected"),
    "circuit_open": gettext_lazy("is paused for a minute after repeated failures"),
    "off_script": gettext_lazy(
        "stepped out of the scenario (it spoke as the agent or made up a detail)"
    ),
}

customer_breaker = CircuitBreaker("customer")


def fallback_notice(kind: str) -> str:
    trouble = ENGINE_TROUBLE.get(kind, _("could not answer"))
    return _(
        "The AI customer %(trouble)s, so the offline customer answered this turn. "
        "Your message was saved; carry on as normal."
    ) % {"trouble": trouble}


def _engine(name: str):
    return get_engine(name)


def _offline_reply(pending) -> str:
    return get_engine("offline").reply(pending.call)


def reply_events(pending, *, stream: bool) -> Iterator[tuple[str, str]]:
    """Word the reply into ``pending``: ("token", text) pieces; ("reset", "") when a partial
    reply is thrown away; ("notice", text) when the offline customer stands in."""
    engine = _engine(pending.engine_name)
    if engine.name == "offline":
        text = engine.reply(pending.call)
        if not text.strip():
            raise EngineError("empty reply", kind="malformed")
        pending.parts.append(text)
        pending.engine_used = engine.name
        yield "token", text
        return
    deadline = time.monotonic() + settings.LLM_TURN_DEADLINE
    kind = "circuit_open" if customer_breaker.is_open() else ""
    attempts = 0
    while not kind:
        attempts += 1
        remaining = deadline - time.monotonic()
        try:
            if stream and engine.supports_streaming:
                for chunk in engine.stream_reply(pending.call, timeout=remaining):
                    if chunk:
                        pending.parts.append(chunk)
                        yield "token", chunk
            else:
                text = engine.reply(pending.call, timeout=remaining)
                pending.parts.append(text)
                yield "token", text
            if not "".join(pending.parts).strip():
                raise EngineError("empty reply", kind="malformed")
            customer_breaker.record_success()
            pending.engine_used = engine.name
            return
        except EngineError as exc:
            logger.warning("customer engine %s failed: %s (%s)", engine.name, exc, exc.kind)
            pending.error = f"{exc.kind}: {exc}"
            if pending.parts:
                pending.parts.clear()
                yield "reset", ""
            # A line off script is the model's wording, not an outage: the breaker is for outages.
            if exc.kind != "off_script" and customer_breaker.record_failure():
                logger.error("the LLM customer is paused after repeated failures")
            left = deadline - time.monotonic()
            if exc.retryable and attempts < 2 and left >= MIN_ATTEMPT_SECONDS:
                continue
            kind = exc.kind
    if kind == "circuit_open" and not pending.error:
        pending.error = "circuit_open: the LLM is paused after repeated failures"
    pending.notice = fallback_notice(kind)
    yield "notice", pending.notice
    text = _offline_reply(pending)
    pending.parts.append(text)
    pending.engine_used = "offline-fallback"
    yield "token", text
