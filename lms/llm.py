"""The single place the openai client is built, and the LLM's failure budget.

Every setting is passed explicitly: the client would otherwise read the shell's
environment (a developer's key leaking into tests) and wait up to ten minutes.

``CircuitBreaker`` keeps an outage from costing every agent a timeout on every turn:
after ``LLM_BREAKER_FAILURES`` consecutive failures the LLM is skipped for
``LLM_BREAKER_COOLOFF`` seconds and the offline customer answers at once. Its state is
in Django's cache, so with Redis (``REDIS_URL``) every web process shares it; with the
local-memory cache each process keeps its own.

``connection_test`` is the administrator's check that the configured endpoint and model
answer: one short completion, no retry, a few seconds at most.
"""

from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass

import openai
from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


@functools.cache
def get_openai_client() -> openai.OpenAI:
    return openai.OpenAI(
        api_key=settings.OPENAI_API_KEY or "not-needed",  # local servers ignore the key
        base_url=settings.OPENAI_BASE_URL or None,
        timeout=settings.OPENAI_TIMEOUT,
        max_retries=settings.OPENAI_MAX_RETRIES,
    )


# How each endpoint takes a JSON schema for structured output: OpenAI, vLLM, Ollama and
# llama.cpp's own server take ``json_schema``; llama-cpp-python's server rejects it and
# takes ``{"type": "json_object", "schema": ...}``. Learnt once per endpoint.
_schema_dialect: dict[str, str] = {}


def _as_json_object(response_format: dict) -> dict:
    return {"type": "json_object", "schema": response_format["json_schema"]["schema"]}


def _refuses_json_schema(exc: openai.APIStatusError) -> bool:
    """A 400 or 422, or a server error that names the format (llama-cpp-python answers its
    own validation failure with a 500)."""
    if exc.status_code in (400, 422):
        return True
    return exc.status_code >= 500 and "json_schema" in f"{exc.message} {exc.body}"


def structured_completion(*, response_format: dict, max_retries: int | None = None, **arguments):
    """A chat completion constrained by ``response_format`` (OpenAI's ``json_schema`` shape),
    in the form the configured endpoint understands. ``max_retries`` overrides
    OPENAI_MAX_RETRIES (0 where one deadline must cover the whole answer)."""
    client = get_openai_client()
    if max_retries is not None:
        client = client.with_options(max_retries=max_retries)
    completions = client.chat.completions
    endpoint = settings.OPENAI_BASE_URL
    if _schema_dialect.get(endpoint) == "json_object":
        return completions.create(response_format=_as_json_object(response_format), **arguments)
    try:
        return completions.create(response_format=response_format, **arguments)
    except openai.APIStatusError as exc:
        if response_format.get("type") != "json_schema" or not _refuses_json_schema(exc):
            raise
        logger.warning(
            "%s refused a json_schema response format (%s); asking with json_object and a schema",
            endpoint or "the LLM endpoint",
            exc.status_code,
        )
        answer = completions.create(response_format=_as_json_object(response_format), **arguments)
        _schema_dialect[endpoint] = "json_object"
        return answer


def llm_configured() -> bool:
    return bool(settings.OPENAI_API_KEY or settings.OPENAI_BASE_URL)


@dataclass(frozen=True)
class LLMSettingsData:
    """The LLM configuration as an administrator reads it (it is set in the environment)."""

    configured: bool
    endpoint: str
    customer_model: str
    grader_model: str


def llm_settings() -> LLMSettingsData:
    return LLMSettingsData(
        configured=llm_configured(),
        endpoint=settings.OPENAI_BASE_URL or DEFAULT_ENDPOINT,
        customer_model=settings.OPENAI_CUSTOMER_MODEL,
        grader_model=settings.OPENAI_GRADER_MODEL,
    )


DEFAULT_ENDPOINT = "https://api.openai.com/v1"  # the openai client's own default

# The admin's "Test connection": one short answer, and never a worker held for long.
CONNECTION_TEST_TIMEOUT = 5.0
CONNECTION_TEST_MAX_TOKENS = 8
CONNECTION_TEST_PROMPT = "Reply with the single word: ready"


@dataclass(frozen=True)
class ConnectionTestResult:
    """What one short completion against the configured endpoint showed."""

    configured: bool
    endpoint: str
    model: str
    ok: bool = False
    latency_ms: int | None = None
    reply: str = ""
    error: str = ""


def connection_test() -> ConnectionTestResult:
    """Ask the configured endpoint for a few tokens with the customer's model, with no
    retry and a timeout of at most ``CONNECTION_TEST_TIMEOUT`` seconds; the error, if
    any, in words an administrator can act on."""
    endpoint = settings.OPENAI_BASE_URL or DEFAULT_ENDPOINT
    model = settings.OPENAI_CUSTOMER_MODEL
    if not llm_configured():
        return ConnectionTestResult(configured=False, endpoint="", model=model)
    timeout = min(settings.OPENAI_TIMEOUT, CONNECTION_TEST_TIMEOUT)
    client = get_openai_client().with_options(timeout=timeout, max_retries=0)
    started = time.perf_counter()
    try:
        answer = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": CONNECTION_TEST_PROMPT}],
            max_tokens=CONNECTION_TEST_MAX_TOKENS,
        )
    except openai.OpenAIError as exc:
        latency_ms = round((time.perf_counter() - started) * 1000)
        logger.warning("LLM connection test against %s failed: %s", endpoint, exc)
        return ConnectionTestResult(
            configured=True,
            endpoint=endpoint,
            model=model,
            latency_ms=latency_ms,
            error=_connection_error(exc, timeout=timeout, model=model),
        )
    latency_ms = round((time.perf_counter() - started) * 1000)
    choices = answer.choices or []
    reply = (choices[0].message.content or "").strip() if choices else ""
    return ConnectionTestResult(
        configured=True,
        endpoint=endpoint,
        model=model,
        ok=True,
        latency_ms=latency_ms,
        reply=reply[:200],
    )


def _connection_error(exc: openai.OpenAIError, *, timeout: float, model: str) -> str:
    if isinstance(exc, openai.APITimeoutError):
        return _("No answer within %(seconds)s seconds: the endpoint is too slow or stuck.") % {
            "seconds": f"{timeout:g}"
        }
    if isinstance(exc, openai.APIConnectionError):
        return _(
            "Could not reach the endpoint: check OPENAI_BASE_URL and that the server is running."
        )
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        detail = str(exc.message or "")[:300]
        if status in (401, 403):
            message = _("The endpoint refused the API key (%(status)s): check OPENAI_API_KEY.")
        elif status == 404:
            message = _(
                "The endpoint has no model called “%(model)s” or no such address "
                "(%(status)s): check OPENAI_CUSTOMER_MODEL and OPENAI_BASE_URL."
            )
        elif status == 429:
            message = _("The endpoint is busy or out of quota (%(status)s). Try again later.")
        elif status >= 500:
            message = _("The endpoint had an error of its own (%(status)s).")
        else:
            message = _("The endpoint rejected the request (%(status)s).")
        message = message % {"status": status, "model": model}
        return f"{message} {detail}".strip() if detail else message
    return _("The endpoint's answer could not be read: %(error)s") % {"error": str(exc)[:300]}


def _clear_client(*, setting, **kwargs):
    if setting.startswith("OPENAI_"):
        get_openai_client.cache_clear()
        _schema_dialect.clear()


setting_changed.connect(_clear_client)


class CircuitBreaker:
    """Consecutive failures of one LLM use (``name``), shared through the cache."""

    def __init__(self, name: str):
        self.failures_key = f"llm-breaker:{name}:failures"
        self.open_key = f"llm-breaker:{name}:open-until"

    def is_open(self) -> bool:
        until = cache.get(self.open_key)
        return until is not None and until > time.time()

    def record_failure(self) -> bool:
        """Count a failure; True when this one opened the circuit."""
        cooloff = settings.LLM_BREAKER_COOLOFF
        try:
            failures = cache.incr(self.failures_key)
        except ValueError:  # the first failure, or the counter expired
            cache.set(self.failures_key, 1, timeout=max(cooloff * 4, 60))
            failures = 1
        if failures >= settings.LLM_BREAKER_FAILURES:
            cache.set(self.open_key, time.time() + cooloff, timeout=cooloff)
            cache.delete(self.failures_key)
            return True
        return False

    def record_success(self) -> None:
        cache.delete_many([self.failures_key, self.open_key])
