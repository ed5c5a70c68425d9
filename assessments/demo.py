"""Demo content for assessments, built through services; idempotent.

- the Callwise call standard (the default rubric) and each demo scenario's own rubric,
  which builds on it (``rubric_defaults.py``);
- the onboarding quizzes (``demo_quizzes.py``), attached to their courses;
- grades for the demo calls the simulations demo played (regraded with their rubric),
  and a passed and a failed quiz attempt for the demo new hire, so profiles show data.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model

from .rubric_defaults import DEFAULT_CRITERIA, DEFAULT_RUBRIC, SCENARIO_RUBRICS, scenario_criteria


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text)


def load(*, stdout=None) -> None:
    rubrics(stdout)
    quizzes(stdout)
    grades(stdout)
    attempts(stdout)


def rubrics(stdout=None) -> None:
    from simulations.models import Scenario

    from .services.authoring import rubric_upsert

    default, created = rubric_upsert(
        slug=DEFAULT_RUBRIC.slug,
        name=DEFAULT_RUBRIC.name,
        description="The default QA scorecard: every call is graded on these; a scenario's "
        "rubric keeps them and adds its own.",
        criteria=DEFAULT_CRITERIA,
        is_default=True,
    )
    _say(stdout, f"  rubric: {default.name}{'' if created else ' (kept)'}")
    for spec in SCENARIO_RUBRICS:
        scenarios = list(Scenario.objects.filter(slug__in=spec["scenarios"]))
        rubric, created = rubric_upsert(
            slug=spec["slug"],
            name=spec["name"],
            criteria=scenario_criteria(spec),
            extends=default,
            scenarios=scenarios,
        )
        _say(stdout, f"  rubric: {rubric.name}{'' if created else ' (kept)'}")


def quizzes(stdout=None) -> None:
    from courses.models import CoursePage

    from .services.authoring import quiz_upsert

    try:
        from .demo_quizzes import QUIZZES
    except ImportError:
        _say(stdout, "  quizzes: no demo quiz content")
        return
    from wagtail.models import Locale

    courses = {c.slug: c for c in CoursePage.objects.filter(locale=Locale.get_default())}
    for spec in QUIZZES:
        quiz, created = quiz_upsert(spec=spec, course=courses.get(spec.get("course_slug")))
        _say(stdout, f"  quiz: {quiz.title}{'' if created else ' (kept)'}")


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
