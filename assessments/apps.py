from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    """Quizzes, rubrics, graders, grades and skill profiles."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "assessments"

    def ready(self):
        from courses import content_cache

        from . import checks  # noqa: F401 - registers the system checks
        from .models import CriterionLabel

        # Reviewers' labels decide which criteria certification trusts (cached with content).
        content_cache.connect(CriterionLabel)
