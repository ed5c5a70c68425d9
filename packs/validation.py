"""Checking a whole pack before anything changes: schemas, manifest, then every reference."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path, PurePosixPath

from jsonschema import Draft202012Validator

from .kinds import KINDS
from .kinds.base import Context
from .problems import Problem, field_name
from .reader import FOLDERS, Pack

SCHEMAS = Path(__file__).parent / "schemas"


@cache
def validator(name: str, *, translation: bool = False) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    if translation:  # a translation may leave out anything its source has
        schema = {**schema, "required": ["slug"]}
        props = dict(schema["properties"])
        if "lessons" in props:
            lessons = dict(props["lessons"])
            lessons["items"] = {**lessons["items"], "required": ["slug"]}
            props["lessons"] = lessons
        for rows in ("hidden_facts", "resolutions", "steps"):
            if rows in props:
                props[rows] = {
                    **props[rows],
                    "items": {**props[rows]["items"], "required": ["key"]},
                }
        schema["properties"] = props
    return Draft202012Validator(schema)


def schema_problems(item, name: str, *, translation: bool = False) -> list[Problem]:
    problems = []
    for error in validator(name, translation=translation).iter_errors(item.data):
        path = tuple(error.absolute_path)
        message = error.message
        if error.validator == "additionalProperties":
            known = ", ".join(error.schema.get("properties", {}))
            message = f"{message} (known fields: {known})" if known else message
        problems.append(Problem(item.path, item.line(path), field_name(path), message))
    return problems


def _manifest_problems(pack: Pack) -> list[Problem]:
    manifest = pack.manifest
    problems = schema_problems(manifest, "manifest")
    if problems:
        return problems
    contains = manifest.data.get("contains", {})
    for kind, folder in FOLDERS.items():
        listed = list(contains.get(folder, []))
        present = sorted(pack.slugs(kind))
        for i, slug in enumerate(listed):
            if slug not in present:
                problems.append(
                    manifest.problem(
                        ("contains", folder, i), f"no file {folder}/{slug}.yaml in the pack"
                    )
                )
        for slug in present:
            if slug not in listed:
                problems.append(
                    manifest.problem(
                        ("contains", folder), f"does not list {folder}/{slug}, which the pack holds"
                    )
                )
    return problems


def check(pack: Pack, ctx: Context) -> list[Problem]:
    """Every problem in the pack; an empty list means it can be imported."""
    problems = _manifest_problems(pack)
    seen: dict[tuple, str] = {}
    for item in pack.items:
        kind = KINDS[item.kind]
        found = schema_problems(item, item.kind, translation=bool(item.locale))
        stem = PurePosixPath(item.path).stem
        if not found and item.locale == "" and item.slug != stem:
            found.append(item.problem(("slug",), f"must match the file name ({stem})"))
        key = (item.kind, item.locale, item.slug if not item.locale else stem)
        if key in seen:
            found.append(item.problem(("slug",), f"the same {item.kind} as {seen[key]}"))
        seen[key] = item.path
        if not found:
            found = kind.check(item, ctx) if not item.locale else _translation_problems(item, ctx)
        problems += found
    return problems


def _translation_problems(item, ctx) -> list[Problem]:
    """A translation's source must be in the pack or on the site; it is checked against it."""
    kind = KINDS[item.kind]
    stem = PurePosixPath(item.path).stem
    source = next((i for i in ctx.pack.of(item.kind) if i.slug == stem), None)
    if source is not None:
        source_data = source.data
    elif (obj := kind.find(stem)) is not None:
        source_data = kind.export(obj)
    else:
        return [
            item.problem(
                (), f"translates {item.kind} “{stem}”, which is in neither the pack nor this site"
            )
        ]
    if item.kind == "course":
        return kind.check_translation(
            item, ctx, {lesson.get("slug") for lesson in source_data.get("lessons", ())}
        )
    return kind.check_translation(item, ctx, source_data)
