"""System checks for the call simulation's configuration (``manage.py check``).

A bad CUSTOMER_ENGINE name, or the LLM engine chosen without an endpoint, is reported with a
hint naming the environment variable to set.
"""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured


@checks.register()
def check_customer_engine(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    from simulations.engines import ENGINES, get_engine

    name = getattr(settings, "CUSTOMER_ENGINE", "offline")
    try:
        engine = get_engine(name)
    except ImproperlyConfigured:
        return [
            checks.Error(
                f"CUSTOMER_ENGINE is {name!r}, which is not a customer engine.",
                hint=f"Set CUSTOMER_ENGINE to one of: {', '.join(sorted(ENGINES))}.",
                id="simulations.E001",
            )
        ]
    return list(engine.check())
