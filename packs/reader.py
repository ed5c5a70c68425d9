"""Reading a pack from a folder or a zip: every file parsed, with the line of every field.

A pack is a folder holding ``pack.yaml`` (the manifest) and one folder per kind of content
(``courses/``, ``personas/``...), one file per item, plus ``translations/<locale>/<kind>/``
for translated courses and scenarios. Files are YAML or JSON (``.yaml``, ``.yml``,
``.json``); JSON is read as the YAML it also is, so both report lines the same way.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from .problems import PackInvalid, Problem

MANIFEST = "pack.yaml"
SUFFIXES = (".yaml", ".yml", ".json")
# Folder of each kind, in the order the importer builds them (later kinds link to earlier).
FOLDERS = {
    "skill": "skills",
    "course": "courses",
    "path": "paths",
    "persona": "personas",
    "scenario": "scenarios",
    "rubric": "rubrics",
    "quiz": "quizzes",
    "program": "programs",
}
KINDS = list(FOLDERS)
TRANSLATABLE = ("course", "scenario")
MAX_BYTES = 20 * 1024 * 1024
MAX_FILES = 2000
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it


@dataclass
class Item:
    kind: str
    path: str
    data: dict
    lines: dict = field(repr=False)
    locale: str = ""  # a translation's locale; "" for the pack's own language

    @property
    def slug(self) -> str:
        return str(self.data.get("slug", ""))

    def line(self, path=()) -> int | None:
        """The line of a field, or of the nearest field that holds it."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path)

    def problem(self, path, message: str) -> Problem:
        from .problems import field_name

        return Problem(self.path, self.line(path), field_name(path), message)


@dataclass
class Pack:
    manifest: Item
    items: list[Item]

    @property
    def language(self) -> str:
        return str(self.manifest.data.get("language", ""))

    def of(self, kind: str, *, locale: str = "") -> list[Item]:
        return [i for i in self.items if i.kind == kind and i.locale == locale]

    def slugs(self, kind: str) -> set[str]:
        return {i.slug for i in self.of(kind)}


def _lines(node, path=(), out=None) -> dict:
    out = {} if out is None else out
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _lines(value, (*path, key.value), out)
            out[(*path, key.value)] = key.start_mark.line + 1  # a field's line is its key's
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            _lines(value, (*path, i), out)
    return out


def parse(path: str, text: str) -> tuple[dict | None, dict, list[Problem]]:
    """(data, lines, problems) of one file."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(error, "problem", None) or str(error)
        return None, {}, [Problem(path, line, "", f"not valid YAML or JSON: {reason}")]
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        return None, {}, [Problem(path, 1, "", "the file must hold a mapping of fields")]
    return data, _lines(node), []


def _files_of_folder(root: Path) -> dict[str, bytes]:
    if not (root / MANIFEST).is_file():
        raise PackInvalid([Problem(str(root), None, "", f"no {MANIFEST} in this folder")])
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.suffix in SUFFIXES
    }


def _files_of_zip(data: bytes, name: str) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise PackInvalid([Problem(name, None, "", "not a zip file")]) from None
    infos = [i for i in archive.infolist() if not i.is_dir()]
    if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_BYTES:
        raise PackInvalid([Problem(name, None, "", "the pack is too large to import")])
    manifests = sorted(
        (i.filename for i in infos if PurePosixPath(i.filename).name == MANIFEST), key=len
    )
    if not manifests:
        raise PackInvalid([Problem(name, None, "", f"no {MANIFEST} in this zip")])
    prefix = str(PurePosixPath(manifests[0]).parent)
    prefix = "" if prefix == "." else prefix + "/"
    return {
        i.filename[len(prefix) :]: archive.read(i)
        for i in infos
        if i.filename.startswith(prefix) and PurePosixPath(i.filename).suffix in SUFFIXES
    }


def _kind_of(relpath: str) -> tuple[str, str] | None:
    """(kind, locale) of a file, from its folder; None for a file the format does not know."""
    parts = PurePosixPath(relpath).parts
    by_folder = {folder: kind for kind, folder in FOLDERS.items()}
    if len(parts) == 2 and parts[0] in by_folder:
        return by_folder[parts[0]], ""
    if len(parts) == 4 and parts[0] == "translations" and by_folder.get(parts[2]) in TRANSLATABLE:
        return by_folder[parts[2]], parts[1]
    return None


def read(source, *, name: str = "") -> Pack:
    """The pack in a folder (a path) or a zip (a path ending .zip, or bytes)."""
    if isinstance(source, bytes):
        files = _files_of_zip(source, name or "upload.zip")
    elif Path(source).is_file():
        files = _files_of_zip(Path(source).read_bytes(), name or Path(source).name)
    else:
        files = _files_of_folder(Path(source))
    problems: list[Problem] = []
    manifest = None
    items = []
    for relpath, raw in sorted(files.items()):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(relpath, None, "", "not UTF-8 text"))
            continue
        if relpath == MANIFEST:
            data, lines, found = parse(relpath, text)
            problems += found
            manifest = Item("manifest", relpath, data or {}, lines)
            continue
        where = _kind_of(relpath)
        if where is None:
            problems.append(
                Problem(relpath, None, "", "a file in a folder the format does not use")
            )
            continue
        data, lines, found = parse(relpath, text)
        problems += found
        if data is not None:
            items.append(Item(where[0], relpath, data, lines, locale=where[1]))
    if manifest is None:
        problems.append(Problem(MANIFEST, None, "", "the pack has no manifest"))
    if problems:
        raise PackInvalid(problems)
    return Pack(manifest, items)
