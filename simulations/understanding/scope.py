"""Clause scope: where a phrase's clause starts and ends, and whether it is negated there."""

from __future__ import annotations

from .tables import Table


def clause(norm: str, t: Table, start: int, end: int) -> tuple[int, int]:
    """The clause around norm[start:end]: from the last break before it to the next after."""
    sentence_start = max(norm.rfind(c, 0, start) for c in ".!?\n。") + 1
    breaks = list(t.clause_break.finditer(norm, sentence_start, start))
    left = sentence_start
    # A comma a few words before the phrase joins a list of modifiers ("the free, 1-month
    # pause"), not two clauses: the clause goes on back to the break before it.
    skipped = False
    while breaks:
        last = breaks.pop()
        if t.joiners is not None and t.joiners.match(norm, last.end()):
            continue
        between = norm[last.end() : start].split()
        if not skipped and last.group(0) == "," and len(between) == 1 and _modifier(between[0]):
            skipped = True
            continue
        left = last.end()
        break
    right = len(norm)
    for stop in ".!?\n。":
        at = norm.find(stop, end)
        if at != -1:
            right = min(right, at)
    m = t.clause_break.search(norm, end, right)
    if m:
        right = m.start()
    return left, right


def negated(norm: str, t: Table, start: int, end: int) -> bool:
    left, right = clause(norm, t, start, end)
    before = norm[max(left, start - 48) : start]
    if t.new_subject is not None:
        # "if it isn't found I'll send a replacement": a new subject starts a new clause.
        subjects = list(t.new_subject.finditer(before))
        if subjects and subjects[-1].start() > 0:
            before = before[subjects[-1].start() :]
    if t.negation_before.search(before):
        return True
    return bool(t.negation_after.search(norm[end:right]))


def _modifier(word: str) -> bool:
    """A word that can sit in a list of modifiers ("1-month", "free", "full")."""
    return (any(c.isdigit() for c in word) or "-" in word) and word.isascii()
