"""Writes for learning: enrolment, opening and completing lessons, knowledge checks, time spent.

The rules live here: a course is completed when every live lesson is completed and
its knowledge checks are answered correctly; a course with unfinished prerequisites
is locked; new hires are enrolled in the onboarding path. Views, the API, the demo
and other apps (certification assigns courses) all call these functions.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db import IntegrityError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from lms import hooks as lms_hooks

from . import selectors
from .models import (
    CoursePage,
    Enrolment,
    EnrolmentSource,
    KnowledgeCheckAnswer,
    LessonPage,
    LessonProgress,
)

MAX_SECONDS_PER_REPORT = 30 * 60
# A learner re-reading the lesson they were on refreshes "last seen" at most this often.
VISIT_REFRESH = timedelta(minutes=5)

logger = logging.getLogger(__name__)


class CourseError(Exception):
    """A learner's request that cannot be done; the message says why, for people."""

    status = 400


class CourseLockedError(CourseError):
    status = 403


class UnknownQuestionError(CourseError):
    status = 404


class InvalidChoiceError(CourseError):
    status = 422


class AlreadyAnsweredError(CourseError):
    status = 409


class LessonIncompleteError(CourseError):
    status = 409


@dataclass(frozen=True)
class AnswerResult:
    correct: bool
    feedback: str
    choice: int
    lesson_completed: bool
    course_completed: bool
    checks_correct: int
    checks_total: int


def enrolment_create(*, user, course: CoursePage, source: str = "self") -> Enrolment:
    """Enrol the user in the course (idempotent; an existing enrolment is kept as it is)."""
    course = selectors.canonical(course)
    source = EnrolmentSource(source)
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            return Enrolment.objects.create(user=user, course=course, source=source)
    except IntegrityError:  # a concurrent request enrolled them first
        return Enrolment.objects.get(user=user, course=course)


def _check_unlocked(user, course: CoursePage, state=None) -> None:
    progress = selectors.course_progress_for(user, [course], state=state)[course.pk]
    if progress.locked:
        raise CourseLockedError(progress.locked_reason)


def course_enrol(*, user, course: CoursePage) -> Enrolment:
    """A learner enrols themselves from the catalogue; a locked course says what to finish."""
    if not course.live:
        raise CourseError(_("This course is not published."))
    _check_unlocked(user, course)
    return enrolment_create(user=user, course=course, source=EnrolmentSource.SELF)


def onboarding_enrol(*, user) -> list[Enrolment]:
    """Enrol the user in every course of the onboarding path (the new-hire rule); idempotent."""
    path = selectors.onboarding_path()
    if path is None:
        return []
    course_ids = [c.pk for c in selectors.path_courses_of(path)]
    existing = list(Enrolment.objects.filter(user=user, course_id__in=course_ids))
    have = {e.course_id for e in existing}
    missing = [cid for cid in course_ids if cid not in have]
    if not missing:
        return existing
    Enrolment.objects.bulk_create(
        [Enrolment(user=user, course_id=cid, source=EnrolmentSource.AUTO) for cid in missing],
        ignore_conflicts=True,
    )
    return list(Enrolment.objects.filter(user=user, course_id__in=course_ids))


def _lesson_and_course(lesson: LessonPage) -> tuple[LessonPage, CoursePage]:
    original = selectors.canonical(lesson)
    return original, original.get_parent().specific


@transaction.atomic
def lesson_open(*, user, lesson: LessonPage) -> LessonProgress:
    """The learner acts on a lesson: enrol them if needed, remember it as where to resume.

    Answers and completions call this; a GET of the page calls lesson_visit instead.
    """
    original, course = _lesson_and_course(lesson)
    _check_unlocked(user, course)
    enrolment = enrolment_create(user=user, course=course)
    now = timezone.now()
    progress, created = LessonProgress.objects.get_or_create(
        user=user, lesson=original, defaults={"opened_at": now, "last_seen_at": now}
    )
    if not created:
        LessonProgress.objects.filter(pk=progress.pk).update(last_seen_at=now)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=original, last_activity_at=now)
    return progress


def lesson_visit(*, user, lesson: LessonPage, state: selectors.LearnerState | None = None) -> bool:
    """The learner opens a lesson page (a GET): lesson_open's bookkeeping, written lazily.

    Raises CourseLockedError for a locked course. Writes only what changed (a first
    visit, a new lesson to resume at, "last seen" older than VISIT_REFRESH), and a
    burst of identical visits is written once (the cache). The bookkeeping must never
    cost the learner the page: a database that refuses the write (OperationalError,
    e.g. "database is locked") is logged and skipped. Returns whether it wrote.
    ``state`` is the learner's rows the page read (kept up to date with what is written).
    """
    original, course = _lesson_and_course(lesson)
    state = state or selectors.learner_state(user)
    _check_unlocked(user, course, state)
    state.cover(user, [original.pk])
    enrolment = state.enrolments.get(course.pk)
    progress = state.progress.get(original.pk)
    now = timezone.now()
    stale = now - VISIT_REFRESH
    seen_recently = progress is not None and progress.last_seen_at >= stale
    resumes_here = (
        enrolment is not None
        and enrolment.last_lesson_id == original.pk
        and enrolment.last_activity_at is not None
        and enrolment.last_activity_at >= stale
    )
    if seen_recently and resumes_here:
        return False
    key = f"courses:lesson-visit:{user.pk}:{original.pk}"
    if not cache.add(key, True, timeout=30):
        return False  # a concurrent request is writing this same visit
    try:
        with transaction.atomic():
            if enrolment is None:
                enrolment = enrolment_create(user=user, course=course)
            if progress is None:
                progress, _created = LessonProgress.objects.get_or_create(
                    user=user, lesson=original, defaults={"opened_at": now, "last_seen_at": now}
                )
            elif not seen_recently:
                LessonProgress.objects.filter(pk=progress.pk).update(last_seen_at=now)
                progress.last_seen_at = now
            if not resumes_here:
                Enrolment.objects.filter(pk=enrolment.pk).update(
                    last_lesson=original, last_activity_at=now
                )
                enrolment.last_lesson, enrolment.last_activity_at = original, now
    except OperationalError:
        logger.warning(
            "Lesson %s opened by user %s without recording the visit: the database refused",
            original.pk,
            user.pk,
            exc_info=True,
        )
        return False
    finally:
        cache.delete(key)
    state.enrolments[course.pk], state.progress[original.pk] = enrolment, progress
    return True


def lesson_time_record(*, user, lesson: LessonPage, seconds: int) -> int:
    """Add time spent reading a lesson (each report is capped); returns the new total."""
    original = selectors.canonical(lesson)
    seconds = max(0, min(int(seconds), MAX_SECONDS_PER_REPORT))
    updated = LessonProgress.objects.filter(user=user, lesson=original).update(
        seconds_spent=F("seconds_spent") + seconds, last_seen_at=timezone.now()
    )
    if not updated:
        raise CourseError(_("Open the lesson before recording time on it."))
    return LessonProgress.objects.get(user=user, lesson=original).seconds_spent


def _latest_answers(user, lesson: LessonPage) -> dict[str, KnowledgeCheckAnswer]:
    latest: dict[str, KnowledgeCheckAnswer] = {}
    for answer in KnowledgeCheckAnswer.objects.filter(user=user, lesson=lesson).order_by(
        "answered_at", "pk"
    ):
        latest[answer.block_id] = answer
    return latest


def _unanswered_checks(user, lesson: LessonPage) -> list[str]:
    latest = _latest_answers(user, lesson)
    return [b.id for b in lesson.knowledge_checks if not (b.id in latest and latest[b.id].correct)]


@transaction.atomic
def knowledge_check_answer(*, user, lesson: LessonPage, block_id: str, choice) -> AnswerResult:
    """Record an answer to a knowledge check and give its feedback at once.

    A wrong answer may be tried again; a question answered correctly is settled (a
    second submission is refused). The last check answered correctly completes the lesson.
    """
    block = next((b for b in lesson.knowledge_checks if b.id == block_id), None)
    if block is None:
        raise UnknownQuestionError(_("This lesson has no such question."))
    choices = block.value["choices"]
    try:
        choice = int(choice)
    except (TypeError, ValueError):
        raise InvalidChoiceError(_("Pick one of the answers.")) from None
    if not 0 <= choice < len(choices):
        raise InvalidChoiceError(
            _("Pick one of the answers (0 to %(last)d).") % {"last": len(choices) - 1}
        )
    original, course = _lesson_and_course(lesson)
    _check_unlocked(user, course)
    from .lesson_page import block_id_map

    stored_id = block_id_map(lesson, original, cached=False).get(block_id, block_id)
    latest = (
        KnowledgeCheckAnswer.objects.select_for_update()
        .filter(user=user, lesson=original, block_id=stored_id)
        .order_by("-answered_at", "-pk")
        .first()
    )
    if latest and latest.correct:
        raise AlreadyAnsweredError(_("You have already answered this question correctly."))
    lesson_open(user=user, lesson=original)
    correct = bool(choices[choice]["correct"])
    KnowledgeCheckAnswer.objects.create(
        user=user, lesson=original, block_id=stored_id, choice=choice, correct=correct
    )
    unanswered = _unanswered_checks(user, original)
    lesson_completed = course_completed = False
    if correct and not unanswered:
        lesson_complete(user=user, lesson=original)
        lesson_completed = True
        course_completed = Enrolment.objects.filter(
            user=user, course=course, completed_at__isnull=False
        ).exists()
    total = len(original.knowledge_checks)
    return AnswerResult(
        correct=correct,
        feedback=choices[choice]["feedback"] or (_("Correct.") if correct else _("Not quite.")),
        choice=choice,
        lesson_completed=lesson_completed,
        course_completed=course_completed,
        checks_correct=total - len(unanswered),
        checks_total=total,
    )


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> LessonProgress:
    """Mark a lesson complete (its knowledge checks must be answered correctly first)."""
    original, course = _lesson_and_course(lesson)
    _check_unlocked(user, course)
    unanswered = _unanswered_checks(user, original)
    if unanswered:
        raise LessonIncompleteError(
            _("Answer this lesson's knowledge checks correctly before completing it.")
        )
    progress = lesson_open(user=user, lesson=original)
    if progress.completed_at is None:
        progress.completed_at = timezone.now()
        progress.save(update_fields=["completed_at"])
    course_completion_update(user=user, course=course)
    return progress


def course_completion_update(*, user, course: CoursePage) -> Enrolment | None:
    """Set the enrolment's completion once every lesson is completed and every check correct.

    Calls the ``lms_hooks.AFTER_COURSE_COMPLETED`` hooks with the enrolment when it happens.
    """
    course = selectors.canonical(course)
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is None or enrolment.completed_at:
        return enrolment
    lessons = list(LessonPage.objects.live().child_of(course))
    if not lessons:
        return enrolment
    done = set(
        LessonProgress.objects.filter(
            user=user, lesson__in=lessons, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    if any(lesson.pk not in done for lesson in lessons):
        return enrolment
    answers = KnowledgeCheckAnswer.objects.filter(user=user, lesson__in=lessons).order_by(
        "answered_at", "pk"
    )
    latest = {(a.lesson_id, a.block_id): a.correct for a in answers}
    for lesson in lessons:
        if not all(latest.get((lesson.pk, b.id)) for b in lesson.knowledge_checks):
            return enrolment
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    for fn in hooks.get_hooks(lms_hooks.AFTER_COURSE_COMPLETED):
        fn(enrolment)
    return enrolment


def catalogue_translations_sync() -> int:
    """Give the catalogue an alias in every content locale, so any course can be translated.

    Wagtail translates a page only below a translated parent; trainers may author
    below the catalogue but not at the tree's root, so the catalogue's translations
    are made here (after every migrate, see CoursesConfig.ready). Returns how many
    were created. Safe to run any number of times.
    """
    from wagtail.models import Locale, Site

    from .models import CatalogPage

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or not isinstance(site.root_page.specific, CatalogPage):
        return 0
    catalog = site.root_page.specific
    have = set(catalog.get_translations(inclusive=True).values_list("locale_id", flat=True))
    created = 0
    for locale in Locale.objects.exclude(pk__in=have):
        catalog.copy_for_translation(locale, alias=True)
        created += 1
    return created
