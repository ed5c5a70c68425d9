"""Customer engines: the offline (deterministic, default) and the LLM engine, chosen by name.

``get_engine()`` maps ``settings.CUSTOMER_ENGINE`` (or an explicit name) to an engine class
by dotted path; a bad name raises ImproperlyConfigured naming the setting.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

# Registers the configuration checks (manage.py check). SimulationsConfig.ready() is their
# natural home; models import this package at start-up, so they are registered either way.
from simulations import checks as _checks  # noqa: E402, F401

from .base import CustomerEngine, EngineError

ENGINES: dict[str, str] = {
    "offline": "simulations.engines.offline.OfflineEngine",
    "llm": "simulations.engines.llm.LLMEngine",
}

__all__ = ["ENGINES", "CustomerEngine", "EngineError", "get_engine"]


def get_engine(name: str | None = None) -> CustomerEngine:
    """The customer engine called ``name`` (default: settings.CUSTOMER_ENGINE)."""
    chosen = (name if name is not None else getattr(settings, "CUSTOMER_ENGINE", "offline")) or ""
    chosen = chosen.strip().lower()
    if chosen not in ENGINES:
        raise ImproperlyConfigured(
            f"Unknown customer engine {chosen!r} in CUSTOMER_ENGINE: "
            f"choose one of {', '.join(sorted(ENGINES))}."
        )
    return import_string(ENGINES[chosen])()
