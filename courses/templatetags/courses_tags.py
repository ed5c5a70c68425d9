"""Template helpers for course pages: a knowledge check's state and choices, minutes as text."""

from django import template
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag(takes_context=True)
def check_state(context, block_id):
    """The learner's latest answer to a knowledge check on this page (None if unanswered)."""
    return (context.get("knowledge_checks") or {}).get(block_id)


@register.simple_tag(takes_context=True)
def check_choices(context, block_id, value) -> list:
    """[(authored index, choice)] in the order this learner sees the check's choices
    (``check_orders``, courses.lesson_page.choice_order); the authored order without one."""
    choices = list(value["choices"])
    order = (context.get("check_orders") or {}).get(block_id) or range(len(choices))
    return [(i, choices[i]) for i in order if i < len(choices)]


@register.simple_tag(takes_context=True)
def complete_refused(context) -> bool:
    """The learner pressed "Complete" with checks left and was sent back (the no-JS form)."""
    request = context.get("request")
    asked = request is not None and request.GET.get("complete") == "refused"
    return asked and bool(context.get("unanswered_checks"))


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
