"""Writing a pack: YAML files that read well (long text as blocks) and are byte-stable."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import yaml

_BLOCK_END = re.compile(r"(</(?:p|ul|ol|li|h[1-6]|blockquote)>)(?!\n)")


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def html_lines(html: str) -> str:
    """Rich text with a line break after each block element, so a file shows paragraphs."""
    return _BLOCK_END.sub(r"\1\n", html).rstrip("\n") if html else html


def dump(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def write_folder(files: dict[str, str], root: Path) -> None:
    for relpath, text in files.items():
        target = root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def zip_bytes(files: dict[str, str], folder: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for relpath, text in sorted(files.items()):
            info = zipfile.ZipInfo(f"{folder}/{relpath}", date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return buffer.getvalue()
