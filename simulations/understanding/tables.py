"""The phrase tables, one TOML file per language in ``tables/``, compiled once.

A language's table is read over the English one: a kind or section it does not define
falls back to English. A cue kind it defines is its own; in the other sections (acts,
questions, policy...) its entries are tried before English's, since agents use English
words in every language ("ok", "refund ID"). Add a language by adding
``tables/<code>.toml`` (see README "Understanding: adding a language").
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .kinds import CueKind

TABLES_DIR = Path(__file__).resolve().parent / "tables"
# The line is folded to lower case before matching, so patterns are lower case and
# case-sensitive matching (much faster on Cyrillic and Han text) finds them.
FLAGS = re.M


def languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in TABLES_DIR.glob("*.toml")))


def _compile(value) -> re.Pattern | None:
    if not value:
        return None
    if isinstance(value, list):
        value = "|".join(f"(?:{v})" for v in value)
    return re.compile(value, FLAGS)


def _one(values) -> tuple[re.Pattern, ...]:
    """A list of alternatives as one pattern (one scan instead of one per entry)."""
    pattern = _compile(values)
    return (pattern,) if pattern is not None else ()


def _patterns(values) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(v, FLAGS) for v in values or ())


@dataclass(frozen=True)
class Table:
    language: str
    cues: dict[CueKind, tuple[re.Pattern, ...]]
    negation_before: re.Pattern
    negation_after: re.Pattern
    hedges: re.Pattern
    clause_break: re.Pattern
    joiners: re.Pattern | None
    new_subject: re.Pattern | None
    question: tuple[re.Pattern, ...]
    instruction: tuple[re.Pattern, ...]
    information: re.Pattern | None
    polite_instruction: re.Pattern | None
    names_before: re.Pattern | None
    names_never: re.Pattern | None
    not_clarifying: tuple[re.Pattern, ...]
    identity: re.Pattern
    not_identity: re.Pattern | None
    policy: tuple[re.Pattern, ...]
    off_topic: re.Pattern
    on_topic: re.Pattern
    grader: re.Pattern
    offer_context: re.Pattern
    offer_families: dict[str, re.Pattern]
    fact_families: dict[str, re.Pattern]
    promise_clause: re.Pattern
    commitments: dict[str, re.Pattern]
    disclosures: dict[str, re.Pattern]


def _read(language: str) -> dict:
    path = TABLES_DIR / f"{language}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _merged(own: dict, base: dict, section: str, *, extend: bool = True) -> dict:
    """A section of the language's table over English's. ``extend``: a list entry both
    define is the language's alternatives then English's; otherwise the language's only."""
    merged = dict(base.get(section, {}))
    for key, value in own.get(section, {}).items():
        if (
            extend
            and isinstance(value, list)
            and isinstance(merged.get(key), list)
            and own is not base
        ):
            merged[key] = [*value, *merged[key]]
        elif isinstance(value, dict):
            merged[key] = {**merged.get(key, {}), **value}
        else:
            merged[key] = value
    return merged


def _joined(own: dict, base: dict, section: str, key: str) -> re.Pattern | None:
    """Own and English patterns of one entry, either matching."""
    parts = [d.get(section, {}).get(key) for d in ((own, base) if own is not base else (base,))]
    parts = [p for p in parts if p]
    return _compile([p if isinstance(p, str) else "|".join(p) for p in parts])


@functools.cache
def own_pattern(language: str, section: str, key: str) -> re.Pattern | None:
    """One entry of a language's own table, without English's (for a caller that runs
    every language's, such as the graders looking for text addressed to them)."""
    return _joined(_read(language), {}, section, key)


@functools.cache
def table(language: str) -> Table:
    base = _read("en")
    own = _read(language) if language != "en" else base
    # A kind the language's table defines is its own (English phrases for it would only cost
    # time: a line in English is read with the English table); a kind it leaves out falls
    # back to English.
    cues = _merged(own, base, "cues", extend=False)
    acts = _merged(own, base, "acts")
    offers = _merged(own, base, "offers")
    facts = _merged(own, base, "facts")
    commitments = _merged(own, base, "commitments")
    disclosures = _merged(own, base, "disclosures")
    return Table(
        language=language,
        # One alternation per kind: a single scan of the line finds every phrase of it.
        cues={CueKind(k): (_compile(v),) for k, v in cues.items() if v},
        negation_before=_joined(own, base, "negation", "before"),
        negation_after=_joined(own, base, "negation", "after"),
        hedges=_joined(own, base, "negation", "hedges"),
        clause_break=_joined(own, base, "negation", "clause_break"),
        joiners=_joined(own, base, "negation", "joiners"),
        new_subject=_joined(own, base, "negation", "new_subject"),
        question=_one(acts.get("question")),
        instruction=_one(acts.get("instruction")),
        information=_joined(own, base, "acts", "information"),
        polite_instruction=_joined(own, base, "acts", "polite_instruction"),
        names_before=_joined(own, base, "names", "before"),
        names_never=_joined(own, base, "names", "never"),
        not_clarifying=_one(_merged(own, base, "questions").get("not_clarifying")),
        identity=_joined(own, base, "identity", "asks_for"),
        not_identity=_joined(own, base, "identity", "not_identity"),
        policy=_one(_merged(own, base, "policy").get("wall")),
        off_topic=_joined(own, base, "off_topic", "subjects"),
        on_topic=_joined(own, base, "off_topic", "on_topic"),
        grader=_joined(own, base, "grader", "addressed"),
        offer_context=_joined(own, base, "offers", "context"),
        offer_families={
            k: re.compile("|".join(f"(?:{p})" for p in _family(own, base, "offers", k)), FLAGS)
            for k in offers.get("families", {})
        },
        fact_families={
            k: re.compile("|".join(f"(?:{p})" for p in _family(own, base, "facts", k)), FLAGS)
            for k in facts.get("families", {})
        },
        promise_clause=_joined(own, base, "commitments", "promise_clause"),
        commitments={
            k: re.compile(v, FLAGS) for k, v in commitments.items() if k != "promise_clause"
        },
        disclosures={k: re.compile(v, FLAGS) for k, v in disclosures.items()},
    )


def _family(own: dict, base: dict, section: str, key: str) -> list[str]:
    found = []
    for source in (own, base) if own is not base else (base,):
        value = source.get(section, {}).get("families", {}).get(key)
        if value:
            found.append(value)
    return found
