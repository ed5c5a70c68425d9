"""Small template helpers for assessments pages (lookups and display only, no decisions)."""

from django import template
from django.utils.translation import gettext as _

from .. import flags as grade_flags
from ..profile import band_for

register = template.Library()


@register.filter
def get_item(mapping, key):
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def minutes_left(delta) -> str:
    """A timedelta as '12 min' or '1 h 5 min'."""
    if delta is None:
        return ""
    minutes = max(1, round(delta.total_seconds() / 60))
    if minutes < 60:
        return _("%(m)s min") % {"m": minutes}
    return _("%(h)s h %(m)s min") % {"h": minutes // 60, "m": minutes % 60}


@register.filter
def flag_label(flag) -> str:
    """A grade flag's code in words (an unknown code: its own message)."""
    return grade_flags.flag_label(flag) if isinstance(flag, dict) else ""


@register.filter
def percent(value) -> str:
    """A share from 0 to 1 as a whole percentage ("83%"); "–" when there is none."""
    return "–" if value is None else f"{round(100 * value)}%"


@register.filter
def band(score):
    return band_for(score or 0)


@register.inclusion_tag("assessments/components/course_quizzes.html", takes_context=True)
def course_quizzes(context, course):
    """The knowledge checks of a course with the learner's status, for the course page:
    ``{% load assessments_tags %}{% course_quizzes page %}``."""
    from ..selectors import quiz_list_for_course

    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"rows": []}
    return {"rows": quiz_list_for_course(user, course)}


@register.inclusion_tag("assessments/components/band.html")
def band_badge(score):
    return {"band": band_for(score or 0), "score": score}
