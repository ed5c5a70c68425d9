"""The lesson page: its body, the learner's knowledge-check states, and what surrounds it.

The body is the same for every learner except its knowledge checks (each shows the
learner's own answer): the other blocks are rendered once per lesson and language and
cached (courses.content_cache), with each check's question and choices beside them; the
page renders only the checks for each learner. Previews render everything afresh.

Each learner sees a check's choices in an order of their own (``choice_order``): stable
for them, different between learners. The order is only how the choices are shown: a
choice keeps its authored index in the form, the API and the stored answer.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import content_cache
from .localization import canonical, locales
from .models import KnowledgeCheckAnswer, LessonPage
from .selectors import LearnerState, _lesson_rows, _mean, lessons_of


@dataclass(frozen=True)
class Check:
    """A knowledge check as the page needs it: its block id, question and choices."""

    id: str
    value: dict
    block_type: str = "knowledge_check"


@dataclass(frozen=True)
class BodyPart:
    """A block rendered for everyone (``html``), or a knowledge check to render per learner."""

    html: str = ""
    check: Check | None = None

    @property
    def safe_html(self) -> str:
        return mark_safe(self.html)  # noqa: S308 - the block's own template rendered it


@dataclass(frozen=True)
class LessonBody:
    parts: tuple[BodyPart, ...]
    checks: tuple[Check, ...]


def _check_of(block) -> Check:
    value = block.value
    choices = [
        {"text": c["text"], "correct": bool(c["correct"]), "feedback": c["feedback"] or ""}
        for c in value["choices"]
    ]
    return Check(block.id, {"question": value["question"], "choices": choices})


def _body_of(lesson: LessonPage) -> LessonBody:
    parts, checks = [], []
    for block in lesson.body:
        if block.block_type == "knowledge_check":
            check = _check_of(block)
            checks.append(check)
            parts.append(BodyPart(check=check))
        else:
            parts.append(BodyPart(html=str(block.render(context={}))))
    return LessonBody(tuple(parts), tuple(checks))


def lesson_body(lesson: LessonPage, *, cached: bool = True) -> LessonBody:
    """The lesson's body in parts; cached for a saved page unless ``cached`` is False."""
    if not cached or lesson.pk is None:
        return _body_of(lesson)
    parts = (lesson.pk, lesson.live_revision_id, get_language())
    return content_cache.cached("lesson-body", parts, lambda: _body_of(lesson), shared=True)


@dataclass(frozen=True)
class CheckState:
    """What a learner sees of one knowledge check: their latest answer and its feedback."""

    choice: int | None = None
    correct: bool = False
    feedback: str = ""
    attempts: int = 0


def knowledge_check_states(
    user, *, lesson: LessonPage, original: LessonPage, cached: bool = True
) -> dict:
    """{block id on the shown page: CheckState}; answers are stored against the original."""
    if not user.is_authenticated or original.pk is None:
        return {}
    checks = lesson_body(lesson, cached=cached).checks
    id_map = block_id_map(lesson, original, cached=cached)
    answers = KnowledgeCheckAnswer.objects.filter(user=user, lesson=original).order_by(
        "answered_at", "pk"
    )
    latest: dict[str, KnowledgeCheckAnswer] = {}
    attempts: dict[str, int] = {}
    for answer in answers:
        latest[answer.block_id] = answer
        attempts[answer.block_id] = attempts.get(answer.block_id, 0) + 1
    states = {}
    for block in checks:
        answer = latest.get(id_map.get(block.id, block.id))
        if answer is None:
            continue
        choices = block.value["choices"]
        feedback = choices[answer.choice]["feedback"] if answer.choice < len(choices) else ""
        states[block.id] = CheckState(
            choice=answer.choice,
            correct=answer.correct,
            feedback=feedback,
            attempts=attempts[answer.block_id],
        )
    return states


def choice_order(user_id, block_id: str, count: int) -> list[int]:
    """The authored indexes of a check's ``count`` choices, in the order this learner sees them.

    A shuffle seeded by the learner and the check: the same on every visit (and in every
    language, given the original lesson's block id), different from one learner to the next.
    """
    digest = hashlib.sha256(f"knowledge-check:{user_id}:{block_id}".encode()).digest()
    order = list(range(count))
    random.Random(int.from_bytes(digest[:8], "big")).shuffle(order)  # noqa: S311 - not a secret
    return order


def check_orders(user, *, lesson: LessonPage, original: LessonPage, cached: bool = True) -> dict:
    """{block id on the shown page: its choices' indexes in this learner's order}."""
    if not user.is_authenticated:
        return {}
    checks = lesson_body(lesson, cached=cached).checks
    id_map = block_id_map(lesson, original, cached=cached)
    return {
        c.id: choice_order(user.pk, id_map.get(c.id, c.id), len(c.value["choices"])) for c in checks
    }


def block_id_map(shown: LessonPage, original: LessonPage, *, cached: bool = True) -> dict:
    """{knowledge-check id on the shown page: the id on the original}, matched by position."""
    mine = lesson_body(shown, cached=cached).checks
    if shown.pk == original.pk:
        return {b.id: b.id for b in mine}
    theirs = lesson_body(original).checks
    return {a.id: b.id for a, b in zip(mine, theirs, strict=False)}


def lesson_page_context(
    user, *, lesson: LessonPage, state: LearnerState | None = None, cached: bool = True
) -> dict:
    """Everything the lesson page shows besides the body: course, progress, neighbours.

    ``state`` is the learner's rows the page already read (LessonPage.serve); ``cached``
    is False for a preview, whose body may differ from the saved one.
    """
    if lesson.pk is None or not lesson.path:
        return {"course": None, "lesson_rows": [], "knowledge_checks": {}}
    locs = locales()
    original = canonical(lesson, locs)
    course_shown = lesson.get_parent().specific
    course = canonical(course_shown, locs)
    lessons = lessons_of([course])[course.pk]
    rows = _lesson_rows(user, lessons, locs, current=original, state=state)
    index = next((i for i, r in enumerate(rows) if r.current), None)
    previous = rows[index - 1].lesson if index else None
    following = rows[index + 1].lesson if index is not None and index + 1 < len(rows) else None
    states = knowledge_check_states(user, lesson=lesson, original=original, cached=cached)
    checks = lesson_body(lesson, cached=cached).checks
    this_row = rows[index] if index is not None else None
    completed = bool(this_row and this_row.completed)
    return {
        "course": course_shown,
        "lesson_rows": rows,
        "lesson_number": index + 1 if index is not None else None,
        "previous_lesson": previous,
        "next_lesson": following,
        "knowledge_checks": states,
        "check_orders": check_orders(user, lesson=lesson, original=original, cached=cached),
        "checks_total": len(checks),
        "checks_correct": sum(1 for b in checks if states.get(b.id) and states[b.id].correct),
        # The checks still to answer correctly: "Complete" lists them beside the button.
        "unanswered_checks": []
        if completed
        else [b for b in checks if not (states.get(b.id) and states[b.id].correct)],
        "lesson_completed": completed,
        "course_percent": _mean([100 if r.completed else 0 for r in rows]),
    }
