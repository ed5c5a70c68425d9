"""Quiz attempts: start (or resume), save answers, submit once, close at the deadline.

The server keeps time: an attempt past its deadline (plus a short grace for the
network) accepts no more answers and is graded with what was saved before the deadline.
A second submit of the same attempt changes nothing. The quiz of a locked course (its
prerequisites are not done) can be neither started, nor resumed, saved or submitted.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from lms import hooks as lms_hooks

from ..models import Quiz, QuizAnswer, QuizAttempt
from ..quiz_logic import answer_score, layout_draw, quiz_score
from ..selectors import attempt_questions, attempt_quiz, quiz_status_for
from ..selectors.quizzes import quiz_lock_for
from .skills import skill_evidence_for_attempt

# Answers arriving this long after the deadline still count (the browser submits at zero).
GRACE = timedelta(seconds=30)


class QuizError(Exception):
    """The learner cannot do that now; ``code`` says why, the message says what to do.

    ``lock`` is the course's progress when the code is "locked" (what to finish first).
    """

    def __init__(self, message: str, *, code: str, lock=None):
        super().__init__(message)
        self.code = code
        self.lock = lock


def _locked_error(lock) -> QuizError:
    return QuizError(lock.locked_reason, code="locked", lock=lock)


def _check_unlocked(user, quiz: Quiz) -> None:
    lock = quiz_lock_for(user, quiz)
    if lock is not None:
        raise _locked_error(lock)


@dataclass(frozen=True)
class SubmitResult:
    attempt: QuizAttempt
    status: str  # "submitted", "late" (closed at the deadline), "already_submitted"


def quiz_attempt_start(*, user, quiz: Quiz, now=None) -> QuizAttempt:
    """A new attempt, or the learner's open one; QuizError when attempts or the wait say no."""
    now = now or timezone.now()
    if not quiz.live:
        raise QuizError(_("This quiz is not published."), code="not_live")
    quiz_attempts_close_expired(user=user, quiz=quiz, now=now)
    status = quiz_status_for(user, quiz, now=now)
    if status.lock is not None:
        raise _locked_error(status.lock)
    if status.open_attempt is not None:
        return status.open_attempt
    if status.reason == "exhausted":
        raise QuizError(
            _("You have used all %(n)s attempts at this quiz.") % {"n": quiz.attempts_allowed},
            code="exhausted",
        )
    if status.reason == "wait":
        minutes = max(1, round(status.wait_remaining.total_seconds() / 60))
        raise QuizError(
            _("You can try again in %(m)s minute(s), at %(t)s.")
            % {"m": minutes, "t": timezone.localtime(status.wait_until).strftime("%H:%M")},
            code="wait",
        )
    revision = quiz.live_revision or quiz.save_revision()
    content = revision.as_object()
    seed = secrets.randbelow(2**31)
    layout = layout_draw(
        content.questions_data(), draw=quiz.draw, shuffle=quiz.shuffle_choices, seed=seed
    )
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                user=user,
                quiz=quiz,
                quiz_revision=revision,
                number=status.attempts_used + 1,
                layout=layout,
                seed=seed,
                started_at=now,
                deadline=deadline,
            )
    except IntegrityError:  # a double click started it already
        return QuizAttempt.objects.get(user=user, quiz=quiz, number=status.attempts_used + 1)


def _accepting(attempt: QuizAttempt, now) -> bool:
    return attempt.deadline is None or now <= attempt.deadline + GRACE


def quiz_answers_save(*, attempt: QuizAttempt, responses: dict, now=None) -> bool:
    """Save answers in progress; False (nothing saved) once submitted or out of time.

    QuizError while the quiz's course is locked for the learner.
    """
    if attempt.submitted_at is None:
        _check_unlocked(attempt.user, attempt.quiz)
    return _answers_save(attempt, responses, now or timezone.now())


def _answers_save(attempt: QuizAttempt, responses: dict, now) -> bool:
    if attempt.submitted_at is not None or not _accepting(attempt, now):
        return False
    positions = {entry["id"]: i for i, entry in enumerate(attempt.layout)}
    for question_id, response in responses.items():
        if question_id not in positions:
            continue
        QuizAnswer.objects.update_or_create(
            attempt=attempt,
            question_id=question_id,
            defaults={"response": response, "position": positions[question_id], "saved_at": now},
        )
    return True


def quiz_attempt_submit(*, attempt: QuizAttempt, responses: dict, now=None) -> SubmitResult:
    """Grade and close the attempt once. Late answers are ignored: saved ones are graded.

    QuizError while the quiz's course is locked for the learner (an attempt submitted
    already gives its "already_submitted" result, as it always has).
    """
    if attempt.submitted_at is None:
        _check_unlocked(attempt.user, attempt.quiz)
    return _attempt_submit(attempt, responses, now or timezone.now())


def _attempt_submit(attempt: QuizAttempt, responses: dict, now) -> SubmitResult:
    late = not _accepting(attempt, now)
    if not late:
        _answers_save(attempt, responses, now)
    submitted_at = min(now, attempt.deadline) if late and attempt.deadline else now
    claimed = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        submitted_at=submitted_at, late=late
    )
    if not claimed:
        attempt.refresh_from_db()
        return SubmitResult(attempt, "already_submitted")
    attempt.refresh_from_db()
    _attempt_grade(attempt)
    for fn in hooks.get_hooks(lms_hooks.AFTER_QUIZ_ATTEMPT_SUBMITTED):
        fn(attempt)
    return SubmitResult(attempt, "late" if late else "submitted")


def _attempt_grade(attempt: QuizAttempt) -> None:
    answers = {a.question_id: a for a in attempt.answers.all()}
    results = []
    scored = []
    with transaction.atomic():
        for position, (question, _entry) in enumerate(attempt_questions(attempt)):
            answer = answers.get(question.id) or QuizAnswer(
                attempt=attempt, question_id=question.id, position=position, response=None
            )
            result = answer_score(question, answer.response)
            answer.score = result.score
            answer.correct = result.correct
            answer.feedback = list(result.feedback)
            answer.expected = result.expected
            answer.given = result.given
            answer.position = position
            answer.save()
            results.append(result)
            scored.append((question, result.score))
        attempt.score = quiz_score(results, len(attempt.layout))
        attempt.passed = attempt.score >= attempt_quiz(attempt).pass_mark
        attempt.save(update_fields=["score", "passed"])
        skill_evidence_for_attempt(attempt=attempt, questions=scored)


def quiz_attempts_close_expired(*, user, quiz: Quiz, now=None) -> int:
    """Submit (with the answers saved in time) attempts whose deadline has passed.

    Bookkeeping the server does at the deadline, so a lock on the course does not stop it.
    """
    now = now or timezone.now()
    expired = QuizAttempt.objects.filter(
        user=user, quiz=quiz, submitted_at__isnull=True, deadline__lt=now - GRACE
    )
    count = 0
    for attempt in expired:
        if _attempt_submit(attempt, {}, now).status != "already_submitted":
            count += 1
    return count
