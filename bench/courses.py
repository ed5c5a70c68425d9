"""Courses: the page budgets on the demo content, then the learner pages as the catalogue grows.

On the demo (``load_demo``), as its people see it: a lesson of the first onboarding course
as the new hire (who has started it), the home page as the agent, the new hire and the
manager, and the manager's team page. For each, the queries of one view and the median
server time of REPEAT views after a warm-up, in-process through Django's test client with
DEBUG off (templates cached). The budgets (tests/test_page_budgets.py): a lesson at most 15
queries, the home and team pages at most 20. Then the dashboard and a lesson page on a
synthetic catalogue of 3, 12 and 30 courses: the counts must not grow.
"""

import io
import statistics
import time

from django.conf import settings
from django.db import connection
from django.test import Client

REPEAT = 30


def _queries(client, url: str) -> int:
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)
    ):
        status = client.get(url).status_code
    assert status == 200, f"{url} answered {status}"  # noqa: S101
    return len(queries)


def _measure(client, url: str, repeat: int = REPEAT) -> tuple[int, float, float]:
    """(queries, median ms, p90 ms) of a page, after a first view has warmed the caches."""
    client.get(url)
    queries = _queries(client, url)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return queries, statistics.median(times), times[int(0.9 * (len(times) - 1))]


def _client(user) -> Client:
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def demo_pages() -> list[str]:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from accounts.models import Team
    from courses.models import LearningPathPage, LessonPage

    started = time.perf_counter()
    call_command("load_demo", stdout=io.StringIO())
    lines = [f"load_demo: {time.perf_counter() - started:.1f}s"]
    people = get_user_model().objects.in_bulk(
        ["agent", "newhire", "manager"], field_name="username"
    )
    path = LearningPathPage.objects.get(is_onboarding=True, locale__language_code="en")
    course = path.path_courses.order_by("sort_order").first().course
    lesson = LessonPage.objects.live().child_of(course).order_by("path").first()
    team = Team.objects.get(name="Team Aurora")
    pages = [
        ("lesson page (new hire)", "newhire", lesson.url, 15),
        ("home as agent", "agent", "/", 20),
        ("home as new hire", "newhire", "/", 20),
        ("home as manager", "manager", "/", 20),
        ("team page (manager)", "manager", f"/certification/teams/{team.slug}/", 20),
    ]
    for label, username, url, budget in pages:
        queries, median, p90 = _measure(_client(people[username]), url)
        verdict = "ok" if queries <= budget else f"OVER the budget of {budget}"
        lines.append(
            f"{label:<24} {queries:>3} queries ({verdict}), "
            f"median {median:5.1f} ms, p90 {p90:5.1f} ms"
        )
    return lines


def growing_catalogue() -> list[str]:
    from accounts.roles import Role
    from accounts.services import roles_sync, user_create
    from courses import services
    from tests.courses.factories import answer_all, lessons_of, make_course, make_path

    roles_sync()
    learner = user_create(username="bench.learner", password="x", roles=[Role.NEW_HIRE])  # noqa: S106
    client = _client(learner)
    lines, courses = [], []
    for size in (3, 12, 30):
        while len(courses) < size:
            course = make_course(f"Bench course {len(courses)}", lessons=4)
            courses.append(course)
            answer_all(learner, lessons_of(course)[0])
        if size == 3:
            make_path(courses[:3], title="Bench path", onboarding=False)
        services.onboarding_enrol(user=learner)
        lesson = lessons_of(courses[0])[1]
        home_q, home_ms, _p90 = _measure(client, "/", repeat=5)
        lesson_q, lesson_ms, _p90 = _measure(client, lesson.url, repeat=5)
        lines.append(
            f"{size:>3} more courses, {size * 4} lessons: dashboard {home_q} queries "
            f"{home_ms:.0f} ms; lesson page {lesson_q} queries {lesson_ms:.0f} ms"
        )
    return lines


def run() -> list[str]:
    assert not settings.DEBUG, "measure with DEBUG off, as in production"  # noqa: S101
    return [*demo_pages(), *growing_catalogue()]
