"""Quiz logic that needs no database: drawing and shuffling an attempt, scoring answers.

Models turn a Quiz revision into ``QuestionData``; an attempt pins the layout drawn here
(which questions, in which order, choices in which order) so a reload or a later edit of
the quiz never changes what a learner saw. Every question is worth one point; multiple
choice, ordering and matching give partial credit.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")
    ORDERING = "ordering", _("Put in order")
    MATCHING = "matching", _("Matching")
    SHORT_TEXT = "short_text", _("Short text")


@dataclass(frozen=True)
class OptionData:
    id: str
    text: str
    correct: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class PairData:
    id: str
    left: str
    right: str


@dataclass(frozen=True)
class QuestionData:
    id: int
    kind: str
    prompt: str
    explanation: str = ""
    skills: tuple[str, ...] = ()  # skill slugs
    choices: tuple[OptionData, ...] = ()  # single and multiple choice
    answer: bool | None = None  # true/false
    items: tuple[OptionData, ...] = ()  # ordering, in the right order
    pairs: tuple[PairData, ...] = ()  # matching
    accepted: tuple[str, ...] = ()  # short text: accepted answers
    patterns: tuple[str, ...] = ()  # short text: regular expressions (full match)


@dataclass(frozen=True)
class AnswerResult:
    score: float  # 0 to 1
    correct: bool
    feedback: tuple[str, ...] = ()
    expected: str = ""  # the right answer, in words
    given: str = ""  # the learner's answer, in words


def layout_draw(
    questions: Sequence[QuestionData], *, draw: int = 0, shuffle: bool = True, seed: int = 0
) -> list[dict]:
    """Which questions an attempt gets and in what order; JSON-safe, pinned on the attempt.

    ``draw`` picks that many at random (0 or more than the bank: all of them). Choices are
    shuffled when ``shuffle`` is set; ordering items and matching answers always are.
    """
    rng = random.Random(seed)  # noqa: S311 - shuffling questions, not secrets
    chosen = list(questions)
    if 0 < draw < len(chosen):
        chosen = rng.sample(chosen, draw)
        chosen.sort(key=lambda q: questions.index(q))
    if shuffle:
        rng.shuffle(chosen)
    layout = []
    for q in chosen:
        entry: dict = {"id": q.id}
        if q.choices:
            ids = [c.id for c in q.choices]
            if shuffle:
                rng.shuffle(ids)
            entry["choices"] = ids
        if q.items:
            entry["items"] = _derange([i.id for i in q.items], rng)
        if q.pairs:
            entry["rights"] = _derange([p.id for p in q.pairs], rng)
        layout.append(entry)
    return layout


def _derange(ids: list[str], rng: random.Random) -> list[str]:
    """A shuffle that differs from the original order whenever it can."""
    shuffled = ids[:]
    for _attempt in range(10):
        rng.shuffle(shuffled)
        if shuffled != ids or len(ids) < 2:
            break
    return shuffled


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" .,!?;:'\"“”‘’")


def answer_score(q: QuestionData, response) -> AnswerResult:
    """Score one response (shape by kind: see ``response_shapes``)."""
    scorer = _SCORERS[q.kind]
    return scorer(q, response)


def _single(q: QuestionData, response) -> AnswerResult:
    chosen = next((c for c in q.choices if c.id == response), None)
    right = [c for c in q.choices if c.correct]
    ok = chosen is not None and chosen.correct
    return AnswerResult(
        1.0 if ok else 0.0,
        ok,
        feedback=(chosen.feedback,) if chosen and chosen.feedback else (),
        expected=", ".join(c.text for c in right),
        given=chosen.text if chosen else "",
    )


def _multiple(q: QuestionData, response) -> AnswerResult:
    picked = set(response or ()) if not isinstance(response, str) else {response}
    right = {c.id for c in q.choices if c.correct}
    hits = len(picked & right)
    misses = len(picked - right)
    score = max(0.0, (hits - misses) / len(right)) if right else float(not picked)
    chosen = [c for c in q.choices if c.id in picked]
    return AnswerResult(
        round(score, 4),
        picked == right,
        feedback=tuple(c.feedback for c in chosen if c.feedback),
        expected=", ".join(c.text for c in q.choices if c.correct),
        given=", ".join(c.text for c in chosen),
    )


def _true_false(q: QuestionData, response) -> AnswerResult:
    value = {"true": True, "false": False}.get(str(response).lower(), response)
    ok = isinstance(value, bool) and value == q.answer
    words = {True: str(_("True")), False: str(_("False"))}
    return AnswerResult(
        1.0 if ok else 0.0,
        ok,
        expected=words.get(q.answer, ""),
        given=words.get(value, "") if isinstance(value, bool) else "",
    )


def _ordering(q: QuestionData, response) -> AnswerResult:
    order = list(response or ())
    right = [i.id for i in q.items]
    placed = sum(1 for a, b in zip(order, right, strict=False) if a == b)
    text = {i.id: i.text for i in q.items}
    return AnswerResult(
        round(placed / len(right), 4) if right else 0.0,
        order == right,
        expected=" → ".join(text[i] for i in right),
        given=" → ".join(text.get(i, "?") for i in order),
    )


def _matching(q: QuestionData, response) -> AnswerResult:
    matches: Mapping = response or {}
    right = {p.id: p.id for p in q.pairs}
    good = sum(1 for left, r in right.items() if matches.get(left) == r)
    rights = {p.id: p.right for p in q.pairs}
    return AnswerResult(
        round(good / len(right), 4) if right else 0.0,
        good == len(right),
        expected="; ".join(f"{p.left} → {p.right}" for p in q.pairs),
        given="; ".join(f"{p.left} → {rights.get(matches.get(p.id), '?')}" for p in q.pairs),
    )


def _short_text(q: QuestionData, response) -> AnswerResult:
    given = str(response or "")
    norm = normalise(given)
    ok = bool(norm) and (
        any(norm == normalise(a) for a in q.accepted)
        or any(_full_match(p, given.strip()) for p in q.patterns)
    )
    return AnswerResult(
        1.0 if ok else 0.0, ok, expected=" / ".join(q.accepted[:3]), given=given.strip()
    )


def _full_match(pattern: str, text: str) -> bool:
    try:
        return re.fullmatch(pattern, text, re.I) is not None
    except re.error:
        return False


_SCORERS = {
    QuestionKind.SINGLE: _single,
    QuestionKind.MULTIPLE: _multiple,
    QuestionKind.TRUE_FALSE: _true_false,
    QuestionKind.ORDERING: _ordering,
    QuestionKind.MATCHING: _matching,
    QuestionKind.SHORT_TEXT: _short_text,
}


def quiz_score(results: Sequence[AnswerResult], question_count: int) -> int:
    """0-100: points earned over the questions drawn (unanswered ones count as zero)."""
    if question_count <= 0:
        return 0
    return round(100 * sum(r.score for r in results) / question_count)
