"""The lesson page, course page, catalogue and learner dashboard run a fixed number of queries."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from courses import content_cache
from courses.wagtail_hooks import LearningPanel, OnboardingPanel
from tests.courses.factories import answer_all, catalogue, lessons_of, make_course, make_path

pytestmark = pytest.mark.django_db

SIZES = [(2, 2), (7, 5)]  # (courses, lessons per course)


def build(user, n_courses, n_lessons):
    courses = [make_course(f"Course {i}", lessons=n_lessons) for i in range(n_courses)]
    make_path(courses)
    for course in courses[: n_courses - 1]:
        for lesson in lessons_of(course)[:-1]:
            answer_all(user, lesson)
    return courses


def count(fn) -> int:
    """Queries of ``fn`` with the content cache warm (a first call fills it)."""
    fn()
    with CaptureQueriesContext(connection) as queries:
        fn()
    return len(queries)


def dashboard_html(user) -> str:
    request = RequestFactory().get("/")
    request.user = user
    with content_cache.request_scope():  # the content token read once, as in a request
        return OnboardingPanel(request).render_html() + LearningPanel(request).render_html()


@pytest.mark.parametrize(("n_courses", "n_lessons"), SIZES)
def test_the_learner_dashboard_panels_run_a_fixed_number_of_queries(
    new_hire, django_assert_max_num_queries, n_courses, n_lessons
):
    build(new_hire, n_courses, n_lessons)
    with django_assert_max_num_queries(14):
        html = dashboard_html(new_hire)
    assert "Course 0" in html


@pytest.mark.parametrize(("n_courses", "n_lessons"), SIZES)
def test_the_lesson_page_runs_a_fixed_number_of_queries(
    client_for, new_hire, django_assert_max_num_queries, n_courses, n_lessons
):
    courses = build(new_hire, n_courses, n_lessons)
    lesson = lessons_of(courses[0])[-1]
    client = client_for(new_hire)
    client.get(lesson.url)  # the first visit writes progress; later visits are the same
    with django_assert_max_num_queries(32):
        response = client.get(lesson.url)
    assert response.status_code == 200


@pytest.mark.parametrize(("n_courses", "n_lessons"), SIZES)
def test_the_course_page_and_catalogue_run_a_fixed_number_of_queries(
    client_for, new_hire, django_assert_max_num_queries, n_courses, n_lessons
):
    courses = build(new_hire, n_courses, n_lessons)
    client = client_for(new_hire)
    with django_assert_max_num_queries(22):
        assert client.get(courses[0].url).status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get(catalogue().url).status_code == 200


def test_query_counts_do_not_grow_with_the_amount_of_learning(client_for, new_hire):
    """Same counts for a small and a big catalogue, measured side by side."""
    small = build(new_hire, 2, 2)
    client = client_for(new_hire)
    lesson = lessons_of(small[0])[-1]
    client.get(lesson.url)
    before = (
        count(lambda: client.get(lesson.url)),
        count(lambda: dashboard_html(new_hire)),
        count(lambda: client.get(catalogue().url)),
    )
    for i in range(6):
        course = make_course(f"Extra {i}", lessons=4)
        answer_all(new_hire, lessons_of(course)[0])
    after = (
        count(lambda: client.get(lesson.url)),
        count(lambda: dashboard_html(new_hire)),
        count(lambda: client.get(catalogue().url)),
    )
    assert before == after
