from django.apps import AppConfig


class SimulationsConfig(AppConfig):
    """Personas, scenarios, simulation sessions, cues, the mood model and customer engines."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "simulations"

    def ready(self):
        from courses import content_cache

        from . import checks  # noqa: F401 - registers the customer engine's system checks
        from .models import Persona

        # The home page's suggested scenario is cached with its persona (selectors.queries).
        content_cache.connect(Persona)
