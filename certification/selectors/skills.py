"""Skill levels for many people at once (the heatmap), banded for display.

The numbers come from ``assessments.selectors.team_skill_levels`` (one query, the same
recency weighting as a person's own skill profile) and the bands from
``assessments.profile.band_for``, so the heatmap and the profile always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from assessments.profile import band_for
from assessments.selectors import team_skill_levels
from courses import content_cache
from courses.models import Skill


@dataclass(frozen=True)
class SkillCell:
    score: int | None
    band: str
    label: str


EMPTY = SkillCell(None, "none", "")


def skill_cell(score: int | None) -> SkillCell:
    if score is None:
        return SkillCell(None, "none", _("No evidence"))
    band = band_for(score)
    return SkillCell(score, band.key, str(band.label))


def skill_levels_for_users(user_ids) -> dict[int, dict[int, SkillCell]]:
    """{user_id: {skill_id: SkillCell}} for every listed person (one query)."""
    levels = team_skill_levels(list(user_ids))
    return {
        uid: {sid: skill_cell(score) for sid, score in skills.items()}
        for uid, skills in levels.items()
    }


def skill_list() -> list[Skill]:
    """Every skill, in order (cached: saving or deleting a skill renews it)."""
    return content_cache.cached(
        "skills", (), lambda: list(Skill.objects.order_by("sort_order", "name"))
    )
