"""System checks for the grader configuration: a bad GRADER name, an LLM grader with no endpoint."""

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured


@checks.register()
def grader_configured(app_configs=None, **kwargs):
    from .graders import GRADERS, get_grader

    if settings.GRADER not in GRADERS:
        return [
            checks.Error(
                f"GRADER is {settings.GRADER!r}.",
                hint=f"Set GRADER to one of: {', '.join(GRADERS)}.",
                id="assessments.E001",
            )
        ]
    try:
        return get_grader().check()
    except ImproperlyConfigured as exc:  # pragma: no cover - covered by the name check
        return [checks.Error(str(exc), id="assessments.E001")]
