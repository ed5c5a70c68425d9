"""The agent's line made comparable, with a way back to the exact characters typed.

``Normalised`` folds Unicode (NFKC), drops zero-width characters, maps look-alike letters
inside mixed-script words ("cаncel" with a Cyrillic "а") to Latin, straightens quotes and
lower-cases. ``span`` maps a match in the folded text back to ``text[start:end]``, so a
quote is always what the agent really wrote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"}
QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'}
# Cyrillic and Greek letters that look Latin, used to disguise words ("cаncel").
CONFUSABLES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "к": "k", "м": "m", "т": "t", "н": "h", "в": "b",
    "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Х": "X", "І": "I", "К": "K",
    "М": "M", "Т": "T", "Н": "H", "В": "B",
    "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t",
}  # fmt: skip
_WORD = re.compile(r"\w+")
_BOUNDARY = re.compile(r"[.!?…]+(?=\s|$)|[。！？]+|[?!]+(?=[\u4e00-\u9fff])|\n")
_TITLE = re.compile(r"\b(?:mr|mrs|ms|dr|mx|st|no|e\.g|i\.e|m|mme|г-н|г-жа|бл|ул)$", re.I)


def _word_char(ch: str) -> bool:
    """A letter or digit of a script that separates words with spaces (not Han)."""
    return ch.isalnum() and not ("\u3400" <= ch <= "\u9fff")


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _mixed_script_words(text: str) -> set[int]:
    """Positions of look-alike letters inside words that also hold Latin letters."""
    positions: set[int] = set()
    for word in _WORD.finditer(text):
        chars = word.group(0)
        if any(_is_latin(c) for c in chars) and any(c in CONFUSABLES for c in chars):
            positions.update(word.start() + i for i, c in enumerate(chars) if c in CONFUSABLES)
    return positions


@dataclass(frozen=True)
class Normalised:
    original: str
    text: str  # folded, lower case
    origin: tuple[int, ...]  # for each character of ``text``, its index in ``original``

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that ``text[start:end]`` came from."""
        if not self.origin or start >= end:
            return (0, 0)
        first = self.origin[min(start, len(self.origin) - 1)]
        last = self.origin[min(end, len(self.origin)) - 1] + 1
        return first, last

    def quote(self, start: int, end: int) -> tuple[str, int, int]:
        first, last = self.span(start, end)
        # Never cut a word of the original in half, and never quote surrounding spaces.
        text = self.original
        while first > 0 and _word_char(text[first - 1]) and _word_char(text[first]):
            first -= 1
        while last < len(text) and _word_char(text[last - 1]) and _word_char(text[last]):
            last += 1
        while first < last and self.original[first].isspace():
            first += 1
        while last > first and self.original[last - 1].isspace():
            last -= 1
        return self.original[first:last], first, last


def normalise(text: str) -> Normalised:
    if text.isascii():  # the common case: nothing to fold but case and backticks
        return Normalised(text, text.replace("`", "'").lower(), tuple(range(len(text))))
    confusable_at = _mixed_script_words(text)
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in ZERO_WIDTH:
            continue
        if i in confusable_at:
            ch = CONFUSABLES[ch]
        ch = APOSTROPHES.get(ch) or QUOTES.get(ch) or ch
        folded = unicodedata.normalize("NFKC", ch)
        folded = APOSTROPHES.get(folded, folded).lower()
        for piece in folded:
            out.append(piece)
            origin.append(i)
    return Normalised(text, "".join(out), tuple(origin))


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, spaces trimmed."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0) == "." and _TITLE.search(text, 0, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed
