"""A learner's records as certification sees them, read from the lower apps' tables."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Max

from courses.models import CoursePage, Enrolment

from ..blocks import requirements_from_stream
from ..models import CertificationProgram
from ..requirements import (
    LearnerRecord,
    ProgramResult,
    Requirement,
    RequirementKind,
    program_evaluate,
)


def learner_record_for(user, *, since: datetime | None = None) -> LearnerRecord:
    """Completed courses (ever), passed quizzes and clean call grades (since ``since``)."""
    from assessments.models import Grade, QuizAttempt

    courses = set(
        Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list(
            "course_id", flat=True
        )
    )
    attempts = QuizAttempt.objects.filter(user=user, passed=True, submitted_at__isnull=False)
    grades = Grade.objects.filter(user=user, critical_fail=False)
    if since is not None:
        attempts = attempts.filter(submitted_at__gte=since)
        grades = grades.filter(**{f"{GRADE_TIME}__gte": since})
    best = dict(
        grades.values("scenario_id").annotate(best=Max("score")).values_list("scenario_id", "best")
    )
    return LearnerRecord(
        completed_course_ids=frozenset(courses),
        passed_quiz_ids=frozenset(attempts.values_list("quiz_id", flat=True)),
        best_clean_scores=best,
    )


GRADE_TIME = "created_at"


def program_requirements(program: CertificationProgram) -> tuple[Requirement, ...]:
    return requirements_from_stream(program.requirements)


def program_result(program: CertificationProgram, record: LearnerRecord) -> ProgramResult:
    return program_evaluate(program_requirements(program), record)


def program_courses(program: CertificationProgram) -> list[CoursePage]:
    """The courses a program requires (for re-enrolment when its renewal window opens)."""
    ids = [
        i
        for r in program_requirements(program)
        if r.kind == RequirementKind.COURSE_COMPLETED
        for i in r.ids
    ]
    by_id = CoursePage.objects.in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id]
