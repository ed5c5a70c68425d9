"""The courses API: answers with immediate feedback, and a clear error for every bad input."""

import json

import pytest

from tests.courses.factories import lessons_of, make_course

pytestmark = pytest.mark.django_db


def post(client, url, body=None):
    return client.post(url, json.dumps(body or {}), content_type="application/json")


@pytest.fixture
def lesson(db):
    return lessons_of(make_course("Patience", lessons=2, checks=2))[0]


def check_url(lesson, index=0, block_id=None):
    block_id = block_id or lesson.knowledge_checks[index].id
    return f"/api/v1/courses/lessons/{lesson.pk}/checks/{block_id}"


def test_an_answer_comes_back_with_its_feedback_at_once(client_for, new_hire, lesson):
    response = post(client_for(new_hire), check_url(lesson), {"choice": 0})
    assert response.status_code == 200
    data = response.json()
    assert data == {
        "correct": False,
        "feedback": "Not answer 0.",
        "choice": 0,
        "lesson_completed": False,
        "course_completed": False,
        "checks_correct": 0,
        "checks_total": 2,
    }


def test_answering_both_checks_completes_the_lesson(client_for, new_hire, lesson):
    client = client_for(new_hire)
    post(client, check_url(lesson, 0), {"choice": 1})
    data = post(client, check_url(lesson, 1), {"choice": 1}).json()
    assert data["lesson_completed"] and data["checks_correct"] == 2
    progress = client.get("/api/v1/courses/progress").json()
    assert progress[0]["lessons_done"] == 1 and progress[0]["percent"] == 50


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"choice": 7}, 422, "Pick one of the answers (0 to 2)."),
        ({"choice": -1}, 422, "choice"),
        ({"choice": "second"}, 422, "choice"),
        ({}, 422, "choice"),
    ],
)
def test_a_bad_choice_gets_a_clear_error(client_for, new_hire, lesson, body, status, detail):
    response = post(client_for(new_hire), check_url(lesson), body)
    assert response.status_code == status
    assert detail in response.json()["detail"]


def test_an_unknown_question_or_lesson_is_404(client_for, new_hire, lesson):
    client = client_for(new_hire)
    response = post(client, check_url(lesson, block_id="not-a-block"), {"choice": 0})
    assert response.status_code == 404
    assert response.json()["detail"] == "This lesson has no such question."
    response = post(client, "/api/v1/courses/lessons/999999/checks/x", {"choice": 0})
    assert response.status_code == 404


def test_submitting_a_settled_answer_twice_is_a_conflict(client_for, new_hire, lesson):
    client = client_for(new_hire)
    assert post(client, check_url(lesson), {"choice": 1}).status_code == 200
    response = post(client, check_url(lesson), {"choice": 1})
    assert response.status_code == 409
    assert "already answered" in response.json()["detail"]


def test_a_locked_course_says_what_to_finish_first(client_for, new_hire):
    basics = make_course("Basics", lessons=1)
    locked = lessons_of(make_course("Advanced", lessons=1, prerequisites=[basics]))[0]
    response = post(client_for(new_hire), check_url(locked), {"choice": 1})
    assert response.status_code == 403
    assert response.json()["detail"] == "Finish “Basics” first."


def test_completing_a_lesson_with_open_checks_is_refused(client_for, new_hire, lesson):
    response = post(client_for(new_hire), f"/api/v1/courses/lessons/{lesson.pk}/complete")
    assert response.status_code == 409
    assert "knowledge checks" in response.json()["detail"]


def test_time_is_recorded_for_an_opened_lesson(client_for, new_hire, lesson):
    client = client_for(new_hire)
    client.get(lesson.url)
    response = post(client, f"/api/v1/courses/lessons/{lesson.pk}/time", {"seconds": 95})
    assert response.json() == {"seconds_spent": 95}
    bad = post(client, f"/api/v1/courses/lessons/{lesson.pk}/time", {"seconds": -5})
    assert bad.status_code == 422


def test_a_draft_lesson_cannot_be_answered(client_for, new_hire, lesson):
    lesson.unpublish()
    response = post(client_for(new_hire), check_url(lesson), {"choice": 1})
    assert response.status_code == 404
