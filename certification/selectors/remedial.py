"""Suggested remedial work for a need: a course, a lesson and a scenario tagged with the skill."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Case, IntegerField, Value, When

from courses.models import CoursePage, LessonPage
from simulations.models import Scenario

DIFFICULTY_ORDER = Case(
    When(difficulty="beginner", then=Value(0)),
    When(difficulty="intermediate", then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def _default_locale(qs):
    return qs.filter(locale__language_code=settings.LANGUAGE_CODE)


def remedial_for_skill(skill) -> dict:
    """The first soft-skill course, lesson and easiest live scenario that practise ``skill``."""
    course = (
        _default_locale(CoursePage.objects.live().filter(skills=skill))
        .order_by(
            Case(When(category="soft_skill", then=Value(0)), default=Value(1)),
            "path",
        )
        .first()
    )
    lesson = (
        _default_locale(LessonPage.objects.live().filter(skills=skill)).order_by("path").first()
    )
    scenario = (
        Scenario.objects.filter(live=True, skills=skill).order_by(DIFFICULTY_ORDER, "title").first()
    )
    return {"course": course, "lesson": lesson, "scenario": scenario}


def remedial_for_scenario(scenario) -> dict:
    """Practise the same call again, after the lesson or course for its first skill."""
    skill = scenario.skills.order_by("sort_order").first()
    base = remedial_for_skill(skill) if skill else {"course": None, "lesson": None}
    lesson = getattr(scenario, "lesson", None) or base.get("lesson")
    return {"course": base.get("course"), "lesson": lesson, "scenario": scenario}


def remedial_for_quiz(quiz) -> dict:
    return {"course": getattr(quiz, "course", None), "lesson": None, "scenario": None}


def remedial_for_program(program, user=None) -> dict:
    """To renew: redo the program's first call, and the first of its courses not yet done."""
    from courses.models import Enrolment

    from ..requirements import RequirementKind
    from .records import program_courses, program_requirements

    scenario_ids = [
        i
        for r in program_requirements(program)
        if r.kind in (RequirementKind.SCENARIO_GRADED, RequirementKind.SCENARIO_SET)
        for i in r.ids
    ]
    live = Scenario.objects.filter(pk__in=scenario_ids, live=True).in_bulk()
    scenario = next((live[i] for i in scenario_ids if i in live), None)
    courses = program_courses(program)
    done = set()
    if user is not None:
        done = set(
            Enrolment.objects.filter(
                user=user, course__in=courses, completed_at__isnull=False
            ).values_list("course_id", flat=True)
        )
    course = next((c for c in courses if c.pk not in done), None)
    return {"course": course, "lesson": None, "scenario": scenario}
