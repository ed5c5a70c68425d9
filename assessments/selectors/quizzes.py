"""Quizzes, a learner's status on one, and an attempt's questions as pages show them.

A quiz that belongs to a course is locked while that course is (its prerequisites in the
learning path are not done: courses.selectors.course_progress_for): it cannot be started,
resumed or submitted, and its page says what to finish first, as the course page does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Prefetch
from django.utils import timezone

from courses.selectors import CourseProgress, course_progress_for

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
    reason: str  # why not: "locked", "exhausted", "wait", "" when can_start
    passed: bool
    submitted: list = field(default_factory=list)
    lock: CourseProgress | None = None  # the course's progress while it is locked

    @property
    def locked(self) -> bool:
        return self.lock is not None

    @property
    def exhausted(self) -> bool:
        """Every attempt used (whether or not the course is locked now)."""
        return self.attempts_left == 0 and self.open_attempt is None

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
    return quiz_rows_for(
        user, quiz_list_for(user).filter(course__translation_key=course.translation_key)
    )


def quiz_rows_for(user, quizzes) -> list[tuple[Quiz, QuizStatus]]:
    """[(quiz, the user's status)] for quizzes from quiz_list_for, locks read once for all."""
    quizzes = list(quizzes)
    locks = quiz_locks_for(user, quizzes)
    return [
        (q, quiz_status_for(user, q, attempts=q.my_attempts, lock=locks.get(q.pk))) for q in quizzes
    ]


def quiz_locks_for(user, quizzes) -> dict[int, CourseProgress]:
    """{quiz pk: its course's progress} for the quizzes whose course is locked for the user."""
    with_course = [q for q in quizzes if q.course_id is not None]
    if not with_course:
        return {}
    progress = course_progress_for(
        user, list({q.course_id: q.course for q in with_course}.values())
    )
    return {q.pk: progress[q.course_id] for q in with_course if progress[q.course_id].locked}


def quiz_lock_for(user, quiz: Quiz) -> CourseProgress | None:
    """The progress of the quiz's course while it is locked for the user (None: open)."""
    return quiz_locks_for(user, [quiz]).get(quiz.pk)


_UNREAD = object()


def quiz_status_for(user, quiz: Quiz, *, now=None, attempts=None, lock=_UNREAD) -> QuizStatus:
    """The user's attempts at the quiz and whether they may start one now.

    ``lock`` is quiz_lock_for's answer when the caller read it already (None: not locked).
    """
    now = now or timezone.now()
    if attempts is None:
        attempts = list(QuizAttempt.objects.filter(user=user, quiz=quiz).order_by("-started_at"))
    if lock is _UNREAD:
        lock = quiz_lock_for(user, quiz)
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
    if lock is not None:
        reason = "locked"  # even an attempt opened before the lock waits for the course
    elif open_attempt is None:
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
        lock=lock,
    )


def answers_revealed(attempt: QuizAttempt, status: QuizStatus, *, viewer) -> bool:
    """Whether the result page shows the right answers and the explanations.

    Once they can no longer help a retake: the learner passed or has no attempts left.
    Trainers and managers looking at someone else's attempt always see them.
    """
    return status.passed or status.exhausted or attempt.user_id != viewer.pk


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
    revealed: bool = False  # answers_revealed: right answers and explanations may be shown

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
    def explanation_shown(self) -> str:
        """The explanation, where it gives nothing away: once answers are revealed, or on a
        question the learner answered right ("" otherwise)."""
        if self.revealed or self.outcome == "right":
            return self.question.explanation
        return ""

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


def attempt_question_views(attempt: QuizAttempt, *, revealed: bool = False) -> list[QuestionView]:
    """The attempt's questions as pages show them; ``revealed``: answers_revealed's verdict."""
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
                revealed=revealed,
            )
        )
    return views
