"""What a manager can assign: live courses, quizzes and scenarios, as one grouped choice list."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext as _

from assessments.models import Quiz
from courses.models import CoursePage
from simulations.models import Scenario


def assignable_targets() -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped choices "course:<pk>", "quiz:<pk>", "scenario:<pk>" (three queries)."""
    courses = (
        CoursePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .values_list("pk", "title")
    )
    quizzes = Quiz.objects.filter(live=True).order_by("title").values_list("pk", "title")
    scenarios = Scenario.objects.filter(live=True).order_by("title").values_list("pk", "title")
    return [
        (_("Practice calls"), [(f"scenario:{pk}", title) for pk, title in scenarios]),
        (_("Courses"), [(f"course:{pk}", title) for pk, title in courses]),
        (_("Quizzes"), [(f"quiz:{pk}", title) for pk, title in quizzes]),
    ]


MODELS = {"course": CoursePage, "quiz": Quiz, "scenario": Scenario}


def target_resolve(value: str):
    """ "scenario:7" -> the live Scenario 7 (404 for anything else)."""
    kind, _sep, pk = (value or "").partition(":")
    model = MODELS.get(kind)
    if model is None or not pk.isdigit():
        raise Http404("Unknown target.")
    target = model.objects.filter(pk=int(pk), live=True).first()
    if target is None:
        raise Http404("Unknown target.")
    return target
