"""A learner's progress in courses: lessons done, what to open next, what is locked.

Each function runs a fixed number of queries however many courses, lessons or
enrolments there are. Learner state points at default-language pages; pages shown to a
learner are swapped for their translation in the active language where one is live.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models.functions import Length, Substr
from django.utils.translation import gettext as _
from wagtail.models import Page

from accounts.roles import Role, has_role

from .. import content_cache
from ..localization import Locales, canonical_many, locales, localize_many
from ..models import CoursePage, Enrolment, LessonPage, LessonProgress


@dataclass(frozen=True)
class CourseProgress:
    percent: int
    completed: bool
    next_lesson: LessonPage | None
    locked: bool = False
    locked_reason: str = ""
    enrolled: bool = False
    started: bool = False
    lessons_done: int = 0
    lessons_total: int = 0
    completed_at: datetime | None = None
    missing_prerequisites: tuple = ()

    @property
    def status_label(self) -> str:
        if self.completed:
            return _("Completed")
        if self.locked:
            return _("Locked")
        if self.started:
            return _("In progress")
        if self.enrolled:
            return _("Not started")
        return _("Not enrolled")


# Lessons of courses -----------------------------------------------------------------


def lessons_of(courses: list[CoursePage]) -> dict[int, list[LessonPage]]:
    """{course pk: its live lessons in page-tree order} (bodies not loaded), cached per course."""
    by_pk = {c.pk: c for c in courses}

    def build(missing: list[int]) -> dict[int, list[LessonPage]]:
        by_path = {by_pk[pk].path: pk for pk in missing}
        result: dict[int, list[LessonPage]] = {pk: [] for pk in missing}
        lessons = (
            LessonPage.objects.live()
            .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
            .filter(parent_path__in=list(by_path))
            .defer("body")
            .order_by("path")
        )
        for lesson in lessons:
            result[by_path[lesson.parent_path]].append(lesson)
        return result

    found = content_cache.cached_many("lessons", list(by_pk), build, shared=True)
    return {pk: found.get(pk) or [] for pk in by_pk}


def prerequisite_ids_by_course() -> dict[int, tuple[int, ...]]:
    """{course pk: the pks of the courses it requires}, for every course (cached)."""

    def build() -> dict[int, tuple[int, ...]]:
        result: dict[int, list[int]] = {}
        through = CoursePage.prerequisites.through.objects.order_by("pk")
        for course_id, required_id in through.values_list("from_coursepage_id", "to_coursepage_id"):
            result.setdefault(course_id, []).append(required_id)
        return {course_id: tuple(ids) for course_id, ids in result.items()}

    return content_cache.cached("prerequisite-ids", (), build, shared=True)


def _courses_by_id(ids) -> dict[int, CoursePage]:
    """The courses with these pks, from the content cache (as ``content_cache.attach``)."""
    return content_cache.cached_many(
        "object:courses.coursepage:", ids, CoursePage.objects.in_bulk, shared=True
    )


@dataclass
class LearnerState:
    """A learner's enrolments (all of them) and their progress in some lessons, read once
    for a page and passed along, so a page never reads the same rows twice."""

    enrolments: dict[int, Enrolment]
    progress: dict[int, LessonProgress]
    lesson_ids: set[int]
    all_read: bool = False  # the progress of every lesson is in ``progress``

    def cover(self, user, lesson_ids) -> None:
        """Read the progress of the listed lessons not read yet (one query, or none)."""
        if self.all_read:
            return
        missing = set(lesson_ids) - self.lesson_ids
        if missing and user.is_authenticated:
            for p in LessonProgress.objects.filter(user=user, lesson_id__in=missing):
                self.progress[p.lesson_id] = p
        self.lesson_ids |= missing


def learner_state(user, *, enrolments=None) -> LearnerState:
    """A learner's enrolments (one query unless given); progress is read by ``cover``."""
    if enrolments is None:
        enrolments = Enrolment.objects.filter(user=user) if user.is_authenticated else []
    return LearnerState({e.course_id: e for e in enrolments}, {}, set())


def completed_course_ids(user) -> set[int]:
    """Ids of the (default-language) courses the user has completed."""
    if not user.is_authenticated:
        return set()
    return set(
        Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list(
            "course_id", flat=True
        )
    )


def prerequisites_apply_to(user) -> bool:
    """Prerequisites lock courses for learners; trainers, managers and admins read freely."""
    return not has_role(user, Role.TRAINER, Role.MANAGER, Role.ADMIN)


def _finish_first_message(titles: list[str]) -> str:
    quoted = [f"“{t}”" for t in titles]
    if len(quoted) == 1:
        names = quoted[0]
    else:
        names = _("%(first)s and %(last)s") % {
            "first": ", ".join(quoted[:-1]),
            "last": quoted[-1],
        }
    return _("Finish %(courses)s first.") % {"courses": names}


def course_progress_for(
    user, courses, *, locs: Locales | None = None, state: LearnerState | None = None
) -> dict[int, CourseProgress]:
    """{course pk: CourseProgress} for the given courses (in any language), in constant queries.

    ``state`` is the learner's rows already read for this page (read here when not given,
    and completed with the progress of these courses' lessons).
    """
    courses = list(courses)
    locs = locs or locales()
    originals = canonical_many(courses, CoursePage, locs)
    canon = list({c.pk: c for c in originals.values()}.values())
    lessons = lessons_of(canon)
    state = state or learner_state(user)
    state.cover(user, [lesson.pk for items in lessons.values() for lesson in items])
    enrolments, progress = state.enrolments, state.progress
    completed_ids = {cid for cid, e in enrolments.items() if e.completed_at}
    every_prerequisite = prerequisite_ids_by_course()
    missing_ids = {
        c.pk: [p for p in every_prerequisite.get(c.pk, ()) if p not in completed_ids] for c in canon
    }
    # Only a locked course names what it waits for: those courses are the only ones read.
    locked_ids = set()
    if any(missing_ids.values()) and prerequisites_apply_to(user):
        locked_ids = {pk for pk, ids in missing_ids.items() if ids and pk not in completed_ids}
    required = _courses_by_id({p for pk in locked_ids for p in missing_ids[pk]})
    next_candidates: dict[int, LessonPage] = {}
    for course in canon:
        enrolment = enrolments.get(course.pk)
        items = lessons[course.pk]
        pending = [
            lesson
            for lesson in items
            if not (progress.get(lesson.pk) and progress[lesson.pk].completed_at)
        ]
        resume = None
        if enrolment and enrolment.last_lesson_id in {p.pk for p in pending}:
            resume = next(p for p in pending if p.pk == enrolment.last_lesson_id)
        next_candidates[course.pk] = resume or (pending[0] if pending else None)
    display = localize_many(
        [*[n for n in next_candidates.values() if n], *required.values()],
        Page,
        locs,
    )
    result: dict[int, CourseProgress] = {}
    for shown in courses:
        course = originals[shown.pk]
        enrolment = enrolments.get(course.pk)
        items = lessons[course.pk]
        done = sum(
            1 for lesson in items if progress.get(lesson.pk) and progress[lesson.pk].completed_at
        )
        completed = bool(enrolment and enrolment.completed_at)
        locked = course.pk in locked_ids
        missing = [required[p] for p in missing_ids[course.pk] if p in required] if locked else []
        nxt = next_candidates[course.pk]
        percent = 100 if completed else (round(100 * done / len(items)) if items else 0)
        result[shown.pk] = CourseProgress(
            percent=min(percent, 99) if not completed and percent == 100 else percent,
            completed=completed,
            next_lesson=display.get(nxt.pk, nxt) if nxt else None,
            locked=locked,
            locked_reason=_finish_first_message([display.get(p.pk, p).title for p in missing])
            if locked
            else "",
            enrolled=enrolment is not None,
            started=bool(done) or any(lesson.pk in progress for lesson in items),
            lessons_done=done,
            lessons_total=len(items),
            completed_at=enrolment.completed_at if enrolment else None,
            missing_prerequisites=tuple(display.get(p.pk, p) for p in missing) if locked else (),
        )
    return result


def _mean(values: list[int]) -> int:
    return round(sum(values) / len(values)) if values else 0
