"""Commitments with a value, and personal or payment data read out.

A commitment is an unconditional promise: a value ("$50 credit", "25% off", "tomorrow",
"within the hour", "guaranteed") inside a promising clause ("I'll", "you'll get", "I
promise") that no hedge ("should", "usually", "can't guarantee") or negation weakens.
A disclosure is data itself in the line (a card ending, an address, an email...), not a
request for it.
"""

from __future__ import annotations

import re

from .result import Commitment, Disclosure
from .scope import negated
from .tables import Table
from .text import Normalised

# Where a promise's clause ends: a full stop only before a space ("Rp25.000" is a number).
STOPS = re.compile(r"[.!?](?=\s|$)|[\n;。！？]")
ZH_STOPS = re.compile(r"[.!?](?=\s|$)|[\n;。！？,，]")
# Commitment kinds that need a promising clause; "guarantee" and "promise" are their own.
NEEDS_CLAUSE = ("refund", "credit", "discount", "percentage", "date", "time")


def _clause_bounds(norm: str, start: int, end: int, stops: re.Pattern) -> tuple[int, int]:
    """The sentence (or, in Chinese, the comma clause) around norm[start:end]."""
    left = 0
    for m in stops.finditer(norm, 0, start):
        left = m.end()
    m = stops.search(norm, end)
    return left, (m.start() if m else len(norm))


def _value(kind: str, m) -> str:
    groups = {k: v for k, v in m.groupdict().items() if v}
    for key in ("amount", "amount2", "value", "free"):
        if key in groups:
            return groups[key].strip()
    if "full" in groups or "full2" in groups:
        return "full"
    return ""


def commitments(n: Normalised, t: Table) -> tuple[Commitment, ...]:
    norm = n.text
    # In Chinese a comma ends a clause ("不一定成功哦，我会…"); elsewhere it rarely does.
    stops = ZH_STOPS if t.language.startswith("zh") else STOPS
    found: list[Commitment] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in t.commitments.items():
        for m in pattern.finditer(norm):
            start, end = m.span("quote") if "quote" in pattern.groupindex else m.span()
            if start == end or any(s < end and start < e for s, e in taken if kind != "date"):
                continue
            left, right = _clause_bounds(norm, start, end, stops)
            sentence = norm[left:right]
            if kind in NEEDS_CLAUSE:
                promise = t.promise_clause.search(sentence)
                if promise is None:
                    continue
                scope = norm[min(left + promise.start(), start) : max(end, left + promise.end())]
                if t.hedges.search(scope) or t.hedges.search(norm[left : left + promise.start()]):
                    continue
            elif t.hedges.search(norm[left:start]) and not _is_own(norm[left:end]):
                continue
            if negated(norm, t, start, end):
                continue
            quote, first, last = n.quote(start, end)
            found.append(Commitment(kind, _value(kind, m), quote, first, last))
            taken.append((start, end))
    found.sort(key=lambda c: c.start)
    return tuple(found)


def _is_own(text: str) -> bool:
    return "promise" in text or "guarantee" in text


def disclosures(n: Normalised, t: Table) -> tuple[Disclosure, ...]:
    found = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in t.disclosures.items():
        for m in pattern.finditer(n.text):
            start, end = m.span("quote") if "quote" in pattern.groupindex else m.span()
            if start == end or any(s < end and start < e for s, e in taken):
                continue
            quote, first, last = n.quote(start, end)
            found.append(Disclosure(kind, quote, first, last))
            taken.append((start, end))
    found.sort(key=lambda d: d.start)
    return tuple(found)
