"""Exporting a pack: chosen items with everything they link to, so it imports anywhere.

What is exported is what the editors last saved (drafts included). A scenario brings its
persona, skills and the course of the lesson it practises; a course its prerequisites and
the scenarios its lessons practise; a rubric its scenarios; a quiz its course; a program
what its requirements name. Translations of exported courses and scenarios come along
under ``translations/<locale>/``. The default scorecard is built into every site and is
never exported.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale

from assessments.rubric_defaults import DEFAULT_RUBRIC

from .kinds import KINDS
from .reader import FOLDERS, MANIFEST
from .writer import dump


def everything() -> list[tuple[str, object]]:
    """Every item of every kind on the site, in its default language."""
    default = Locale.get_default()
    chosen = []
    for name, kind in KINDS.items():
        query = kind.model.objects.all()
        if hasattr(kind.model, "locale"):
            query = query.filter(locale=default)
        if name == "rubric":
            query = query.exclude(slug=DEFAULT_RUBRIC.slug).exclude(is_default=True)
        chosen += [(name, obj) for obj in query.order_by("pk")]
    return chosen


def _closure(chosen) -> dict[tuple[str, int], tuple[str, object]]:
    found, queue = {}, list(chosen)
    while queue:
        name, obj = queue.pop()
        if obj is None:
            continue
        if name == "rubric" and (obj.is_default or obj.slug == DEFAULT_RUBRIC.slug):
            continue
        key = (name, obj.pk)
        if key in found:
            continue
        found[key] = (name, obj)
        queue += KINDS[name].links(obj)
    return found


def _translations(kind, obj) -> list:
    if not kind.translatable:
        return []
    return list(
        kind.model.objects.filter(translation_key=obj.translation_key)
        .exclude(pk=obj.pk)
        .select_related("locale")
        .order_by("locale__language_code")
    )


def export_files(
    chosen, *, name: str, version: str = "1.0.0", title: str = "", description: str = ""
) -> dict[str, str]:
    """{path: text}: a whole pack holding ``chosen`` [(kind, object)] and what they need."""
    files: dict[str, str] = {}
    contains: dict[str, list[str]] = {folder: [] for folder in FOLDERS.values()}
    translations: dict[str, dict[str, list[str]]] = {}
    for kind_name, obj in sorted(_closure(chosen).values(), key=lambda x: (x[0], x[1].slug)):
        kind, folder = KINDS[kind_name], FOLDERS[kind_name]
        files[f"{folder}/{obj.slug}.yaml"] = dump(kind.export(obj))
        contains[folder].append(obj.slug)
        for translation in _translations(kind, obj):
            code = translation.locale.language_code
            files[f"translations/{code}/{folder}/{obj.slug}.yaml"] = dump(
                kind.export_translation(translation, obj)
            )
            translations.setdefault(code, {}).setdefault(folder, []).append(obj.slug)
    manifest = {"name": name, "title": title or name, "version": version}
    manifest["language"] = Locale.get_default().language_code or settings.LANGUAGE_CODE
    if description:
        manifest["description"] = description
    manifest["contains"] = {folder: slugs for folder, slugs in contains.items() if slugs}
    if translations:
        manifest["translations"] = translations
    files[MANIFEST] = dump(manifest)
    return dict(sorted(files.items()))
