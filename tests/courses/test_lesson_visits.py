"""Opening a lesson page records the visit only when something changed, and never fails the page.

Sixty agents refreshing one lesson used to write progress sixty times; under load
SQLite answered some of those writes with "database is locked" and the page was a 500.
"""

import logging
from datetime import timedelta

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from courses import selectors
from courses.models import Enrolment, LessonProgress
from tests.courses.factories import lessons_of, make_course

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def writes_in(queries) -> list[str]:
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]


def test_the_first_visit_enrols_and_remembers_the_lesson(client_for, new_hire):
    course = make_course(lessons=2)
    first, _second = lessons_of(course)
    assert client_for(new_hire).get(first.url).status_code == 200
    enrolment = Enrolment.objects.get(user=new_hire, course=course)
    assert enrolment.last_lesson_id == first.pk
    assert LessonProgress.objects.filter(user=new_hire, lesson=first).exists()


def test_reloading_the_same_lesson_writes_nothing(client_for, new_hire):
    lesson = lessons_of(make_course(lessons=2))[0]
    client = client_for(new_hire)
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(lesson.url)
    assert response.status_code == 200
    assert writes_in(queries) == []


def test_moving_to_another_lesson_moves_where_continue_resumes(client_for, new_hire):
    course = make_course(lessons=3)
    first, second, _third = lessons_of(course)
    client = client_for(new_hire)
    client.get(second.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(first.url)
    assert writes_in(queries)  # a new lesson to resume at is worth writing
    assert selectors.course_progress_for(new_hire, [course])[course.pk].next_lesson == first
    response = client.get(f"/courses/{course.pk}/continue/")
    assert response["Location"] == first.url


def test_coming_back_later_refreshes_last_seen(client_for, new_hire):
    lesson = lessons_of(make_course(lessons=1))[0]
    client = client_for(new_hire)
    client.get(lesson.url)
    an_hour_ago = LessonProgress.objects.get(user=new_hire).last_seen_at - timedelta(hours=1)
    LessonProgress.objects.filter(user=new_hire).update(last_seen_at=an_hour_ago)
    client.get(lesson.url)
    assert LessonProgress.objects.get(user=new_hire).last_seen_at > an_hour_ago


def _refuse_writes(execute, sql, params, many, context):
    if sql.lstrip().upper().startswith(WRITES):
        raise OperationalError("database is locked")
    return execute(sql, params, many, context)


def test_the_lesson_still_opens_when_the_database_refuses_the_progress_write(
    client_for, new_hire, caplog
):
    lesson = lessons_of(make_course(lessons=1))[0]
    client = client_for(new_hire)
    with caplog.at_level(logging.WARNING, logger="courses.services"):
        with connection.execute_wrapper(_refuse_writes):
            response = client.get(lesson.url)
    assert response.status_code == 200
    assert lesson.title in response.content.decode()
    assert "without recording the visit" in caplog.text
    # Nothing half-written, and the next visit records it.
    assert not LessonProgress.objects.filter(user=new_hire).exists()
    client.get(lesson.url)
    assert LessonProgress.objects.filter(user=new_hire, lesson=lesson).exists()


def test_a_locked_lesson_is_still_refused_and_writes_nothing(client_for, new_hire):
    basics = make_course("Basics", lessons=1)
    advanced = make_course("Advanced", lessons=1, prerequisites=[basics])
    lesson, client = lessons_of(advanced)[0], client_for(new_hire)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(lesson.url)
    assert response.status_code == 403
    assert writes_in(queries) == []
