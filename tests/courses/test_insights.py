"""Trainers see, per course, enrolments, completions and the questions missed most."""

import pytest

from courses import insights, services
from tests.courses.factories import answer_all, finish_course, lessons_of, make_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_question_missed_most_comes_first(roles):
    course = make_course(lessons=2)
    first, second = lessons_of(course)
    learners = [UserFactory() for _ in range(3)]
    for learner in learners:
        services.knowledge_check_answer(
            user=learner, lesson=second, block_id=second.knowledge_checks[0].id, choice=2
        )
    services.knowledge_check_answer(
        user=learners[0], lesson=first, block_id=first.knowledge_checks[0].id, choice=0
    )
    finish_course(learners[1], course)
    result = insights.course_insights(course)
    assert (result.enrolled, result.completed) == (3, 1)
    assert [m.lesson for m in result.missed] == [second, first]
    top = result.missed[0]
    assert top.wrong == 3 and top.common_wrong_choice == "Answer 2"
    assert top.question == f"{second.title}: question 1?"


def test_the_insights_pages_list_courses_for_trainers(client_for, trainer, agent):
    course = make_course(lessons=1)
    answer_all(agent, lessons_of(course)[0])
    client = client_for(trainer)
    index = client.get("/cms/course-insights/").content.decode()
    assert course.title in index
    detail = client.get(f"/cms/course-insights/{course.pk}/").content.decode()
    assert "No wrong answers recorded yet." in detail
