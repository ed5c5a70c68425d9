"""Importing a pack: everything checked first, then built by slug in one transaction.

Each item is created, updated, left unchanged, or kept as it is on the site:

* created: nothing on the site has its slug;
* unchanged: the site holds exactly what this item made last time (importing the same pack
  twice changes nothing);
* updated: the pack's item changed since it was imported and nobody edited the object on
  this site since (or the import was told to overwrite);
* kept: a trainer edited it on this site after it was imported, or it was made on this site
  and not by a pack; it is left alone unless the import is told to overwrite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .kinds import KINDS
from .kinds.base import Context, fingerprint
from .models import PackRecord
from .problems import PackInvalid
from .reader import FOLDERS, TRANSLATABLE, Item, Pack
from .validation import check


class Action:
    CREATED, UPDATED, UNCHANGED, KEPT = "created", "updated", "unchanged", "kept"


@dataclass(frozen=True)
class Outcome:
    kind: str
    slug: str
    title: str
    action: str
    locale: str = ""
    reason: str = ""
    pk: int | None = None


@dataclass
class Report:
    name: str
    version: str
    publish: bool
    outcomes: list[Outcome] = field(default_factory=list)

    def of(self, action: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.action == action]

    @property
    def changed(self) -> bool:
        return any(o.action in (Action.CREATED, Action.UPDATED) for o in self.outcomes)

    def summary(self) -> str:
        counts = {a: len(self.of(a)) for a in ("created", "updated", "unchanged", "kept")}
        return ", ".join(f"{n} {a}" for a, n in counts.items())


def _decide(current: str, item_fp: str, record, *, overwrite: bool) -> tuple[str, str]:
    """(action, reason) for an item already on the site, from fingerprints: what the site
    holds now (``current``), what the pack says (``item_fp``), what the last import left."""
    if record is None:
        if current == item_fp:
            return Action.UNCHANGED, ""
        if overwrite:
            return Action.UPDATED, _("overwritten")
        return Action.KEPT, _("already on this site and not imported from a pack")
    if record.object_fingerprint == current:
        if record.item_fingerprint == item_fp:
            return Action.UNCHANGED, ""
        return Action.UPDATED, ""
    if overwrite:
        return Action.UPDATED, _("overwritten")
    return Action.KEPT, _("edited on this site since it was imported")


class _Import:
    def __init__(self, pack: Pack, ctx: Context, report: Report, *, overwrite: bool):
        self.pack, self.ctx, self.report, self.overwrite = pack, ctx, report, overwrite
        self.manifest = pack.manifest.data

    def _record(self, kind, item, obj, locale=""):
        slug = item.slug if not locale else PurePosixPath(item.path).stem
        PackRecord.objects.update_or_create(
            kind=kind.name,
            slug=slug,
            locale=locale,
            defaults={
                "pack": self.manifest["name"],
                "version": str(self.manifest.get("version", "")),
                "item_fingerprint": fingerprint(item.data),
                "object_fingerprint": fingerprint(self._export(kind, obj, locale)),
            },
        )

    def _export(self, kind, obj, locale):
        if not locale:
            return kind.export(obj)
        return kind.export_translation(obj, self._source(kind, obj))

    @staticmethod
    def _source(kind, obj):
        return kind.model.objects.filter(
            translation_key=obj.translation_key, locale=Locale.get_default()
        ).first()

    def one(self, item):
        kind = KINDS[item.kind]
        locale = item.locale
        slug = item.slug if not locale else PurePosixPath(item.path).stem
        if locale:
            source = kind.find(slug)
            existing = kind.find_translation(source, locale)
        else:
            existing = kind.find(slug)
        record = PackRecord.objects.filter(kind=kind.name, slug=slug, locale=locale).first()
        if existing is None:
            action, reason = Action.CREATED, ""
        else:
            current = fingerprint(self._export(kind, existing, locale))
            item_fp = fingerprint(item.data)
            action, reason = _decide(current, item_fp, record, overwrite=self.overwrite)
        obj = existing
        if action in (Action.CREATED, Action.UPDATED):
            if locale:
                obj = kind.apply_translation(item, source, existing, self.ctx)
            else:
                obj = kind.apply(item, existing, self.ctx)
            self._record(kind, item, obj, locale)
        elif action == Action.UNCHANGED and record is None:
            self._record(kind, item, obj, locale)
        self.report.outcomes.append(
            Outcome(
                kind.name, slug, kind.title(obj), action, locale, reason, getattr(obj, "pk", None)
            )
        )


def build_item(kind_name: str, data: dict, *, publish: bool = True, pack: Pack | None = None):
    """One item built straight from its data, unchecked and unrecorded: for tests and
    benchmarks that need one persona or scenario (a pack import checks first)."""
    kind = KINDS[kind_name]
    ctx = Context(pack or Pack(manifest=None, items=[]), publish=publish, checking=False)
    item = Item(kind_name, f"{FOLDERS[kind_name]}/{data['slug']}.yaml", data, {})
    return kind.apply(item, kind.find(data["slug"]), ctx)


def import_pack(pack: Pack, *, publish: bool = True, overwrite: bool = False) -> Report:
    """Check the whole pack (``PackInvalid`` lists every problem), then build it."""
    ctx = Context(pack, publish=publish)
    problems = check(pack, ctx)
    if problems:
        raise PackInvalid(problems)
    ctx.checking = False
    report = Report(pack.manifest.data["name"], str(pack.manifest.data["version"]), publish)
    run = _Import(pack, ctx, report, overwrite=overwrite)
    with transaction.atomic():
        for name, kind in KINDS.items():
            items = pack.of(name)
            for item in kind.order(items) if hasattr(kind, "order") else items:
                run.one(item)
        for name in TRANSLATABLE:
            for item in sorted(
                (i for i in pack.items if i.kind == name and i.locale), key=lambda i: i.path
            ):
                run.one(item)
    return report
