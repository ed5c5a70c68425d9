"""Skill profiles from skill evidence: levels, history, activities, the chart."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from courses import content_cache
from courses.models import Skill

from ..models import SkillEvidence
from ..profile import (
    Band,
    ChartData,
    EvidencePoint,
    HistoryPoint,
    band_for,
    chart_build,
    recency_weighted,
    skill_history,
)


@dataclass(frozen=True)
class SkillLevel:
    skill: object  # courses.Skill
    score: int
    band: Band
    evidence_count: int
    last_at: datetime | None
    history: tuple[HistoryPoint, ...] = ()

    @property
    def change(self) -> int:
        """How much the latest activity moved it."""
        return self.history[-1].delta if self.history else 0


def _skills_by_id() -> dict[int, Skill]:
    """Every skill by pk (content: cached; saving or deleting a skill renews it)."""
    return content_cache.cached("skills-by-id", (), Skill.objects.in_bulk, shared=True)


def _evidence_points(user) -> dict:
    """{skill: its evidence, oldest first}; the skills come from the content cache."""
    rows = (
        SkillEvidence.objects.filter(user=user)
        .order_by("occurred_at", "pk")
        .values_list("skill_id", "occurred_at", "score", "weight", "label", "url", "source")
    )
    by_skill_id: dict[int, list[EvidencePoint]] = {}
    for skill_id, *point in rows:
        by_skill_id.setdefault(skill_id, []).append(EvidencePoint(*point))
    skills = _skills_by_id()
    return {skills[pk]: points for pk, points in by_skill_id.items() if pk in skills}


def skill_profile_for(user, *, now=None, history: bool = True) -> list[SkillLevel]:
    """Per skill with evidence: the recency-weighted score and its band, in skill order.

    ``history=False`` leaves out each level's history (the home panel shows none).
    """
    now = now or timezone.now()
    levels = []
    for skill, points in _evidence_points(user).items():
        score = recency_weighted(points, now)
        if score is None:
            continue
        levels.append(
            SkillLevel(
                skill=skill,
                score=round(score),
                band=band_for(score),
                evidence_count=len(points),
                last_at=points[-1].when,
                history=tuple(skill_history(points)) if history else (),
            )
        )
    return sorted(levels, key=lambda lvl: (lvl.skill.sort_order, lvl.skill.name))


@dataclass(frozen=True)
class Activity:
    when: datetime
    label: str
    url: str
    source: str
    moves: tuple[tuple[str, int, int], ...]  # (skill name, score given, delta)


def skill_activities(levels: list[SkillLevel], *, limit: int = 12) -> list[Activity]:
    """The activities that moved the profile, newest first, with each skill they moved."""
    grouped: dict[tuple, list] = defaultdict(list)
    for level in levels:
        for h in level.history:
            key = (h.point.when, h.point.label, h.point.url, h.point.source)
            grouped[key].append((level.skill.name, h.point.score, h.delta))
    activities = [
        Activity(when=k[0], label=k[1], url=k[2], source=k[3], moves=tuple(v))
        for k, v in grouped.items()
    ]
    activities.sort(key=lambda a: a.when, reverse=True)
    return activities[:limit]


def skill_chart(levels: list[SkillLevel]) -> ChartData | None:
    return chart_build(
        {lvl.skill.name: [(h.point.when, h.level) for h in lvl.history] for lvl in levels}
    )


def team_skill_levels(users) -> dict[int, dict[int, int]]:
    """{user_id: {skill_id: score}} for many people in one query (manager views)."""
    now = timezone.now()
    points: dict[int, dict[int, list[EvidencePoint]]] = defaultdict(lambda: defaultdict(list))
    for row in SkillEvidence.objects.filter(user__in=users).values(
        "user_id", "skill_id", "occurred_at", "score", "weight"
    ):
        points[row["user_id"]][row["skill_id"]].append(
            EvidencePoint(row["occurred_at"], row["score"], row["weight"])
        )
    return {
        uid: {sid: round(recency_weighted(p, now) or 0) for sid, p in skills.items()}
        for uid, skills in points.items()
    }
