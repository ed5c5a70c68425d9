"""Graders: score a call against a rubric with quoted evidence (offline or LLM).

``get_grader()`` picks one by name, by default ``settings.GRADER``, the way
``simulations.engines.get_engine()`` picks a customer engine.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from .base import (
    CriterionData,
    CriterionResult,
    Evidence,
    Flag,
    Grader,
    GraderError,
    GradeResult,
    GradingData,
    RubricData,
    grade_totals,
)

GRADERS = {
    "offline": "assessments.graders.offline.OfflineGrader",
    "llm": "assessments.graders.llm.LLMGrader",
}

__all__ = [
    "GRADERS",
    "CriterionData",
    "CriterionResult",
    "Evidence",
    "Flag",
    "GradeResult",
    "Grader",
    "GraderError",
    "GradingData",
    "RubricData",
    "get_grader",
    "grade_totals",
]


def get_grader(name: str | None = None) -> Grader:
    name = name or settings.GRADER
    try:
        path = GRADERS[name]
    except KeyError:
        raise ImproperlyConfigured(
            f"Unknown grader {name!r}: set GRADER to one of {', '.join(GRADERS)}."
        ) from None
    return import_string(path)()
