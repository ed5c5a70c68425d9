"""System checks for the grader configuration: a bad GRADER name, an LLM grader with no
endpoint, calibration thresholds out of range."""

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


@checks.register()
def calibration_configured(app_configs=None, **kwargs):
    """CALIBRATION_MIN_KAPPA is a kappa (-1 to 1); CALIBRATION_MIN_LABELS at least 1."""
    errors = []
    if not -1 <= settings.CALIBRATION_MIN_KAPPA <= 1:
        errors.append(
            checks.Error(
                f"CALIBRATION_MIN_KAPPA is {settings.CALIBRATION_MIN_KAPPA}.",
                hint="Set CALIBRATION_MIN_KAPPA to a kappa between -1 and 1 (0.6 by default).",
                id="assessments.E002",
            )
        )
    if settings.CALIBRATION_MIN_LABELS < 1:
        errors.append(
            checks.Error(
                f"CALIBRATION_MIN_LABELS is {settings.CALIBRATION_MIN_LABELS}.",
                hint="Set CALIBRATION_MIN_LABELS to 1 or more (10 by default).",
                id="assessments.E003",
            )
        )
    return errors
