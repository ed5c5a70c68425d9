"""What a chooser block names in a pack (a slug) and on the site (a primary key)."""

from __future__ import annotations

from wagtail.models import Locale, Page

# Chooser targets by model label: (the pack kind, the field that names it).
TARGETS = {
    "courses.skill": "skill",
    "courses.coursepage": "course",
    "assessments.quiz": "quiz",
    "simulations.scenario": "scenario",
}
PLACEHOLDER = -1  # while checking: the pack will create it


def _kind(model) -> str | None:
    return TARGETS.get(model._meta.label_lower)


def chooser_slugs(model, pk) -> str | None:
    """The slug a pack writes for the object a chooser holds."""
    obj = model.objects.filter(pk=pk).first()
    return getattr(obj, "slug", None)


def chooser_pks(ctx):
    """``pks(model, slug, path)``: the primary key a chooser stores for a pack's slug."""

    def pks(model, slug, path):
        kind = _kind(model)
        if kind is None or not isinstance(slug, str):
            return None
        query = model.objects.filter(slug=slug)
        if issubclass(model, Page):
            query = query.filter(locale=Locale.get_default())
        pk = query.values_list("pk", flat=True).first()
        if pk is None and ctx.checking and ctx.in_pack(kind, slug):
            return PLACEHOLDER
        return pk

    return pks
