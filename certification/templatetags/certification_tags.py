"""Template helpers for the team table and retraining needs: sortable headers, query strings
that keep filters, the heatmap's cells, and the named scores on a piece of evidence."""

from django import template
from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters changed ("?sort=name&page=2")."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def sort_header(context, key: str, label: str, css: str = ""):
    """A <th> whose link sorts by ``key`` (again to reverse), with aria-sort for screen readers."""
    request = context["request"]
    current = request.GET.get("sort", "name")
    desc = request.GET.get("dir") == "desc"
    active = current == key
    new_dir = "" if not active or desc else "desc"
    href = query_with(context, sort=key, dir=new_dir, page=None)
    aria = ""
    if active:
        aria = format_html(' aria-sort="{}"', "descending" if desc else "ascending")
    return format_html(
        '<th scope="col" class="{}"{}><a href="{}">{}</a></th>', css, aria, href, label
    )


@register.simple_tag
def evidence_scores(call_score=None, quiz_score=None, skill_score=None):
    """The numbers on one piece of evidence, each named, so a call's own score is never
    taken for the skill's score on it. Leave out what does not apply."""

    def given(score) -> bool:
        return score is not None and score != ""

    def named(message: str, score) -> str:
        return message % {"score": conditional_escape(localize(score))}

    parts = []
    if given(call_score):
        parts.append(named(_("call score %(score)s"), call_score))
    elif given(quiz_score):
        parts.append(named(_("quiz score %(score)s"), quiz_score))
    if given(skill_score):
        parts.append(named(_("skill score %(score)s"), skill_score))
    return format_html('<span class="evidence__scores">{}</span>', mark_safe(" · ".join(parts)))  # noqa: S308


@register.simple_tag
def skill_cells(cells):
    """One heatmap row's cells: each skill's score and band, or that there is no evidence."""
    no_evidence = _("No evidence")
    html = []
    for cell in cells:
        if cell.score is not None:
            inner = format_html("{}<small>{}</small>", localize(cell.score), cell.label)
        else:
            inner = format_html('<span aria-label="{}">–</span>', no_evidence)
        html.append(
            format_html('<td class="band-{}" title="{}">{}</td>', cell.band, cell.label, inner)
        )
    return mark_safe("".join(html))  # noqa: S308 (each part is built by format_html)
