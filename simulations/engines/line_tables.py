"""The offline customer's line tables, one YAML file per language in ``lines/``.

``line_tables("fr")`` reads ``lines/fr.yaml`` once: the lines by temperament, intent and
mood band, the leads and tails around an earned fact, what the customer says while a need
is unmet, how they name their issue and the option they pick. The files' lists come back
as tuples, so a language's tables are read once and shared by every call. Add a language
by adding ``lines/<code>.yaml`` with the same keys as ``en.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

LINES_DIR = Path(__file__).resolve().parent / "lines"

Lines = tuple[str, ...]


@dataclass(frozen=True)
class LineTables:
    language: str
    FACT_LEADS: dict[str, dict[str, Lines]]  # temperament -> mood band -> leads
    FACT_TAILS: dict[str, dict[str, Lines]]
    LINES: dict[str, dict[str, dict[str, Lines]]]  # temperament -> table key -> band -> lines
    UNMET_LINES: dict[str, Lines]  # unmet need -> lines
    ISSUE_NOUNS: tuple[tuple[str, str], ...]  # (word in the scenario, how the customer says it)
    ISSUE_DEFAULT: str
    CHOICE_WORDS: dict[str, str]  # resolution family -> how the customer names it
    ORDINALS: Lines
    EMAIL_FRAME: dict[str, Lines]  # "greeting" and "signoff" of the customer's emails


@functools.cache
def languages() -> frozenset[str]:
    return frozenset(path.stem for path in LINES_DIR.glob("*.yaml"))


@functools.cache
def line_tables(language: str) -> LineTables:
    if language not in languages():
        known = ", ".join(sorted(languages()))
        raise LookupError(f"No offline customer lines for {language!r} (there are: {known}).")
    path = LINES_DIR / f"{language}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return LineTables(language=language, **{name: _tuples(value) for name, value in data.items()})


def _tuples(value):
    """The YAML value with every list, at every level, as a tuple."""
    if isinstance(value, dict):
        return {key: _tuples(item) for key, item in value.items()}
    if isinstance(value, list):
        return tuple(_tuples(item) for item in value)
    return value
