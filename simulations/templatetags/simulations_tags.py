"""Template helpers for practice calls: the mood meter, sparklines, outcomes, safe links."""

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from simulations.selectors import mood_band as _mood_band

register = template.Library()

BAND_LABELS = {
    "furious": _("Furious"),
    "upset": _("Upset"),
    "uneasy": _("Uneasy"),
    "calm": _("Calm"),
    "happy": _("Happy"),
}
OUTCOME_BADGES = {
    "resolved": "ok",
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


@register.filter
def mood_band(value):
    return _mood_band(value)


@register.filter
def mood_label(value):
    return BAND_LABELS[_mood_band(value)]


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
    return {
        "mood": mood,
        "band": _mood_band(mood),
        "label": BAND_LABELS[_mood_band(mood)],
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
