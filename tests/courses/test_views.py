"""The lesson page without JavaScript: plain forms give the same feedback; pages show progress."""

import pytest
from django.contrib.messages import get_messages

from courses.models import Enrolment
from tests.courses.factories import answer_all, catalogue, lessons_of, make_course, make_path

pytestmark = pytest.mark.django_db


def test_the_catalogue_link_opens_the_catalogue_page(client_for, new_hire):
    response = client_for(new_hire).get("/courses/")
    assert response.status_code == 302 and response["Location"] == catalogue().url


def test_answering_without_javascript_shows_the_feedback_on_the_lesson(client_for, new_hire):
    lesson = lessons_of(make_course(lessons=2))[0]
    block = lesson.knowledge_checks[0]
    client = client_for(new_hire)
    response = client.post(f"/courses/lessons/{lesson.pk}/checks/{block.id}/", {"choice": "0"})
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#check-{block.id}"
    page = client.get(lesson.url).content.decode()
    assert "Not answer 0." in page and "Try again" in page


def test_a_bad_choice_without_javascript_is_explained(client_for, new_hire):
    lesson = lessons_of(make_course(lessons=1))[0]
    block = lesson.knowledge_checks[0]
    client = client_for(new_hire)
    response = client.post(f"/courses/lessons/{lesson.pk}/checks/{block.id}/", {"choice": "9"})
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == ["Pick one of the answers (0 to 2)."]


def test_complete_and_continue_opens_the_next_lesson(client_for, new_hire):
    first, second = lessons_of(make_course(lessons=2, checks=0))
    response = client_for(new_hire).post(
        f"/courses/lessons/{first.pk}/complete/", {"seconds": "30"}
    )
    assert response["Location"] == second.url


def test_self_enrolment_from_the_course_page(client_for, agent):
    course = make_course(lessons=1)
    client = client_for(agent)
    assert "Enrol and start" in client.get(course.url).content.decode()
    response = client.post(f"/courses/{course.pk}/enrol/")
    assert response["Location"] == lessons_of(course)[0].url
    assert Enrolment.objects.get(user=agent, course=course).source == "self"


def test_a_locked_lesson_shows_what_to_finish_first(client_for, new_hire):
    basics = make_course("Basics", lessons=1)
    advanced = make_course("Advanced", lessons=1, prerequisites=[basics])
    response = client_for(new_hire).get(lessons_of(advanced)[0].url)
    assert response.status_code == 403
    assert "Finish “Basics” first." in response.content.decode()
    course_page = client_for(new_hire).get(advanced.url).content.decode()
    assert "This course is locked." in course_page and "Basics" in course_page


def test_the_course_page_shows_the_learners_own_progress(client_for, new_hire, agent):
    course = make_course(lessons=2)
    answer_all(new_hire, lessons_of(course)[0])
    mine = client_for(new_hire).get(course.url).content.decode()
    assert "1 of 2 lessons completed" in mine
    theirs = client_for(agent).get(course.url).content.decode()
    assert "0 of 2 lessons completed" in theirs


def test_the_path_page_lists_its_courses_in_order(client_for, new_hire):
    one, two = make_course("One", lessons=1), make_course("Two", lessons=1)
    path = make_path([two, one])
    html = client_for(new_hire).get(path.url).content.decode()
    assert html.index(">Two<") < html.index(">One<")


def test_search_finds_live_courses_and_lessons_only(client_for, new_hire):
    course = make_course("Refunds and returns", lessons=1)
    draft = make_course("Refunds secret draft", lessons=0)
    draft.unpublish()
    html = client_for(new_hire).get("/courses/search/?q=refunds").content.decode()
    assert course.title in html and "secret draft" not in html
    assert "2 results" in html  # the course and its lesson


def test_empty_search_shows_just_the_form(client_for, new_hire):
    response = client_for(new_hire).get("/courses/search/?q=")
    assert response.status_code == 200 and "result" not in response.content.decode()
