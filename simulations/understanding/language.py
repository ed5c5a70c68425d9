"""Which language a line is written in, offline (lingua-language-detector).

Han characters mean Chinese and Cyrillic letters Bulgarian without asking a model; Latin
lines are told apart (English, French, Indonesian) by lingua in its low-accuracy mode,
which loads small models lazily, checked against each language's function words
(``languages.toml``). Short or unsure lines are taken to be in the call's language: "ok",
"np!" and "merci" are not reasons to think the agent switched.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN_WORD = re.compile(r"[a-zà-ÿ]+(?:'[a-zà-ÿ]+)?")
MIN_WORDS = 4  # fewer Latin words than this: trust the call's language
MIN_CONFIDENCE = 0.80
LATIN_CALLS = frozenset({"en", "fr", "id"})  # the languages lingua tells apart


@functools.cache
def _function_words() -> dict[str, frozenset[str]]:
    path = Path(__file__).resolve().parent / "languages.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))["function_words"]
    return {code: frozenset(words) for code, words in data.items()}


def _more_like(words: list[str], other: str, call: str) -> bool:
    """More of the line's words are function words of ``other`` than of ``call``."""
    table = _function_words()
    if other not in table or call not in table:
        return True
    return sum(w in table[other] for w in words) > sum(w in table[call] for w in words)


@functools.cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = {"en": Language.ENGLISH, "fr": Language.FRENCH, "id": Language.INDONESIAN}
    detector = LanguageDetectorBuilder.from_languages(*languages.values())
    return detector.with_low_accuracy_mode().build(), {v: k for k, v in languages.items()}


def line_language(norm: str, call_language: str) -> str:
    """The language code of a folded line: the call's unless the line clearly is another."""
    call = call_language or "en"
    han = len(HAN.findall(norm))
    cyrillic = len(CYRILLIC.findall(norm))
    words = LATIN_WORD.findall(norm)
    if han and han * 2 >= len(words):
        return "zh-hans"
    if cyrillic > 3 and cyrillic >= sum(len(w) for w in words):
        return "bg"
    if len(words) < MIN_WORDS:
        return call
    base = call.split("-")[0]
    if base in LATIN_CALLS and not any(_more_like(words, o, base) for o in LATIN_CALLS - {base}):
        return call  # what lingua says could not change it (see the last test below)
    detector, codes = _detector()
    values = detector.compute_language_confidence_values(" ".join(words))
    best = values[0] if values else None
    if best is None:
        return call
    code = codes[best.language]
    if code == call.split("-")[0]:
        return call
    if call.startswith("zh") or call == "bg":
        # A Latin-script line in a Chinese or Bulgarian call: the agent switched, unless it
        # is the call's language transliterated ("zdraveite, izvinyavam se").
        hits = sum(w in _function_words().get(code, ()) for w in words)
        return code if best.value >= 0.6 and hits >= 2 else call
    if best.value >= MIN_CONFIDENCE and _more_like(words, code, call.split("-")[0]):
        return code
    return call
