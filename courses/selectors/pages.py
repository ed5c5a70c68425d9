"""What the catalogue, a course page and a learner's course list show, besides the page itself."""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Page

from .. import content_cache
from ..localization import Locales, canonical, locales, localize_many
from ..models import CoursePage, Enrolment, LearningPathPage, LessonPage
from .paths import path_order_key, path_places
from .progress import LearnerState, course_progress_for, lessons_of


def _courses_below(catalog: Page, locs: Locales) -> list[CoursePage]:
    """Live courses of the default-language catalogue, shown localized, in the learner's
    path order and then by title (path_order_key)."""
    root = canonical(catalog, locs) if catalog else None
    qs = CoursePage.objects.live().order_by("path")
    if root is not None:
        qs = qs.child_of(root)
    else:
        qs = qs.filter(locale=locs.default)
    courses = list(qs.select_related("cover_image"))
    shown = localize_many(courses, CoursePage, locs)
    places = path_places()
    courses.sort(key=lambda c: path_order_key(places, c.pk, shown[c.pk].title))
    return [shown[c.pk] for c in courses]


def catalogue_for(user, *, catalog: Page | None = None) -> dict:
    """The catalogue: learning paths, then every course in the path's order, then by title.

    (Grouped by category, the path's first course sat in the last group.)
    """
    locs = locales()
    courses = _courses_below(catalog, locs)
    progress = course_progress_for(user, courses, locs=locs)
    root = canonical(catalog, locs) if catalog else None
    path_qs = LearningPathPage.objects.live().order_by("-is_onboarding", "path")
    path_qs = path_qs.child_of(root) if root is not None else path_qs.filter(locale=locs.default)
    paths = list(path_qs)
    paths_shown = localize_many(paths, LearningPathPage, locs)
    return {
        "entries": [(c, progress[c.pk]) for c in courses],
        "paths": [paths_shown[p.pk] for p in paths],
        "course_count": len(courses),
    }


@dataclass(frozen=True)
class LessonRow:
    lesson: LessonPage
    number: int
    completed: bool
    opened: bool
    current: bool = False


def course_page_context(user, *, course: CoursePage) -> dict:
    locs = locales()
    original = canonical(course, locs)
    progress = course_progress_for(user, [course], locs=locs)[course.pk]
    lessons = lessons_of([original])[original.pk]
    rows = _lesson_rows(user, lessons, locs)
    enrolment = (
        Enrolment.objects.filter(user=user, course=original).first()
        if user.is_authenticated
        else None
    )
    return {
        "progress": progress,
        "lesson_rows": rows,
        "enrolment": enrolment,
        "skills": content_cache.cached(
            "course-skills", (original.pk,), lambda: list(original.skills.all())
        ),
        "total_minutes": sum(r.lesson.estimated_minutes for r in rows),
    }


def _lesson_rows(
    user, lessons: list[LessonPage], locs: Locales, current=None, state: LearnerState | None = None
) -> list[LessonRow]:
    state = state or LearnerState({}, {}, set())
    state.cover(user, [lesson.pk for lesson in lessons])
    progress = state.progress
    shown = localize_many(lessons, LessonPage, locs)
    return [
        LessonRow(
            lesson=shown[lesson.pk],
            number=i,
            completed=bool(progress.get(lesson.pk) and progress[lesson.pk].completed_at),
            opened=lesson.pk in progress,
            current=current is not None and lesson.pk == current.pk,
        )
        for i, lesson in enumerate(lessons, start=1)
    ]


def lesson_page_context(user, *, lesson: LessonPage, state=None, cached=True) -> dict:
    """Everything the lesson page shows besides the body (courses.lesson_page)."""
    from ..lesson_page import lesson_page_context as context

    return context(user, lesson=lesson, state=state, cached=cached)


def enrolled_courses_for(user) -> list[CoursePage]:
    """The user's live enrolled courses, most recent activity first, shown localized."""
    locs = locales()
    courses = [
        e.course
        for e in Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course")
        .order_by("-last_activity_at", "-enrolled_at")
    ]
    shown = localize_many(courses, CoursePage, locs)
    return [shown[c.pk] for c in courses]
