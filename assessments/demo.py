"""Demo assessment activity, through the services; idempotent.

The rubrics and quizzes come from the demo content pack (``demo/``, imported by
``load_demo`` before this runs). Here: grades for the demo calls the simulations demo
played (regraded with their rubric), and passed and failed quiz attempts for the demo new
hire and agent, so profiles show data.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text)


def load(*, stdout=None) -> None:
    grades(stdout)
    attempts(stdout)


def grades(stdout=None) -> None:
    """Grade (or regrade with their rubric) finished demo calls nobody has overridden."""
    from simulations.models import SimulationSession

    from .services import session_grade

    sessions = SimulationSession.objects.graded_attempts().select_related("scenario", "user")
    for session in sessions:
        grade = getattr(session, "grade", None) if hasattr(session, "grade") else None
        if grade is not None and (grade.rubric_id or grade.overrides.exists()):
            continue
        grade = session_grade(session=session)
        if grade is not None:
            _say(stdout, f"  grade: {session.scenario.slug} {session.user} -> {grade.score}")


def _correct_response(q):
    from .quiz_logic import QuestionKind

    if q.kind == QuestionKind.SINGLE:
        return next(c.id for c in q.choices if c.correct)
    if q.kind == QuestionKind.MULTIPLE:
        return [c.id for c in q.choices if c.correct]
    if q.kind == QuestionKind.TRUE_FALSE:
        return q.answer
    if q.kind == QuestionKind.ORDERING:
        return [i.id for i in q.items]
    if q.kind == QuestionKind.MATCHING:
        return {p.id: p.id for p in q.pairs}
    return q.accepted[0] if q.accepted else ""


# (username, quiz slug, days ago, share answered right): a few weeks of history, so skill
# profiles have a line to draw. Only quizzes of courses each person has unlocked: the new
# hire is on the first course, the agent has finished the first three of the path.
DEMO_ATTEMPTS = [
    ("newhire", "role-basics-check", 6, 0.4),
    ("newhire", "role-basics-check", 2, 1.0),
    ("agent", "soft-skills-check", 24, 0.5),
    ("agent", "products-check", 17, 0.8),
    ("agent", "soft-skills-check", 10, 1.0),
    ("agent", "role-basics-check", 4, 0.9),
]


def attempts(stdout=None) -> None:
    """Past quiz attempts for the demo new hire and agent, taken through the services."""
    from datetime import timedelta

    from django.utils import timezone

    from .models import Quiz
    from .selectors import attempt_questions
    from .services import QuizError, quiz_attempt_start, quiz_attempt_submit

    users = {
        u.username: u for u in get_user_model().objects.filter(username__in=["newhire", "agent"])
    }
    done = {u for u in users.values() if u.quiz_attempts.exists()}
    for username, slug, days_ago, right_share in DEMO_ATTEMPTS:
        user = users.get(username)
        quiz = Quiz.objects.filter(slug=slug, live=True).first()
        if user is None or user in done or quiz is None:
            continue
        when = timezone.now() - timedelta(days=days_ago)
        try:
            attempt = quiz_attempt_start(user=user, quiz=quiz, now=when)
        except QuizError:
            continue
        questions = attempt_questions(attempt)
        keep = round(len(questions) * right_share)
        responses = {q.id: _correct_response(q) for q, _e in questions[:keep]}
        result = quiz_attempt_submit(
            attempt=attempt, responses=responses, now=when + timedelta(minutes=6)
        )
        _say(stdout, f"  quiz attempt: {user} {quiz.slug} -> {result.attempt.score}%")
