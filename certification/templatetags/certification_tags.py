"""Template helpers for the team table: sortable headers and query strings that keep filters."""

from django import template
from django.utils.html import format_html

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
