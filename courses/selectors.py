"""Reads about courses and learners: progress, locking, resuming, the catalogue, the dashboard.

Each function runs a fixed number of queries however many courses, lessons or
enrolments there are (the dashboard and lesson pages are tested for it). Learner
state points at default-language pages; pages shown to a learner are swapped for
their translation in the active language where one is live.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext as _
from wagtail.models import Page

from accounts.roles import Role, has_role

from .localization import (
    Locales,
    _code,
    canonical,
    canonical_many,
    locales,
    localize_many,
)
from .models import (
    CoursePage,
    Enrolment,
    KnowledgeCheckAnswer,
    LearningPathCourse,
    LearningPathPage,
    LessonPage,
    LessonProgress,
)


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
    """{course pk: its live lessons in page-tree order}, in one query (bodies not loaded)."""
    by_path = {c.path: c.pk for c in courses}
    result: dict[int, list[LessonPage]] = {c.pk: [] for c in courses}
    if not by_path:
        return result
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


def course_progress_for(user, courses, *, locs: Locales | None = None) -> dict[int, CourseProgress]:
    """{course pk: CourseProgress} for the given courses (in any language), in constant queries."""
    courses = list(courses)
    locs = locs or locales()
    originals = canonical_many(courses, CoursePage, locs)
    canon = list({c.pk: c for c in originals.values()}.values())
    lessons = lessons_of(canon)
    all_lessons = [lesson for items in lessons.values() for lesson in items]
    enrolments: dict[int, Enrolment] = {}
    progress: dict[int, LessonProgress] = {}
    if user.is_authenticated:
        enrolments = {e.course_id: e for e in Enrolment.objects.filter(user=user)}
        progress = {
            p.lesson_id: p
            for p in LessonProgress.objects.filter(
                user=user, lesson_id__in=[lesson.pk for lesson in all_lessons]
            )
        }
    completed_ids = {cid for cid, e in enrolments.items() if e.completed_at}
    locks_apply = prerequisites_apply_to(user)
    prerequisites: dict[int, list[CoursePage]] = {}
    through = CoursePage.prerequisites.through.objects.filter(
        from_coursepage_id__in=[c.pk for c in canon]
    ).select_related("to_coursepage")
    for row in through:
        prerequisites.setdefault(row.from_coursepage_id, []).append(row.to_coursepage)
    missing_all = [
        p for items in prerequisites.values() for p in items if p.pk not in completed_ids
    ]
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
        [*[n for n in next_candidates.values() if n], *missing_all],
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
        missing = [p for p in prerequisites.get(course.pk, []) if p.pk not in completed_ids]
        locked = bool(missing) and not completed and locks_apply
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


# Page contexts ------------------------------------------------------------------------


def _courses_below(catalog: Page, locs: Locales) -> list[CoursePage]:
    """Live courses of the default-language catalogue, in tree order, shown localized."""
    root = canonical(catalog, locs) if catalog else None
    qs = CoursePage.objects.live().order_by("path")
    if root is not None:
        qs = qs.child_of(root)
    else:
        qs = qs.filter(locale=locs.default)
    courses = list(qs.select_related("cover_image"))
    shown = localize_many(courses, CoursePage, locs)
    return [shown[c.pk] for c in courses]


def catalogue_for(user, *, catalog: Page | None = None) -> dict:
    locs = locales()
    courses = _courses_below(catalog, locs)
    progress = course_progress_for(user, courses, locs=locs)
    root = canonical(catalog, locs) if catalog else None
    path_qs = LearningPathPage.objects.live().order_by("-is_onboarding", "path")
    path_qs = path_qs.child_of(root) if root is not None else path_qs.filter(locale=locs.default)
    paths = list(path_qs)
    paths_shown = localize_many(paths, LearningPathPage, locs)
    sections = []
    for value, label in CoursePage._meta.get_field("category").choices:
        entries = [(c, progress[c.pk]) for c in courses if c.category == value]
        if entries:
            sections.append({"category": value, "label": label, "entries": entries})
    return {
        "sections": sections,
        "paths": [paths_shown[p.pk] for p in paths],
        "course_count": len(courses),
    }


def _path_courses(path: LearningPathPage, locs: Locales) -> list[CoursePage]:
    original = canonical(path, locs)
    rows = (
        LearningPathCourse.objects.filter(path=original, course__live=True)
        .select_related("course", "course__cover_image")
        .order_by("sort_order")
    )
    courses = [row.course for row in rows]
    shown = localize_many(courses, CoursePage, locs)
    return [shown[c.pk] for c in courses]


def path_page_context(user, *, path: LearningPathPage) -> dict:
    locs = locales()
    courses = _path_courses(path, locs)
    progress = course_progress_for(user, courses, locs=locs)
    items = [(c, progress[c.pk]) for c in courses]
    return {"path_items": items, "path_percent": _mean([p.percent for _, p in items])}


def _mean(values: list[int]) -> int:
    return round(sum(values) / len(values)) if values else 0


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
        "skills": list(original.skills.all()),
        "total_minutes": sum(r.lesson.estimated_minutes for r in rows),
    }


def _lesson_rows(user, lessons: list[LessonPage], locs: Locales, current=None) -> list[LessonRow]:
    progress = {}
    if user.is_authenticated and lessons:
        progress = {
            p.lesson_id: p
            for p in LessonProgress.objects.filter(
                user=user, lesson_id__in=[lesson.pk for lesson in lessons]
            )
        }
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


@dataclass(frozen=True)
class CheckState:
    """What a learner sees of one knowledge check: their latest answer and its feedback."""

    choice: int | None = None
    correct: bool = False
    feedback: str = ""
    attempts: int = 0


def knowledge_check_states(user, *, lesson: LessonPage, original: LessonPage) -> dict:
    """{block id on the shown page: CheckState}; answers are stored against the original."""
    if not user.is_authenticated or original.pk is None:
        return {}
    id_map = block_id_map(lesson, original)
    answers = KnowledgeCheckAnswer.objects.filter(user=user, lesson=original).order_by(
        "answered_at", "pk"
    )
    latest: dict[str, KnowledgeCheckAnswer] = {}
    attempts: dict[str, int] = {}
    for answer in answers:
        latest[answer.block_id] = answer
        attempts[answer.block_id] = attempts.get(answer.block_id, 0) + 1
    states = {}
    for block in lesson.knowledge_checks:
        answer = latest.get(id_map.get(block.id, block.id))
        if answer is None:
            continue
        choices = block.value["choices"]
        feedback = choices[answer.choice]["feedback"] if answer.choice < len(choices) else ""
        states[block.id] = CheckState(
            choice=answer.choice,
            correct=answer.correct,
            feedback=feedback,
            attempts=attempts[answer.block_id],
        )
    return states


def block_id_map(shown: LessonPage, original: LessonPage) -> dict[str, str]:
    """{knowledge-check id on the shown page: the id on the original}, matched by position."""
    if shown.pk == original.pk:
        return {b.id: b.id for b in shown.knowledge_checks}
    return {
        mine.id: theirs.id
        for mine, theirs in zip(shown.knowledge_checks, original.knowledge_checks, strict=False)
    }


def lesson_page_context(user, *, lesson: LessonPage) -> dict:
    """Everything the lesson page shows besides the body: course, progress, neighbours."""
    if lesson.pk is None or not lesson.path:
        return {"course": None, "lesson_rows": [], "knowledge_checks": {}}
    locs = locales()
    original = canonical(lesson, locs)
    course_shown = lesson.get_parent().specific
    course = canonical(course_shown, locs)
    lessons = lessons_of([course])[course.pk]
    rows = _lesson_rows(user, lessons, locs, current=original)
    index = next((i for i, r in enumerate(rows) if r.current), None)
    previous = rows[index - 1].lesson if index else None
    following = rows[index + 1].lesson if index is not None and index + 1 < len(rows) else None
    states = knowledge_check_states(user, lesson=lesson, original=original)
    checks = lesson.knowledge_checks
    this_row = rows[index] if index is not None else None
    return {
        "course": course_shown,
        "lesson_rows": rows,
        "lesson_number": index + 1 if index is not None else None,
        "previous_lesson": previous,
        "next_lesson": following,
        "knowledge_checks": states,
        "checks_total": len(checks),
        "checks_correct": sum(1 for b in checks if states.get(b.id) and states[b.id].correct),
        "lesson_completed": bool(this_row and this_row.completed),
        "course_percent": _mean([100 if r.completed else 0 for r in rows]),
    }


def onboarding_path() -> LearningPathPage | None:
    return (
        LearningPathPage.objects.live()
        .filter(is_onboarding=True, locale__language_code=_code(settings.LANGUAGE_CODE))
        .order_by("path")
        .first()
    )


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
