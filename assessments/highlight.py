"""Split a transcript line into plain and highlighted pieces for the quoted evidence.

Pure: the grade page renders each piece, escaping it, inside ``<mark>`` when highlighted,
so no HTML is built from transcript text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False
    keys: tuple[str, ...] = ()  # criterion keys that quote this piece


def highlight_segments(text: str, quotes: Iterable[tuple[str, str]]) -> list[Segment]:
    """``quotes`` are (criterion key, quote); each exact substring found is marked."""
    spans: list[tuple[int, int, str]] = []
    for key, quote in quotes:
        if not quote:
            continue
        at = text.find(quote)
        if at >= 0:
            spans.append((at, at + len(quote), key))
    if not spans:
        return [Segment(text)] if text else []
    bounds = sorted({0, len(text), *(s for s, _e, _k in spans), *(e for _s, e, _k in spans)})
    segments: list[Segment] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start == end:
            continue
        keys = tuple(sorted({k for s, e, k in spans if s <= start and end <= e}))
        piece = Segment(text[start:end], bool(keys), keys)
        if segments and segments[-1].keys == piece.keys:
            last = segments.pop()
            piece = Segment(last.text + piece.text, piece.marked, piece.keys)
        segments.append(piece)
    return segments
