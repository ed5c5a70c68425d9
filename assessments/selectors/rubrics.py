"""Which rubric grades a scenario."""

from __future__ import annotations

from ..graders.base import RubricData
from ..models import Rubric


def rubric_for(scenario) -> Rubric | None:
    """The published rubric naming this scenario, else the published default."""
    rubrics = Rubric.objects.published().select_related("extends")
    rubric = rubrics.filter(scenarios=scenario).order_by("-last_published_at", "-pk").first()
    return rubric or rubrics.filter(is_default=True).order_by("pk").first()


class UnknownRubric(LookupError):
    """No published rubric has that slug."""


def rubric_resolve(
    scenario=None, *, slug: str = ""
) -> tuple[RubricData, Rubric | None, object | None]:
    """(criteria to grade with, the Rubric row, its pinned live revision).

    A rubric named by ``slug`` wins; else the scenario's; else the published default.
    With no published rubric at all, the built-in QA scorecard (``scorecard.toml``) is used.
    """
    from ..rubric_defaults import DEFAULT_RUBRIC

    if slug:
        rubric = Rubric.objects.published().select_related("extends").filter(slug=slug).first()
        if rubric is None:
            raise UnknownRubric(slug)
    elif scenario is None:
        rubric = Rubric.objects.published().filter(is_default=True).order_by("pk").first()
    else:
        rubric = rubric_for(scenario)
    if rubric is None:
        return DEFAULT_RUBRIC, None, None
    return rubric.to_data(), rubric, rubric.live_revision
