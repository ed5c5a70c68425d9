from django.apps import AppConfig


class SimulationsConfig(AppConfig):
    """Personas, scenarios, simulation sessions, cues, the mood model and customer engines."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "simulations"

    def ready(self):
        from . import checks  # noqa: F401 - registers the customer engine's system checks
