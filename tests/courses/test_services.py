"""Learning rules: enrolment, knowledge checks, completion, resuming, prerequisites, onboarding."""

import pytest

from courses import dashboard, selectors, services
from courses.models import Enrolment, KnowledgeCheckAnswer, LessonProgress
from lms import hooks as lms_hooks
from tests.courses.factories import answer_all, finish_course, lessons_of, make_course, make_path

pytestmark = pytest.mark.django_db


def test_enrolling_twice_keeps_one_enrolment_and_its_first_source(new_hire):
    course = make_course(lessons=1)
    first = services.enrolment_create(user=new_hire, course=course, source="auto")
    again = services.enrolment_create(user=new_hire, course=course, source="assigned")
    assert first.pk == again.pk
    assert Enrolment.objects.get(pk=first.pk).source == "auto"


def test_a_right_answer_gives_its_feedback_and_completes_a_one_check_lesson(new_hire):
    course = make_course(lessons=2)
    lesson = lessons_of(course)[0]
    block = lesson.knowledge_checks[0]
    result = services.knowledge_check_answer(
        user=new_hire, lesson=lesson, block_id=block.id, choice=1
    )
    assert result.correct and result.feedback == "Yes: you named the feeling."
    assert result.lesson_completed and not result.course_completed
    assert LessonProgress.objects.get(user=new_hire, lesson=lesson).completed_at


def test_a_wrong_answer_is_saved_with_its_feedback_and_can_be_tried_again(new_hire):
    lesson = lessons_of(make_course(lessons=1))[0]
    block = lesson.knowledge_checks[0]
    wrong = services.knowledge_check_answer(
        user=new_hire, lesson=lesson, block_id=block.id, choice=0
    )
    assert not wrong.correct and wrong.feedback == "Not answer 0."
    assert not wrong.lesson_completed
    right = services.knowledge_check_answer(
        user=new_hire, lesson=lesson, block_id=block.id, choice=1
    )
    assert right.correct and right.lesson_completed
    assert KnowledgeCheckAnswer.objects.filter(user=new_hire).count() == 2


def test_answering_a_settled_question_again_is_refused(new_hire):
    lesson = lessons_of(make_course(lessons=1))[0]
    block = lesson.knowledge_checks[0]
    services.knowledge_check_answer(user=new_hire, lesson=lesson, block_id=block.id, choice=1)
    with pytest.raises(services.AlreadyAnsweredError):
        services.knowledge_check_answer(user=new_hire, lesson=lesson, block_id=block.id, choice=1)


@pytest.mark.parametrize("choice", [-1, 3, 99, "x", None])
def test_a_choice_that_does_not_exist_is_refused(new_hire, choice):
    lesson = lessons_of(make_course(lessons=1))[0]
    with pytest.raises(services.InvalidChoiceError):
        services.knowledge_check_answer(
            user=new_hire, lesson=lesson, block_id=lesson.knowledge_checks[0].id, choice=choice
        )


def test_an_unknown_question_is_refused(new_hire):
    lesson = lessons_of(make_course(lessons=1))[0]
    with pytest.raises(services.UnknownQuestionError):
        services.knowledge_check_answer(user=new_hire, lesson=lesson, block_id="nope", choice=0)


def test_a_lesson_with_unanswered_checks_cannot_be_marked_complete(new_hire):
    lesson = lessons_of(make_course(lessons=1, checks=2))[0]
    with pytest.raises(services.LessonIncompleteError):
        services.lesson_complete(user=new_hire, lesson=lesson)


def test_a_lesson_without_checks_is_completed_by_marking_it(new_hire):
    course = make_course(lessons=1, checks=0)
    services.lesson_complete(user=new_hire, lesson=lessons_of(course)[0])
    progress = selectors.course_progress_for(new_hire, [course])[course.pk]
    assert progress.completed and progress.percent == 100


def test_the_course_completes_when_every_lesson_and_check_is_done(new_hire):
    course = make_course(lessons=3, checks=2)
    lessons = lessons_of(course)
    for lesson in lessons[:2]:
        answer_all(new_hire, lesson)
    progress = selectors.course_progress_for(new_hire, [course])[course.pk]
    assert not progress.completed and progress.percent == 67
    answer_all(new_hire, lessons[2])
    progress = selectors.course_progress_for(new_hire, [course])[course.pk]
    assert progress.completed and progress.percent == 100
    assert Enrolment.objects.get(user=new_hire, course=course).completed_at
    assert course.pk in selectors.completed_course_ids(new_hire)


def test_course_completion_calls_the_after_course_completed_hook(new_hire):
    from wagtail import hooks

    seen = []
    with hooks.register_temporarily(lms_hooks.AFTER_COURSE_COMPLETED, seen.append):
        finish_course(new_hire, make_course(lessons=1))
    assert len(seen) == 1 and seen[0].user == new_hire


def test_resume_opens_the_last_unfinished_lesson(new_hire):
    course = make_course(lessons=3)
    first, second, third = lessons_of(course)
    answer_all(new_hire, first)
    assert selectors.course_progress_for(new_hire, [course])[course.pk].next_lesson == second
    services.lesson_open(user=new_hire, lesson=third)
    assert selectors.course_progress_for(new_hire, [course])[course.pk].next_lesson == third
    answer_all(new_hire, third)
    assert selectors.course_progress_for(new_hire, [course])[course.pk].next_lesson == second


def test_previous_and_next_follow_the_page_tree_order(new_hire):
    first, second, third = lessons_of(make_course(lessons=3))
    context = selectors.lesson_page_context(new_hire, lesson=second)
    assert context["previous_lesson"] == first and context["next_lesson"] == third
    assert selectors.lesson_page_context(new_hire, lesson=first)["previous_lesson"] is None
    assert selectors.lesson_page_context(new_hire, lesson=third)["next_lesson"] is None


def test_a_course_with_unfinished_prerequisites_is_locked_and_says_what_to_finish(new_hire):
    basics = make_course("Basics", lessons=1)
    advanced = make_course("Advanced", lessons=1, prerequisites=[basics])
    progress = selectors.course_progress_for(new_hire, [advanced])[advanced.pk]
    assert progress.locked and progress.locked_reason == "Finish “Basics” first."
    with pytest.raises(services.CourseLockedError, match="Basics"):
        services.course_enrol(user=new_hire, course=advanced)
    with pytest.raises(services.CourseLockedError):
        answer_all(new_hire, lessons_of(advanced)[0])
    finish_course(new_hire, basics)
    assert not selectors.course_progress_for(new_hire, [advanced])[advanced.pk].locked


def test_prerequisites_do_not_lock_trainers(trainer):
    basics = make_course("Basics", lessons=1)
    advanced = make_course("Advanced", lessons=1, prerequisites=[basics])
    assert not selectors.course_progress_for(trainer, [advanced])[advanced.pk].locked


def test_new_hires_are_enrolled_in_the_onboarding_path(new_hire):
    courses = [make_course("One", lessons=1), make_course("Two", lessons=1)]
    make_path(courses)
    services.onboarding_enrol(user=new_hire)
    services.onboarding_enrol(user=new_hire)
    enrolments = Enrolment.objects.filter(user=new_hire)
    assert {e.course_id for e in enrolments} == {c.pk for c in courses}
    assert {e.source for e in enrolments} == {"auto"}


def test_the_dashboard_continues_with_the_first_unfinished_course_of_the_path(new_hire):
    one, two = make_course("One", lessons=1), make_course("Two", lessons=2)
    make_path([one, two])
    finish_course(new_hire, one)
    home = dashboard.dashboard_for(new_hire)
    assert home.continue_course == two
    assert home.continue_lesson == lessons_of(two)[0]
    assert [p.percent for _, p in home.path_items] == [100, 0]
    assert home.path_percent == 50
    assert [c for c, _ in home.completed] == [one]


def test_time_spent_adds_up_and_is_capped_per_report(new_hire):
    lesson = lessons_of(make_course(lessons=1))[0]
    services.lesson_open(user=new_hire, lesson=lesson)
    services.lesson_time_record(user=new_hire, lesson=lesson, seconds=40)
    total = services.lesson_time_record(user=new_hire, lesson=lesson, seconds=10**6)
    assert total == 40 + services.MAX_SECONDS_PER_REPORT
