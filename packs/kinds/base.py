"""What every kind of pack content provides, and the helpers they share.

A kind reads an item of its folder into the site (``apply``), writes an object back out in
the same form (``export``), and checks an item before anything is changed (``check``): the
references it makes must name something in the pack or on the site.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from django.db import transaction


@dataclass
class Context:
    """What an import knows while it checks and builds: the pack, the site, the options."""

    pack: object
    publish: bool = True
    checking: bool = True  # True while checking: things the pack will create are not there yet
    notes: list[str] = field(default_factory=list)

    def in_pack(self, kind: str, slug: str, *, locale: str = "") -> bool:
        return any(i.slug == slug for i in self.pack.of(kind, locale=locale))


class Kind:
    """Subclasses set ``name`` (the manifest key is ``folder``) and implement the four steps."""

    name = ""
    folder = ""
    model = None
    translatable = False

    def find(self, slug: str, *, locale: str = ""):
        """The object on the site for this slug (and locale), or None."""
        raise NotImplementedError

    def check(self, item, ctx: Context) -> list:
        return []

    def apply(self, item, existing, ctx: Context):
        raise NotImplementedError

    def export(self, obj) -> dict:
        raise NotImplementedError

    def links(self, obj) -> list[tuple[str, object]]:
        """(kind, object) pairs an export of ``obj`` needs to import cleanly elsewhere."""
        return []

    def title(self, obj) -> str:
        return str(obj)

    # translations (courses and scenarios)

    def apply_translation(self, item, source, existing, ctx: Context):
        raise NotImplementedError

    def find_translation(self, source, locale: str):
        raise NotImplementedError

    def export_translation(self, obj, source) -> dict:
        raise NotImplementedError


def fingerprint(data) -> str:
    """A stable hash of pack data, to tell whether an item or an object has changed."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def latest(obj):
    """An object as its editors last saved it (its latest revision), drafts included."""
    if obj is None:
        return None
    if getattr(obj, "latest_revision_id", None):
        return obj.get_latest_revision_as_object()
    return obj


def save_snippet(obj, *, publish: bool, created: bool):
    """Save a snippet with a revision, published or as a draft of its live version."""
    with transaction.atomic():
        if created:
            obj.live = False
            obj.save()
        revision = obj.save_revision()
        if publish:
            revision.publish()
            obj.refresh_from_db()
    return obj


def save_page(page, *, publish: bool):
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def lines(text: str) -> list[str]:
    """Model text stored one entry per line (or comma-separated) as a list."""
    parts = [p.strip() for p in str(text or "").replace(",", "\n").splitlines()]
    return [p for p in parts if p]


def drop_empty(data: dict) -> dict:
    """Leave out empty optional fields, so files stay short and exports are stable."""
    return {k: v for k, v in data.items() if v not in ("", None, [], {})}


def slug_exists(model):
    """``exists(slug)`` for a model: is there one with this slug on the site?"""
    return lambda slug: model.objects.filter(slug=slug).exists()


def problem_if_missing(item, ctx, path, kind: str, slug, *, exists) -> list:
    """A problem when ``slug`` names nothing of ``kind`` in the pack or on the site."""
    if not slug or ctx.in_pack(kind, slug) or exists(slug):
        return []
    return [item.problem(path, f"no {kind} with the slug “{slug}” in the pack or on this site")]


def model_problems(item, instance, path=(), *, exclude=(), fields=None) -> list:
    """The problems Django's own validation finds in an unsaved object built from an item.

    ``fields`` maps a model field to its pack field where the names differ.
    """
    from django.core.exceptions import ValidationError

    fields = fields or {}
    try:
        instance.full_clean(exclude=list(exclude), validate_unique=False)
    except ValidationError as error:
        return [
            item.problem((*path, fields.get(name, name)) if name != "__all__" else path, message)
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return []
