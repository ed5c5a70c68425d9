from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_catalogue_translations(sender, **kwargs):
    from .services import catalogue_translations_sync

    catalogue_translations_sync()


class CoursesConfig(AppConfig):
    """Skills, courses, lessons, learning paths, enrolment and progress."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "courses"

    def ready(self):
        from . import content_cache

        # Cached content is keyed by a token that any change to the page tree renews.
        content_cache.connect_pages()
        # The catalogue's translations are pages, made with Wagtail's own copy action,
        # which needs the real models: so after migrate rather than in a migration.
        post_migrate.connect(
            _sync_catalogue_translations, sender=self, dispatch_uid="courses.catalogue_locales"
        )
