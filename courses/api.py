"""Courses API (/api/v1/courses/): answer knowledge checks, complete lessons, report time, progress.

The lesson page uses these with fetch(); the same calls work with a personal token.
Errors carry a ``detail`` a learner can act on: 404 unknown lesson or question, 422 a
choice that does not exist or an id out of range, 403 a locked course, 409 a question
already answered correctly.
"""

from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from . import selectors, services
from .converters import DatabaseId
from .models import CoursePage, LessonPage

router = Router(tags=["courses"])


class AnswerIn(Schema):
    choice: int = Field(ge=0, le=20, description="Index of the chosen answer, from 0.")


class AnswerOut(Schema):
    correct: bool
    feedback: str
    choice: int
    lesson_completed: bool
    course_completed: bool
    checks_correct: int
    checks_total: int


class CompleteOut(Schema):
    lesson_completed: bool
    course_completed: bool
    next_url: str | None


class TimeIn(Schema):
    seconds: int = Field(ge=0, le=24 * 3600)


class TimeOut(Schema):
    seconds_spent: int


class ProgressOut(Schema):
    course_id: int
    title: str
    url: str
    percent: int
    completed: bool
    locked: bool
    locked_reason: str
    lessons_done: int
    lessons_total: int
    next_lesson_url: str | None


def _lesson(lesson_id: int) -> LessonPage:
    return get_object_or_404(LessonPage.objects.live(), pk=lesson_id)


def _fail(exc: services.CourseError):
    raise HttpError(exc.status, str(exc))


@router.post("/lessons/{lesson_id}/checks/{block_id}", response=AnswerOut)
def answer_check(request, lesson_id: DatabaseId, block_id: str, payload: AnswerIn):
    """Answer a knowledge check; the feedback for the chosen answer comes back at once."""
    try:
        result = services.knowledge_check_answer(
            user=request.user, lesson=_lesson(lesson_id), block_id=block_id, choice=payload.choice
        )
    except services.CourseError as exc:
        _fail(exc)
    return result.__dict__


@router.post("/lessons/{lesson_id}/complete", response=CompleteOut)
def complete_lesson(request, lesson_id: DatabaseId):
    lesson = _lesson(lesson_id)
    try:
        services.lesson_complete(user=request.user, lesson=lesson)
    except services.CourseError as exc:
        _fail(exc)
    context = selectors.lesson_page_context(request.user, lesson=lesson)
    course = context["course"]
    progress = selectors.course_progress_for(request.user, [course])[course.pk]
    following = context["next_lesson"]
    return {
        "lesson_completed": True,
        "course_completed": progress.completed,
        "next_url": following.get_url(request) if following else None,
    }


@router.post("/lessons/{lesson_id}/time", response=TimeOut)
def record_time(request, lesson_id: DatabaseId, payload: TimeIn):
    """Add reading time to a lesson the learner has opened (each report is capped at 30 min)."""
    try:
        total = services.lesson_time_record(
            user=request.user, lesson=_lesson(lesson_id), seconds=payload.seconds
        )
    except services.CourseError as exc:
        _fail(exc)
    return {"seconds_spent": total}


@router.post("/{course_id}/enrol", response=ProgressOut)
def enrol(request, course_id: DatabaseId):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        services.course_enrol(user=request.user, course=course)
    except services.CourseError as exc:
        _fail(exc)
    return _progress_out(request, course, selectors.course_progress_for(request.user, [course]))


@router.get("/progress", response=list[ProgressOut])
def my_progress(request):
    """The signed-in learner's courses (enrolled, or in the onboarding path) and their progress."""
    courses = selectors.enrolled_courses_for(request.user)
    progress = selectors.course_progress_for(request.user, courses)
    return [_progress_out(request, c, progress) for c in courses]


def _progress_out(request, course, progress) -> dict:
    p = progress[course.pk]
    return {
        "course_id": course.pk,
        "title": course.title,
        "url": course.get_url(request),
        "percent": p.percent,
        "completed": p.completed,
        "locked": p.locked,
        "locked_reason": p.locked_reason,
        "lessons_done": p.lessons_done,
        "lessons_total": p.lessons_total,
        "next_lesson_url": p.next_lesson.get_url(request) if p.next_lesson else None,
    }
