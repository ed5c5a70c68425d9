"""The learner's home: the onboarding path, courses in progress and completed, recent activity.

Read by the home panels in wagtail_hooks.py; a fixed number of queries whatever the
number of courses, lessons and enrolments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext as _
from wagtail.models import Page

from . import content_cache
from .localization import Locales, locales, localize_many
from .models import CoursePage, Enrolment, LearningPathPage, LessonPage, LessonProgress
from .selectors import (
    _mean,
    _path_courses,
    course_progress_for,
    learner_state,
    onboarding_path,
    path_courses_of,
    path_order_key,
    path_places,
)
from .services import onboarding_enrol


@dataclass
class Dashboard:
    path: LearningPathPage | None = None
    path_items: list = field(default_factory=list)
    path_percent: int = 0
    continue_course: CoursePage | None = None
    continue_lesson: LessonPage | None = None
    in_progress: list = field(default_factory=list)
    completed: list = field(default_factory=list)
    activity: list = field(default_factory=list)
    # Every course the learner completed (published or not), for the other home panels.
    completed_course_ids: frozenset = frozenset()


@dataclass(frozen=True)
class Activity:
    when: datetime
    text: str
    page: Page


def _enrolments(user) -> list[Enrolment]:
    rows = list(Enrolment.objects.filter(user=user).order_by("-last_activity_at", "-enrolled_at"))
    content_cache.attach(rows, "course", CoursePage)  # courses are content: not joined in
    return rows


def dashboard_for(user, *, enrol_onboarding: bool = False) -> Dashboard:
    """The learner's home: onboarding path, courses in progress and done, recent activity.

    ``enrol_onboarding`` first enrols the learner in the path's courses they are not in
    (the new-hire rule, services.onboarding_enrol), reading their enrolments only once.
    """
    locs = locales()
    data = Dashboard()
    path = onboarding_path()
    path_courses = _path_courses(path, locs) if path else []
    # Every enrolment in one query: the lists below show the live courses, and the lock
    # rules read them all (a completed prerequisite may have been unpublished since).
    every = _enrolments(user)
    if enrol_onboarding and path:
        have = {e.course_id for e in every}
        if any(c.pk not in have for c in path_courses_of(path)):
            onboarding_enrol(user=user)
            every = _enrolments(user)
    data.completed_course_ids = frozenset(e.course_id for e in every if e.completed_at)
    # And every lesson's progress in one query: the bars and the recent activity share it.
    seen = list(LessonProgress.objects.filter(user=user))
    content_cache.attach(seen, "lesson", LessonPage, defer=("body",))
    state = learner_state(user, enrolments=every)
    state.progress, state.all_read = {p.lesson_id: p for p in seen}, True
    enrolled = [e for e in every if e.course.live]
    other_courses = [e.course for e in enrolled]
    shown_other = localize_many(other_courses, CoursePage, locs)
    progress = course_progress_for(
        user,
        [*path_courses, *[shown_other[c.pk] for c in other_courses]],
        locs=locs,
        state=state,
    )
    if path:
        data.path = localize_many([path], LearningPathPage, locs)[path.pk]
        data.path_items = [(c, progress[c.pk]) for c in path_courses]
        data.path_percent = _mean([p.percent for _, p in data.path_items])
        for course, p in data.path_items:
            if not p.completed and not p.locked:
                data.continue_course, data.continue_lesson = course, p.next_lesson
                break
    # "My courses" (in progress) follows the learner's path, then titles; "Completed" keeps
    # the most recent activity first.
    places = path_places()
    for enrolment in enrolled:
        course = shown_other[enrolment.course.pk]
        p = progress[course.pk]
        (data.completed if p.completed else data.in_progress).append((course, p))
    originals = {shown_other[e.course.pk].pk: e.course.pk for e in enrolled}
    data.in_progress.sort(
        key=lambda item: path_order_key(places, originals[item[0].pk], item[0].title)
    )
    data.activity = recent_activity_for(user, locs=locs, seen=seen)
    return data


_ON_REQUEST = "_courses_dashboard"


def dashboard_for_request(request, *, enrol_onboarding: bool = False) -> Dashboard:
    """``request.user``'s dashboard, built once per request: the home panels share it.

    ``enrol_onboarding`` builds it afresh, first enrolling a new hire (``dashboard_for``).
    """
    if enrol_onboarding or not hasattr(request, _ON_REQUEST):
        setattr(
            request, _ON_REQUEST, dashboard_for(request.user, enrol_onboarding=enrol_onboarding)
        )
    return getattr(request, _ON_REQUEST)


def completed_course_ids_read(request) -> frozenset | None:
    """The courses ``request.user`` completed, if this request built their dashboard."""
    dashboard = getattr(request, _ON_REQUEST, None)
    return dashboard.completed_course_ids if dashboard is not None else None


def recent_activity_for(
    user, *, limit: int = 6, locs: Locales | None = None, seen: list | None = None
) -> list[Activity]:
    """The lessons last opened or completed; ``seen`` is every progress row, if read."""
    locs = locs or locales()
    if seen is not None:
        rows = sorted(seen, key=lambda r: r.last_seen_at, reverse=True)[:limit]
    else:
        rows = list(
            LessonProgress.objects.filter(user=user)
            .select_related("lesson")
            .defer("lesson__body")
            .order_by("-last_seen_at")[:limit]
        )
    shown = localize_many([r.lesson for r in rows], LessonPage, locs)
    items = []
    for row in rows:
        lesson = shown[row.lesson.pk]
        if row.completed_at:
            items.append(Activity(row.completed_at, _("Completed a lesson"), lesson))
        else:
            items.append(Activity(row.last_seen_at, _("Opened a lesson"), lesson))
    return sorted(items, key=lambda a: a.when, reverse=True)
