"""Quizzes, a learner's status on one, and an attempt's questions as pages show them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Prefetch
from django.utils import timezone

from ..models import CountingPolicy, Quiz, QuizAttempt
from ..quiz_logic import QuestionData


@dataclass(frozen=True)
class QuizStatus:
    quiz: Quiz
    attempts_used: int
    attempts_left: int | None  # None: unlimited
    open_attempt: QuizAttempt | None
    counted: QuizAttempt | None  # the attempt that counts (highest or latest)
    last: QuizAttempt | None
    wait_until: datetime | None
    can_start: bool
    reason: str  # why not: "exhausted", "wait", "" when can_start
    passed: bool
    submitted: list = field(default_factory=list)

    @property
    def wait_remaining(self) -> timedelta | None:
        if self.wait_until is None:
            return None
        return max(self.wait_until - timezone.now(), timedelta(0))


def quiz_list_for(user):
    """Published quizzes, with the user's attempts prefetched."""
    return (
        Quiz.objects.filter(live=True)
        .select_related("course")
        .prefetch_related(
            Prefetch(
                "attempts",
                queryset=QuizAttempt.objects.filter(user=user).order_by("-started_at"),
                to_attr="my_attempts",
            )
        )
        .order_by("course__title", "title")
    )


def quiz_list_for_course(user, course) -> list[tuple[Quiz, QuizStatus]]:
    """Published quizzes of a course (in any of its translations), with the user's status."""
    quizzes = quiz_list_for(user).filter(course__translation_key=course.translation_key)
    return [(q, quiz_status_for(user, q, attempts=q.my_attempts)) for q in quizzes]


def quiz_status_for(user, quiz: Quiz, *, now=None, attempts=None) -> QuizStatus:
    now = now or timezone.now()
    if attempts is None:
        attempts = list(QuizAttempt.objects.filter(user=user, quiz=quiz).order_by("-started_at"))
    submitted = [a for a in attempts if a.submitted_at is not None]
    open_attempt = next((a for a in attempts if a.submitted_at is None), None)
    last = submitted[0] if submitted else None
    if quiz.counting == CountingPolicy.LATEST:
        counted = last
    else:
        counted = max(submitted, key=lambda a: (a.score or 0, a.submitted_at), default=None)
    used = len(attempts)
    left = None if quiz.attempts_allowed == 0 else max(0, quiz.attempts_allowed - used)
    wait_until = None
    if last is not None and quiz.wait_minutes and open_attempt is None:
        until = last.submitted_at + timedelta(minutes=quiz.wait_minutes)
        wait_until = until if until > now else None
    reason = ""
    if open_attempt is None:
        if left == 0:
            reason = "exhausted"
        elif wait_until is not None:
            reason = "wait"
    return QuizStatus(
        quiz=quiz,
        attempts_used=used,
        attempts_left=left,
        open_attempt=open_attempt,
        counted=counted,
        last=last,
        wait_until=wait_until,
        can_start=not reason,
        reason=reason,
        passed=any(a.passed for a in submitted),
        submitted=submitted,
    )


def attempt_quiz(attempt: QuizAttempt) -> Quiz:
    """The quiz as it was when the attempt started (its pinned revision)."""
    cached = getattr(attempt, "_quiz_content", None)
    if cached is None:
        if attempt.quiz_revision_id:
            cached = attempt.quiz_revision.as_object()
        else:
            cached = attempt.quiz
        attempt._quiz_content = cached
    return cached


def attempt_questions(attempt: QuizAttempt) -> list[tuple[QuestionData, dict]]:
    """The drawn questions in the attempt's order, each with its pinned layout entry."""
    by_id = {q.id: q for q in attempt_quiz(attempt).questions_data()}
    return [(by_id[entry["id"]], entry) for entry in attempt.layout if entry["id"] in by_id]


@dataclass(frozen=True)
class QuestionView:
    number: int
    question: QuestionData
    choices: list  # OptionData in the attempt's order
    items: list  # ordering items in the attempt's (shuffled) order
    rights: list  # matching answers (PairData) in the attempt's order
    response: object = None
    answer: object = None  # QuizAnswer once submitted

    @property
    def field(self) -> str:
        return f"q{self.question.id}"

    @property
    def kind_label(self) -> str:
        from ..quiz_logic import QuestionKind

        return str(QuestionKind(self.question.kind).label)

    @property
    def outcome(self) -> str:
        """ "right", "part" or "wrong" once submitted (for the result page)."""
        if self.answer is None or self.answer.score is None:
            return "wrong"
        if self.answer.correct:
            return "right"
        return "part" if self.answer.score > 0 else "wrong"

    @property
    def selected(self) -> set:
        r = self.response
        if isinstance(r, list):
            return set(r)
        return {r} if r not in (None, "") else set()

    @property
    def positions(self) -> dict:
        """Ordering: item id -> the position the learner gave it (1-based)."""
        if isinstance(self.response, list):
            return {item_id: i for i, item_id in enumerate(self.response, 1)}
        return {}

    @property
    def matches(self) -> dict:
        return self.response if isinstance(self.response, dict) else {}


def attempt_question_views(attempt: QuizAttempt) -> list[QuestionView]:
    answers = {a.question_id: a for a in attempt.answers.all()}
    views = []
    for number, (q, entry) in enumerate(attempt_questions(attempt), 1):
        choices = {c.id: c for c in q.choices}
        items = {i.id: i for i in q.items}
        pairs = {p.id: p for p in q.pairs}
        answer = answers.get(q.id)
        views.append(
            QuestionView(
                number=number,
                question=q,
                choices=[choices[i] for i in entry.get("choices", []) if i in choices],
                items=[items[i] for i in entry.get("items", []) if i in items],
                rights=[pairs[i] for i in entry.get("rights", []) if i in pairs],
                response=answer.response if answer else None,
                answer=answer,
            )
        )
    return views
