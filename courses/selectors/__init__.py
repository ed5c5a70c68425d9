"""Reads about courses and learners, by concept; import from here.

``progress``: a learner's progress, locking and resuming, in a fixed number of queries
however many courses, lessons or enrolments there are (the dashboard and lesson pages are
tested for it); ``paths``: learning paths and the order courses are listed in;
``pages``: what the catalogue and course pages show. Learner state points at
default-language pages; pages shown to a learner are swapped for their translation in
the active language where one is live.
"""

from ..localization import canonical
from .pages import (
    _lesson_rows,
    catalogue_for,
    course_page_context,
    enrolled_courses_for,
    lesson_page_context,
)
from .paths import (
    _path_courses,
    onboarding_path,
    path_courses_of,
    path_order_key,
    path_page_context,
    path_places,
)
from .progress import (
    CourseProgress,
    LearnerState,
    _mean,
    completed_course_ids,
    course_progress_for,
    learner_state,
    lessons_of,
)

__all__ = [
    "CourseProgress",
    "LearnerState",
    "_lesson_rows",
    "_mean",
    "_path_courses",
    "canonical",
    "catalogue_for",
    "completed_course_ids",
    "course_page_context",
    "course_progress_for",
    "enrolled_courses_for",
    "learner_state",
    "lesson_page_context",
    "lessons_of",
    "onboarding_path",
    "path_courses_of",
    "path_order_key",
    "path_page_context",
    "path_places",
]
