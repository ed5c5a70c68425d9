from django.apps import AppConfig


class CertificationConfig(AppConfig):
    """Certification programs and certificates, retraining needs, assignments, team views."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "certification"
