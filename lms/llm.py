"""The single place the openai client is built.

Every setting is passed explicitly: the client would otherwise read the shell's
environment (a developer's key leaking into tests) and wait up to ten minutes.
"""

import functools

import openai
from django.conf import settings
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
