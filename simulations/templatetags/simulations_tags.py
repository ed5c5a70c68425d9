"""Template helpers for practice calls: the mood meter, sparklines, outcomes, safe links."""

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext

from simulations import mood as mood_scale

register = template.Library()

OUTCOME_BADGES = {
    "resolved": "ok",
    "declined": "info",
    "customer_hung_up": "bad",
    "agent_ended": "muted",
    "timed_out": "warn",
}


@register.simple_tag
def url_if_exists(name, *args):
    """reverse() that gives "" when the URL is not installed (e.g. grades not built yet)."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


# The mood filters read simulations.mood.MOOD_SCALE, like the API and the engines; a value
# that is not a number (no mood yet) gives "".


def _level(value):
    try:
        return mood_scale.mood_level(float(value))
    except (TypeError, ValueError):
        return None


@register.filter
def mood_band(value):
    """ "low", "mid" or "high"."""
    level = _level(value)
    return level.band if level else ""


@register.filter
def mood_level(value):
    """The meter's colour: furious, upset, uneasy, calm or happy (CSS ``mood-dot--<level>``)."""
    level = _level(value)
    return level.name if level else ""


@register.filter
def mood_label(value):
    """The meter's word, in the active language."""
    level = _level(value)
    return gettext(level.label) if level else ""


@register.filter
def outcome_badge(outcome):
    return OUTCOME_BADGES.get(outcome or "", "info")


@register.filter
def mmss(seconds):
    seconds = int(seconds or 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


def sparkline_points(values, width=240, height=48, pad=3) -> str:
    values = list(values or [])
    if not values:
        return ""
    if len(values) == 1:
        values = values * 2
    step = (width - 2 * pad) / (len(values) - 1)
    return " ".join(
        f"{pad + i * step:.1f},{pad + (height - 2 * pad) * (1 - v / 100):.1f}"
        for i, v in enumerate(values)
    )


@register.inclusion_tag("simulations/components/mood_meter.html")
def mood_meter(mood, timeline=(), live=False, size=""):
    """The customer's mood: a labelled gauge and a sparkline of its history."""
    reading = mood_scale.mood_reading(mood)
    return {
        **reading,
        "mood": mood,
        "scale": (
            gettext(mood_scale.MOOD_SCALE[0].label),
            gettext(mood_scale.MOOD_SCALE[-1].label),
        ),
        "points": sparkline_points(timeline),
        "timeline": list(timeline),
        "live": live,
        "size": size,
    }


@register.inclusion_tag("simulations/components/sparkline.html")
def mood_sparkline(timeline, width=240, height=48):
    values = list(timeline or [])
    return {
        "points": sparkline_points(values, width, height),
        "width": width,
        "height": height,
        "last": values[-1] if values else None,
    }
