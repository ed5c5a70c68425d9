"""Learning paths: their courses, the order courses are listed in, the onboarding path."""

from __future__ import annotations

from django.conf import settings

from .. import content_cache
from ..localization import Locales, _code, canonical, locales, localize_many
from ..models import CoursePage, LearningPathCourse, LearningPathPage
from .progress import _mean, course_progress_for


def path_places() -> dict[int, int]:
    """{default-language course pk: its place in the learning paths} (cached).

    The onboarding path's courses come first, in the path's order, then those of the
    other live paths, path by path; a course in two paths keeps its first place.
    """

    def build() -> dict[int, int]:
        places: dict[int, int] = {}
        paths = LearningPathPage.objects.live().filter(locale=locales().default)
        for path in paths.order_by("-is_onboarding", "path"):
            for course in path_courses_of(path):
                places.setdefault(course.pk, len(places))
        return places

    return content_cache.cached("path-places", (), build, shared=True)


def path_order_key(places: dict[int, int], original_pk: int, title: str) -> tuple:
    """Sort key for courses: the learner's path order first, then the rest by title.

    ``original_pk`` is the default-language course's pk, ``title`` the one shown.
    """
    place = places.get(original_pk)
    return (place is None, place or 0, title.casefold(), original_pk)


def path_courses_of(path: LearningPathPage) -> list[CoursePage]:
    """The live courses of a (default-language) path, in order (cached)."""
    return content_cache.cached(
        "path-courses",
        (path.pk,),
        lambda: [
            row.course
            for row in LearningPathCourse.objects.filter(path=path, course__live=True)
            .select_related("course", "course__cover_image")
            .order_by("sort_order")
        ],
        shared=True,
    )


def _path_courses(path: LearningPathPage, locs: Locales) -> list[CoursePage]:
    courses = path_courses_of(canonical(path, locs))
    shown = localize_many(courses, CoursePage, locs)
    return [shown[c.pk] for c in courses]


def path_page_context(user, *, path: LearningPathPage) -> dict:
    locs = locales()
    courses = _path_courses(path, locs)
    progress = course_progress_for(user, courses, locs=locs)
    items = [(c, progress[c.pk]) for c in courses]
    return {"path_items": items, "path_percent": _mean([p.percent for _, p in items])}


def onboarding_path() -> LearningPathPage | None:
    code = _code(settings.LANGUAGE_CODE)
    return content_cache.cached(
        "onboarding-path",
        (code,),
        lambda: (
            LearningPathPage.objects.live()
            .filter(is_onboarding=True, locale__language_code=code)
            .order_by("path")
            .first()
        ),
        shared=True,
    )
