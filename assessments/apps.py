from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    """Quizzes, rubrics, graders, grades and skill profiles."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "assessments"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
