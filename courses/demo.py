"""Demo learning activity: the catalogue's words, and lesson progress for the demo people.

The courses, lessons, learning path and French translation come from the demo content pack
(``demo/``, imported by ``load_demo`` before this runs). Learner progress is recorded
through the services, as a learner would: lessons answered and completed.
"""

import zlib

from django.db import transaction
from django.utils.translation import override

from . import services
from .catalogue import catalogue_root
from .models import CoursePage, LearningPathPage, LessonPage, LessonProgress

# Other Team Aurora agents (made by accounts.demo): how many path courses each finished.
LEARNERS_PROGRESS = [("lucia.moreno", 4), ("wei.chen", 2), ("kofi.mensah", 1), ("sofia.ivanova", 0)]
CATALOGUE_INTRO = (
    "<p>Everything XYZ Company's customer-service team learns: the onboarding path for "
    "new hires, soft skills, our products and our policies.</p>"
)


def _progress(username: str, courses: list[CoursePage], *, complete: int, started: int) -> None:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        return
    services.onboarding_enrol(user=user)
    for course in courses[:complete]:
        for lesson in LessonPage.objects.live().child_of(course).order_by("path"):
            _complete_lesson(user, lesson)
    for course in courses[complete : complete + started]:
        first = LessonPage.objects.live().child_of(course).order_by("path").first()
        if first is not None:
            services.lesson_open(user=user, lesson=first)


def _complete_lesson(user, lesson: LessonPage) -> None:
    """Answer the lesson's checks (a wrong try first on some, as people do) and complete it."""
    if LessonProgress.objects.filter(user=user, lesson=lesson, completed_at__isnull=False):
        return
    for number, block in enumerate(lesson.knowledge_checks):
        choices = block.value["choices"]
        right = next(i for i, c in enumerate(choices) if c["correct"])
        # Decided by names, not database ids, so every fresh site gets the same demo.
        if zlib.crc32(f"{user.username}/{lesson.slug}/{number}".encode()) % 3 == 0:
            wrong = next(i for i, c in enumerate(choices) if not c["correct"])
            services.knowledge_check_answer(
                user=user, lesson=lesson, block_id=block.id, choice=wrong
            )
        services.knowledge_check_answer(user=user, lesson=lesson, block_id=block.id, choice=right)
    services.lesson_complete(user=user, lesson=lesson)


@transaction.atomic
def load(*, stdout=None) -> None:
    catalog = catalogue_root()
    if catalog.title != "Course catalogue" or not catalog.intro:
        catalog.title = catalog.draft_title = "Course catalogue"
        catalog.intro = CATALOGUE_INTRO
        catalog.save_revision().publish()
    path = LearningPathPage.objects.live().filter(is_onboarding=True).first()
    if path is None:
        return
    in_path = [
        CoursePage.objects.get(pk=pc.course_id) for pc in path.path_courses.order_by("sort_order")
    ]
    with override("en"):
        _progress("agent", in_path, complete=3, started=1)
        _progress("newhire", in_path, complete=0, started=1)
        for username, done in LEARNERS_PROGRESS:
            _progress(username, in_path, complete=done, started=1)
    if stdout is not None:
        stdout.write(f"    progress on the onboarding path “{path.title}”")
