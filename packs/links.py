"""Where the studio edits what an import made."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse

from .kinds import KINDS


def edit_url(outcome) -> str:
    """The authoring studio's edit page of an import's item, or "" if it has none."""
    if outcome.pk is None:
        return ""
    model = KINDS[outcome.kind].model
    if outcome.kind in ("course", "path"):
        return reverse("wagtailadmin_pages:edit", args=[outcome.pk])
    try:
        return reverse(
            f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit",
            args=[outcome.pk],
        )
    except NoReverseMatch:
        return ""
