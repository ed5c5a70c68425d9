"""A learner's records as certification sees them, read from the lower apps' tables."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime

from django.db.models import Max, Q, QuerySet

from courses import content_cache
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


def learner_record_for(
    user, *, since: datetime | None = None, completed_course_ids: Iterable[int] | None = None
) -> LearnerRecord:
    """Completed courses (ever), passed quizzes and clean call grades (since ``since``).

    ``completed_course_ids`` are the learner's completed courses when the page has already
    read their enrolments (the home page's courses panels), so they are not read again.
    """
    from assessments.models import Grade, QuizAttempt

    if completed_course_ids is None:
        completed_course_ids = Enrolment.objects.filter(
            user=user, completed_at__isnull=False
        ).values_list("course_id", flat=True)
    courses = set(completed_course_ids)
    attempts = QuizAttempt.objects.filter(user=user, passed=True, submitted_at__isnull=False)
    grades = Grade.objects.filter(user=user)
    if since is not None:
        attempts = attempts.filter(submitted_at__gte=since)
        grades = grades.filter(**{f"{GRADE_TIME}__gte": since})
    return LearnerRecord(
        completed_course_ids=frozenset(courses),
        passed_quiz_ids=frozenset(attempts.values_list("quiz_id", flat=True)),
        best_clean_scores=best_clean_scores(grades),
    )


GRADE_TIME = "created_at"


def best_clean_scores(grades: QuerySet) -> dict[int, int]:
    """Best score per scenario among ``grades`` with no critical fail, for certification.

    A criterion reviewers keep disagreeing with is not trusted for certification
    (``assessments.selectors.untrusted_criteria``): grades of a rubric with such criteria
    are totalled again without them (``certifiable_totals``), so dropping one can raise or
    lower a score and clear or cause a critical fail. The other grades are read as stored,
    in the database; a constant number of queries either way.
    """
    from assessments.selectors import untrusted_criteria
    from assessments.services import certifiable_totals

    untrusted = untrusted_criteria()
    if not untrusted:
        stored = grades
    else:
        affected = Q(rubric_id__in=[r for r in untrusted if r is not None])
        if None in untrusted:
            affected |= Q(rubric__isnull=True)
        stored = grades.exclude(affected)
    best = dict(
        stored.filter(critical_fail=False)
        .values("scenario_id")
        .annotate(best=Max("score"))
        .values_list("scenario_id", "best")
    )
    if untrusted:
        for grade in grades.filter(affected).prefetch_related("criterion_scores"):
            totals = certifiable_totals(grade, untrusted.get(grade.rubric_id, frozenset()))
            if not totals.critical_fail and totals.score > best.get(grade.scenario_id, -1):
                best[grade.scenario_id] = totals.score
    return _with_translations(best)


def _with_translations(best: dict[int, int]) -> dict[int, int]:
    """A call on a translation of a scenario counts for the scenario it translates, and the
    other way round: the requirement names one, the agent practises in their language."""
    if not best:
        return best
    keys = _scenario_translation_keys()
    by_key: dict = {}
    for pk, score in best.items():
        if pk in keys:
            by_key[keys[pk]] = max(by_key.get(keys[pk], -1), score)
    return {**best, **{pk: by_key[key] for pk, key in keys.items() if key in by_key}}


def _scenario_translation_keys() -> dict[int, object]:
    """{scenario id: its translation key}, every scenario (content: cached)."""
    from simulations.models import Scenario

    return content_cache.cached(
        "scenario-translation-keys",
        (),
        lambda: dict(Scenario.objects.values_list("pk", "translation_key")),
    )


def program_requirements(program: CertificationProgram) -> tuple[Requirement, ...]:
    """The program's requirements as pure values, parsed once (courses.content_cache).

    Parsing reads the chosen courses, quizzes and scenarios, a query each: the result is
    cached under the program's requirements as they are now (saving a program, quiz or
    scenario, or any page, renews the content token as well). A program from
    ``live_programs`` comes with them already parsed.
    """
    parsed = getattr(program, _PARSED, None)
    if parsed is not None:
        return parsed
    if program.pk is None:
        return requirements_from_stream(program.requirements)
    raw = json.dumps(program.requirements.get_prep_value(), sort_keys=True, default=str)
    digest = hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()
    return content_cache.cached(
        "program-requirements",
        (program.pk, digest),
        lambda: requirements_from_stream(program.requirements),
    )


_PARSED = "_parsed_requirements"


def live_programs() -> list[CertificationProgram]:
    """The live programs, lowest rung first, their requirements parsed (cached)."""

    def build():
        programs = list(CertificationProgram.objects.live().ladder())
        for program in programs:
            setattr(program, _PARSED, program_requirements(program))
        return programs

    return content_cache.cached("live-programs-parsed", (), build)


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
