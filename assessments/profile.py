"""Skill profiles from graded evidence: recency weighting, bands, history and the chart.

Pure functions over plain values, so the arithmetic is tested without a database.
A piece of evidence counts ``weight * 0.5 ** (age_days / HALF_LIFE_DAYS)``: a quiz or a
call from six weeks ago counts half as much as one from today.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils.translation import gettext_lazy as _

HALF_LIFE_DAYS = 45.0


@dataclass(frozen=True)
class Band:
    key: str
    label: str
    minimum: int
    css: str  # badge modifier

    def __str__(self) -> str:
        return str(self.label)


BANDS = (
    Band("expert", _("Expert"), 90, "ok"),
    Band("proficient", _("Proficient"), 75, "info"),
    Band("developing", _("Developing"), 50, "warn"),
    Band("needs_work", _("Needs work"), 0, "bad"),
)


def band_for(score: float) -> Band:
    return next(b for b in BANDS if round(score) >= b.minimum)


@dataclass(frozen=True)
class EvidencePoint:
    when: datetime
    score: int  # 0-100
    weight: float = 1.0
    label: str = ""
    url: str = ""
    source: str = ""


@dataclass(frozen=True)
class HistoryPoint:
    point: EvidencePoint
    level: int  # the skill's score just after this evidence
    delta: int  # how much this evidence moved it


def decay(age: timedelta) -> float:
    days = max(0.0, age.total_seconds() / 86400)
    return 0.5 ** (days / HALF_LIFE_DAYS)


def recency_weighted(points: Sequence[EvidencePoint], at: datetime) -> float | None:
    """The recency-weighted mean score at a moment (evidence after it is ignored)."""
    total = weights = 0.0
    for p in points:
        if p.when > at:
            continue
        w = p.weight * decay(at - p.when)
        total += w * p.score
        weights += w
    return total / weights if weights else None


def skill_history(points: Sequence[EvidencePoint]) -> list[HistoryPoint]:
    """Each piece of evidence in time order with the level after it and how it moved it."""
    ordered = sorted(points, key=lambda p: p.when)
    history = []
    previous: float | None = None
    for i, p in enumerate(ordered):
        level = recency_weighted(ordered[: i + 1], p.when) or 0.0
        delta = 0 if previous is None else round(level) - round(previous)
        history.append(HistoryPoint(p, round(level), delta))
        previous = level
    return history


# -- the chart ---------------------------------------------------------------------------

MIN_DAYS = 14
PALETTE = ("#3346d3", "#0f9d8a", "#c2410c", "#7c3aed", "#b42334", "#0369a1", "#a16207", "#475569")


@dataclass(frozen=True)
class ChartLine:
    label: str
    color: str
    points: str  # SVG polyline points "x,y x,y"
    dots: tuple[tuple[float, float, int], ...]  # (x, y, value)


@dataclass(frozen=True)
class ChartData:
    width: int
    height: int
    left: int
    top: int
    right: int
    bottom: int
    lines: tuple[ChartLine, ...]
    y_ticks: tuple[tuple[float, int], ...]  # (y, value)
    x_ticks: tuple[tuple[float, str], ...]  # (x, label)
    bands: tuple[tuple[float, float, str], ...]  # (y, height, css class) shaded band areas

    @property
    def plot_width(self) -> int:
        return self.right - self.left


def chart_build(
    series: dict[str, Sequence[tuple[datetime, int]]],
    *,
    width: int = 720,
    height: int = 260,
    date_format: str = "%d %b",
) -> ChartData | None:
    """Coordinates for a line chart of skill levels over time (rendered by a template)."""
    series = {k: sorted(v) for k, v in series.items() if v}
    if not series:
        return None
    left, right, top, bottom = 40, width - 28, 12, height - 28
    end = max(v[-1][0] for v in series.values())
    # At least two weeks wide, so a new profile's first points sit at the right, not bunched.
    start = min(min(v[0][0] for v in series.values()), end - timedelta(days=MIN_DAYS))
    span = max((end - start).total_seconds(), 86400.0)

    def x(when: datetime) -> float:
        return round(left + (right - left) * (when - start).total_seconds() / span, 1)

    def y(value: float) -> float:
        return round(bottom - (bottom - top) * value / 100, 1)

    lines = []
    for i, (label, values) in enumerate(series.items()):
        dots = tuple((x(w), y(v), v) for w, v in values)
        lines.append(
            ChartLine(
                label=label,
                color=PALETTE[i % len(PALETTE)],
                points=" ".join(f"{dx},{dy}" for dx, dy, _v in dots),
                dots=dots,
            )
        )
    ticks = 4
    x_ticks = []
    for i in range(ticks + 1):
        when = start + timedelta(seconds=span * i / ticks)
        label = when.strftime(date_format)
        if not x_ticks or x_ticks[-1][1] != label:
            x_ticks.append((x(when), label))
    bands = (
        (y(100), y(90) - y(100), "expert"),
        (y(90), y(75) - y(90), "proficient"),
        (y(75), y(50) - y(75), "developing"),
        (y(50), y(0) - y(50), "needs-work"),
    )
    return ChartData(
        width=width,
        height=height,
        left=left,
        top=top,
        right=right,
        bottom=bottom,
        lines=tuple(lines),
        y_ticks=tuple((y(v), v) for v in (0, 50, 75, 90, 100)),
        x_ticks=tuple(x_ticks),
        bands=bands,
    )
