"""Learner HTTP for courses outside the page tree: catalogue link, enrol, answer, complete, search.

The course, lesson and path pages themselves are Wagtail pages (models.py). These
views are the no-JavaScript forms behind the lesson page; the API does the same in JSON.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Site

from . import selectors, services
from .models import CatalogPage, CoursePage, LessonPage
from .search import search_pages, search_query_shown


def _back(page, anchor: str = ""):
    return redirect(page.get_url() + (f"#{anchor}" if anchor else ""))


@login_required
def catalogue(request):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    root = site.root_page.localized if site else CatalogPage.objects.first()
    return redirect(root.get_url(request) if root else "/learn/")


@login_required
@require_POST
def enrol(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        services.course_enrol(user=request.user, course=course)
    except services.CourseError as exc:
        messages.error(request, str(exc))
        return _back(course)
    messages.success(request, _("You are enrolled in “%(course)s”.") % {"course": course.title})
    nxt = selectors.course_progress_for(request.user, [course])[course.pk].next_lesson
    return redirect(nxt.get_url(request) if nxt else course.get_url(request))


@login_required
def resume(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    progress = selectors.course_progress_for(request.user, [course])[course.pk]
    if progress.locked or progress.next_lesson is None:
        return _back(course)
    return redirect(progress.next_lesson.get_url(request))


@login_required
@require_POST
def answer(request, lesson_id: int, block_id: str):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        result = services.knowledge_check_answer(
            user=request.user, lesson=lesson, block_id=block_id, choice=request.POST.get("choice")
        )
    except services.CourseError as exc:
        messages.error(request, str(exc))
        return _back(lesson, f"check-{block_id}")
    if result.lesson_completed:
        messages.success(request, _("Lesson complete."))
    return _back(lesson, f"check-{block_id}")


@login_required
@require_POST
def complete(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        services.lesson_complete(user=request.user, lesson=lesson)
        if seconds := request.POST.get("seconds", "").strip():
            services.lesson_time_record(user=request.user, lesson=lesson, seconds=int(seconds))
    except ValueError:
        pass  # a malformed time report is ignored; the completion stands
    except services.LessonIncompleteError:
        # Back to the button, where the page says which checks are left (not at the top).
        return redirect(f"{lesson.get_url(request)}?complete=refused#complete-error")
    except services.CourseError as exc:
        messages.error(request, str(exc))
        return _back(lesson, "lesson-actions")
    following = selectors.lesson_page_context(request.user, lesson=lesson)["next_lesson"]
    if following is not None:
        return redirect(following.get_url(request))
    course = lesson.get_parent().specific
    if selectors.course_progress_for(request.user, [course])[course.pk].completed:
        messages.success(request, _("Course complete. Well done!"))
    return redirect(course.get_url(request))


@login_required
def search(request):
    query = search_query_shown(request.GET.get("q"))
    results = search_pages(request.user, query)
    return render(request, "courses/search.html", {"query": query, "results": results})
