"""Courses: the learner dashboard and a lesson page stay at a fixed number of queries and fast
as the catalogue grows."""

import time

from django.db import connection
from django.test import Client


def _measure(client, url: str, repeat: int = 5) -> tuple[int, float]:
    client.get(url)
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)
    ):
        status = client.get(url).status_code
    assert status == 200, f"{url} answered {status}"  # noqa: S101
    started = time.perf_counter()
    for _ in range(repeat):
        client.get(url)
    return len(queries), (time.perf_counter() - started) / repeat * 1000


def run() -> list[str]:
    from accounts.roles import Role
    from accounts.services import roles_sync, user_create
    from courses import services
    from tests.courses.factories import answer_all, lessons_of, make_course, make_path

    roles_sync()
    learner = user_create(username="bench.learner", password="x", roles=[Role.NEW_HIRE])  # noqa: S106
    client = Client(HTTP_HOST="localhost")
    client.force_login(learner)
    lines, courses = [], []
    for size in (3, 12, 30):
        while len(courses) < size:
            course = make_course(f"Bench course {len(courses)}", lessons=4)
            courses.append(course)
            answer_all(learner, lessons_of(course)[0])
        if size == 3:
            make_path(courses[:3])
        services.onboarding_enrol(user=learner)
        lesson = lessons_of(courses[0])[1]
        home_q, home_ms = _measure(client, "/")
        lesson_q, lesson_ms = _measure(client, lesson.url)
        lines.append(
            f"{size:>3} courses, {size * 4} lessons: dashboard {home_q} queries {home_ms:.0f} ms; "
            f"lesson page {lesson_q} queries {lesson_ms:.0f} ms"
        )
    return lines
