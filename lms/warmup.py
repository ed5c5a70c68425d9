"""Load, once per server process and before its first request, what a call needs.

The understanding model, its phrase tables in every language, the language detector and
the grader's scorecard are loaded lazily; without this the first lines a new web process
reads each wait seconds for them, and so does every line that arrives meanwhile. bin/serve
runs it in each gunicorn worker (lms/gunicorn.py) before the worker takes requests, then
``freeze_heap``.
"""

from __future__ import annotations

import gc
import logging
import time

from django.db import connections
from django.urls import get_resolver

from .llm import get_openai_client, llm_configured

logger = logging.getLogger(__name__)

SAMPLE_LINES = {
    "en": "I'm sorry about that. Could you give me your order number, please?",
    "fr": "Je suis désolé. Pouvez-vous me donner votre numéro de commande ?",
    "zh-hans": "非常抱歉。请问您的订单号是多少？",
    "id": "Mohon maaf. Boleh saya minta nomor pesanan Anda?",
    "bg": "Съжалявам. Може ли номера на поръчката ви?",
}


def warm() -> float:
    """Read a line in each language and grade a short call; returns the seconds it took.

    A failure is logged and never stops the server: the lazy loading then happens on
    the first request instead.
    """
    from assessments.graders import get_grader
    from assessments.graders.base import GradingData
    from assessments.graders.reading import blank_scenario
    from assessments.rubric_defaults import DEFAULT_RUBRIC
    from simulations.engines.base import Speaker, TranscriptLine
    from simulations.understanding import Context, understand

    started = time.perf_counter()
    try:
        for code, line in SAMPLE_LINES.items():
            understand(line, Context(language=code))  # the tables of each language
            understand(line, Context(language="en"))  # and the language detector's models
        call = (
            TranscriptLine(Speaker.CUSTOMER, "Hello, my order never arrived."),
            TranscriptLine(Speaker.AGENT, SAMPLE_LINES["en"]),
        )
        get_grader("offline").grade(
            GradingData(scenario=blank_scenario("en"), rubric=DEFAULT_RUBRIC, transcript=call)
        )
        _warm_llm_client()
        get_resolver().resolve("/api/v1/simulations/sessions")  # the URL patterns
    except Exception:  # noqa: BLE001 - warming is an optimisation, never a reason to stop
        logger.exception("warming up the server process failed; it will load on demand")
    finally:
        connections.close_all()  # a worker must not keep a connection it opened here
    return time.perf_counter() - started


def _warm_llm_client() -> None:
    """The client, its TLS context and the reply types it parses (openai imports lazily)."""
    if not llm_configured():
        return
    from openai.types.chat import ChatCompletion, ChatCompletionChunk

    client = get_openai_client()
    client.chat.completions  # noqa: B018 - the resource is imported on first access
    choice = {"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}
    chunk = {"id": "w", "object": "chat.completion.chunk", "created": 0, "model": "m"}
    ChatCompletionChunk.model_validate(chunk | {"choices": [choice]})
    message = {"index": 0, "message": {"role": "assistant", "content": "Hi"}}
    ChatCompletion.model_validate(
        chunk | {"object": "chat.completion", "choices": [message | {"finish_reason": "stop"}]}
    )


def freeze_heap() -> None:
    """Set what the process has loaded so far (Django, Wagtail, the models ``warm`` read)
    aside from the garbage collector, so a full collection scans only what requests made.

    Without it, a page that builds thousands of rows (a team of 5,000) makes the collector
    walk the whole heap every few requests, adding about 160 ms on this machine to one view
    in four (``make bench dashboard``'s p95). Called once, after warming.
    """
    gc.collect()
    gc.freeze()
