"""Page budgets on the demo content, as the demo's learners and manager see it.

A lesson page runs at most 15 queries and each home page (agent, new hire, manager) and
the manager's team page at most 20 (``make bench courses`` measures them and their
time). Content every learner sees the same is cached (courses.content_cache): each page
must still show the learner's own state, and a trainer's publish must show at once.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils.html import escape
from wagtail.rich_text import RichText

from courses import services
from courses.models import ContentVersion, CoursePage, LearningPathPage, LessonPage

pytestmark = pytest.mark.django_db

LESSON_BUDGET = 15
HOME_BUDGET = 20


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo (load_demo), loaded once for this module's tests and rolled back after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def people(demo, django_user_model):
    by_name = django_user_model.objects.in_bulk(
        ["newhire", "agent", "manager", "trainer"], field_name="username"
    )
    return by_name


@pytest.fixture
def first_course(demo) -> CoursePage:
    path = LearningPathPage.objects.get(is_onboarding=True, locale__language_code="en")
    return path.path_courses.order_by("sort_order").first().course


def lessons(course) -> list[LessonPage]:
    return list(LessonPage.objects.live().child_of(course).order_by("path"))


def signed_in(client, user):
    client.force_login(user)
    return client


def get(client, url, django_assert_max_num_queries, budget) -> str:
    client.get(url)  # the first view fills the content cache; the budget is for the next
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_lesson_page_runs_at_most_15_queries_and_shows_the_learners_answers(
    client, people, first_course, django_assert_max_num_queries
):
    newhire = people["newhire"]
    lesson = lessons(first_course)[0]
    check = lesson.knowledge_checks[0]
    right = next(i for i, c in enumerate(check.value["choices"]) if c["correct"])
    services.knowledge_check_answer(user=newhire, lesson=lesson, block_id=check.id, choice=right)

    html = get(signed_in(client, newhire), lesson.url, django_assert_max_num_queries, LESSON_BUDGET)
    assert f'id="check-{check.id}"' in html
    section = html[html.index(f'id="check-{check.id}"') - 80 :]
    assert "kcheck--correct" in section[:200]  # their own answer, on the cached body
    assert f"1 of {len(lesson.knowledge_checks)} checks answered" in html
    assert 'aria-current="page"' in html


@pytest.mark.parametrize("username", ["agent", "newhire", "manager"])
def test_each_home_page_runs_at_most_20_queries(
    client, people, username, django_assert_max_num_queries
):
    html = get(signed_in(client, people[username]), "/", django_assert_max_num_queries, HOME_BUDGET)
    assert people[username].first_name in html


def test_the_home_pages_show_each_learners_own_progress(
    client, people, first_course, django_assert_max_num_queries
):
    agent_home = get(signed_in(client, people["agent"]), "/", django_assert_max_num_queries, 20)
    newhire_home = get(signed_in(client, people["newhire"]), "/", django_assert_max_num_queries, 20)
    completed = re.compile(r'id="completed-title".*?badge--ok">(\d+)<', re.S)
    assert completed.search(agent_home).group(1) == "3"  # the agent finished three courses
    assert completed.search(newhire_home).group(1) == "0"
    assert "data-continue" in newhire_home
    assert escape(lessons(first_course)[0].title) in newhire_home


def test_the_managers_team_page_runs_at_most_20_queries(
    client, people, django_assert_max_num_queries
):
    html = get(
        signed_in(client, people["manager"]),
        "/certification/teams/team-aurora/",
        django_assert_max_num_queries,
        HOME_BUDGET,
    )
    for name in ("Arjun", "Lucía", "Kofi"):
        assert name in html


def test_two_learners_see_their_own_progress_on_the_same_lesson(client, people, first_course):
    lesson = lessons(first_course)[0]
    agent_html = signed_in(client, people["agent"]).get(lesson.url).content.decode()
    newhire_html = signed_in(client, people["newhire"]).get(lesson.url).content.decode()
    again = signed_in(client, people["agent"]).get(lesson.url).content.decode()
    done = "data-lesson-done>✓"  # the completed badge, shown (not hidden)
    assert done in agent_html and done in again  # the agent completed the first course
    assert done not in newhire_html  # the new hire has only opened it
    assert "kcheck--correct" in agent_html and "kcheck--correct" not in newhire_html


def test_a_trainers_edit_and_publish_shows_on_the_next_view(client, people, first_course):
    lesson = lessons(first_course)[0]
    learner = signed_in(client, people["newhire"])
    before = learner.get(lesson.url).content.decode()
    assert "Edited by the trainer" not in before

    draft = lesson.get_latest_revision_as_object()
    draft.title = "The bridge, revised"
    draft.body.insert(0, ("rich_text", RichText("<p>Edited by the trainer.</p>")))
    draft.save_revision(user=people["trainer"]).publish(user=people["trainer"])

    after = learner.get(lesson.url).content.decode()
    assert "Edited by the trainer." in after
    assert "The bridge, revised" in after
    home = learner.get("/").content.decode()
    assert "The bridge, revised" in home  # the home page's lesson titles are renewed too


def test_an_unpublished_lesson_leaves_the_course_at_once(client, people, first_course):
    first, second, *_ = lessons(first_course)
    learner = signed_in(client, people["newhire"])
    assert second.title in learner.get(first.url).content.decode()
    second.unpublish(user=people["trainer"])
    assert learner.get(second.url).status_code == 404
    assert second.title not in learner.get(first.url).content.decode()


def test_content_changed_by_another_process_shows_at_once(client, people, first_course):
    """Another worker's cache is not this one's: the token in the database is what counts."""
    lesson = lessons(first_course)[0]
    learner = signed_in(client, people["newhire"])
    learner.get(lesson.url)
    # What another process does: it writes the lesson and a new token, this cache is untouched.
    LessonPage.objects.filter(pk=lesson.pk).update(title="Renamed elsewhere")
    ContentVersion.objects.filter(pk=1).update(token="another-process")
    assert "Renamed elsewhere" in learner.get(lesson.url).content.decode()
