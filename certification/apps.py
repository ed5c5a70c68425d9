from django.apps import AppConfig


class CertificationConfig(AppConfig):
    """Certification programs and certificates, retraining needs, assignments, team views."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "certification"

    def ready(self):
        from assessments.models import Quiz
        from courses import content_cache
        from simulations.models import Scenario

        from .models import CertificationProgram

        # A program's requirements are cached parsed, with the titles of their quizzes
        # and scenarios (certification.selectors.records): saving any of them renews them.
        content_cache.connect(CertificationProgram, Quiz, Scenario)
