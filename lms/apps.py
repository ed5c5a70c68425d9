from django.apps import AppConfig


class LmsConfig(AppConfig):
    """The project itself: the health check, uploads, the task worker and deployment checks."""

    name = "lms"
    verbose_name = "Callwise"

    def ready(self):
        from . import checks  # noqa: F401 - registers the deployment checks
