"""The single place the openai client is built, and the LLM's failure budget.

Every setting is passed explicitly: the client would otherwise read the shell's
environment (a developer's key leaking into tests) and wait up to ten minutes.

``CircuitBreaker`` keeps an outage from costing every agent a timeout on every turn:
after ``LLM_BREAKER_FAILURES`` consecutive failures the LLM is skipped for
``LLM_BREAKER_COOLOFF`` seconds and the offline customer answers at once. Its state is
in Django's cache, so with Redis (``REDIS_URL``) every web process shares it; with the
local-memory cache each process keeps its own.
"""

from __future__ import annotations

import functools
import time

import openai
from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed


@functools.cache
def get_openai_client() -> openai.OpenAI:
    return openai.OpenAI(
        api_key=settings.OPENAI_API_KEY or "not-needed",  # local servers ignore the key
        base_url=settings.OPENAI_BASE_URL or None,
        timeout=settings.OPENAI_TIMEOUT,
        max_retries=settings.OPENAI_MAX_RETRIES,
    )


def llm_configured() -> bool:
    return bool(settings.OPENAI_API_KEY or settings.OPENAI_BASE_URL)


def _clear_client(*, setting, **kwargs):
    if setting.startswith("OPENAI_"):
        get_openai_client.cache_clear()


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
