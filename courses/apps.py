from django.apps import AppConfig


class CoursesConfig(AppConfig):
    """Skills, courses, lessons, learning paths, enrolment and progress."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "courses"
