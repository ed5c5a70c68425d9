"""Course insights in Wagtail admin: enrolment, completion, and the questions missed most."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from accounts.permissions import can_author

from .insights import course_insights, courses_overview
from .models import CoursePage


def insights_index(request):
    if not can_author(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "courses/admin/insights_index.html",
        {"rows": courses_overview(), "page_title": _("Course insights"), "header_icon": "table"},
    )


def insights_course(request, course_id: int):
    if not can_author(request.user):
        raise PermissionDenied
    course = get_object_or_404(CoursePage, pk=course_id)
    return TemplateResponse(
        request,
        "courses/admin/insights_course.html",
        {
            "course": course,
            "insight": course_insights(course),
            "page_title": _("Course insights"),
            "page_subtitle": course.title,
            "header_icon": "table",
        },
    )
