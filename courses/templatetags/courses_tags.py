"""Template helpers for course pages: a knowledge check's state, minutes as text."""

from django import template
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag(takes_context=True)
def check_state(context, block_id):
    """The learner's latest answer to a knowledge check on this page (None if unanswered)."""
    return (context.get("knowledge_checks") or {}).get(block_id)


@register.filter
def minutes(value) -> str:
    value = int(value or 0)
    if value >= 60:
        hours, mins = divmod(value, 60)
        return ngettext("%(h)d hr", "%(h)d hr", hours) % {"h": hours} + (
            f" {mins} min" if mins else ""
        )
    return ngettext("%(m)d min", "%(m)d min", value) % {"m": value}


@register.inclusion_tag("courses/includes/status_badge.html")
def course_status(progress):
    return {"progress": progress}
