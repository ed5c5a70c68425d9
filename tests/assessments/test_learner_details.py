"""What a learner notices on quizzes: explanations wait for the same moment as the right
answers, and the quiz of a locked course cannot be started, resumed or submitted."""

import pytest

from assessments.models import QuizAttempt
from assessments.selectors import attempt_questions, quiz_status_for
from assessments.services import QuizError, quiz_attempt_start, quiz_attempt_submit
from tests.assessments.factories import quiz
from tests.courses.factories import finish_course, make_course, make_path, publish

pytestmark = pytest.mark.django_db

EXPLANATION = "30 days from delivery."  # the return-window question's, in quiz_spec


def result_page(client, attempt) -> str:
    return client.get(f"/assessments/attempts/{attempt.pk}/result/").content.decode()


def failed_attempt(user, quiz_obj, responses=None):
    attempt = quiz_attempt_start(user=user, quiz=quiz_obj)
    return quiz_attempt_submit(attempt=attempt, responses=responses or {}).attempt


def right_answers(attempt) -> dict:
    """{question id: its right response} for every question the attempt drew."""
    responses = {}
    for q, _entry in attempt_questions(attempt):
        if q.kind == "single":
            responses[q.id] = next(c.id for c in q.choices if c.correct)
        elif q.kind == "multiple":
            responses[q.id] = [c.id for c in q.choices if c.correct]
        elif q.kind == "true_false":
            responses[q.id] = q.answer
        elif q.kind == "ordering":
            responses[q.id] = [i.id for i in q.items]
        elif q.kind == "matching":
            responses[q.id] = {p.id: p.id for p in q.pairs}
        else:
            responses[q.id] = q.accepted[0]
    return responses


# Explanations --------------------------------------------------------------------------


def test_no_explanation_before_the_learner_passes(client_for, agent):
    attempt = failed_attempt(agent, quiz())
    html = result_page(client_for(agent), attempt)
    assert "shown once you pass" in html
    assert EXPLANATION not in html and "Right answer" not in html


def test_explanations_appear_once_the_learner_passes(client_for, agent):
    q = quiz()
    failed = failed_attempt(agent, q)
    passing = quiz_attempt_start(user=agent, quiz=q)
    quiz_attempt_submit(attempt=passing, responses=right_answers(passing))
    client = client_for(agent)
    assert EXPLANATION in result_page(client, failed)
    assert "Right answer" in result_page(client, failed)


def test_explanations_appear_when_no_attempt_is_left(client_for, agent):
    attempt = failed_attempt(agent, quiz(attempts_allowed=1))
    assert EXPLANATION in result_page(client_for(agent), attempt)


def test_explanations_stay_shown_when_the_course_locks_after_the_last_attempt(client_for, agent):
    job = make_course("What the job is", lessons=1)
    final = make_course("Policies", lessons=1)
    attempt = failed_attempt(agent, quiz(course=final, attempts_allowed=1))
    final.prerequisites.set([job])
    publish(final)
    html = result_page(client_for(agent), attempt)
    assert EXPLANATION in html and "This course is locked." in html


def test_a_question_answered_right_keeps_its_explanation(client_for, agent):
    """Nothing to give away there: the learner's own answer is the right one."""
    q = quiz(pass_mark=100)
    attempt = quiz_attempt_start(user=agent, quiz=q)
    single = next(x.id for x, _entry in attempt_questions(attempt) if x.kind == "single")
    responses = {single: right_answers(attempt)[single]}
    attempt = quiz_attempt_submit(attempt=attempt, responses=responses).attempt
    assert not attempt.passed
    assert EXPLANATION in result_page(client_for(agent), attempt)


def test_a_manager_sees_the_explanations_of_a_team_members_attempt(
    client_for, agent, manager, team
):
    attempt = failed_attempt(agent, quiz())
    assert EXPLANATION in result_page(client_for(manager), attempt)


# A locked course's quiz ----------------------------------------------------------------


@pytest.fixture
def locked_quiz(db):
    job = make_course("What the job is", lessons=1)
    final = make_course("Policies", lessons=1, prerequisites=[job])
    make_path([job, final])
    return quiz(course=final, title="Onboarding final"), job


def test_the_quiz_page_says_what_to_finish_first_and_offers_no_start(
    client_for, new_hire, locked_quiz
):
    q, job = locked_quiz
    response = client_for(new_hire).get(f"/assessments/quizzes/{q.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "This course is locked." in html and "Finish “What the job is” first." in html
    assert f'href="{job.url}"' in html
    assert "Start the quiz" not in html
    assert quiz_status_for(new_hire, q).reason == "locked"


def test_posting_to_start_the_locked_quiz_is_refused(client_for, new_hire, locked_quiz):
    q, job = locked_quiz
    response = client_for(new_hire).post(f"/assessments/quizzes/{q.pk}/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Finish “What the job is” first." in html and f'href="{job.url}"' in html
    assert not QuizAttempt.objects.filter(quiz=q).exists()
    with pytest.raises(QuizError) as refused:
        quiz_attempt_start(user=new_hire, quiz=q)
    assert refused.value.code == "locked"


def test_an_attempt_opened_before_the_lock_cannot_be_resumed_or_submitted(client_for, new_hire, db):
    job = make_course("What the job is", lessons=1)
    final = make_course("Policies", lessons=1)
    q = quiz(course=final)
    attempt = quiz_attempt_start(user=new_hire, quiz=q)
    final.prerequisites.set([job])  # a trainer adds the prerequisite afterwards
    publish(final)
    client = client_for(new_hire)
    assert client.get(f"/assessments/attempts/{attempt.pk}/").status_code == 403
    response = client.post(f"/assessments/attempts/{attempt.pk}/", {"action": "submit"})
    assert response.status_code == 403
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    with pytest.raises(QuizError):
        quiz_attempt_submit(attempt=attempt, responses={})


def test_the_quiz_opens_with_the_course(client_for, new_hire, trainer, locked_quiz):
    q, job = locked_quiz
    assert client_for(trainer).post(f"/assessments/quizzes/{q.pk}/").status_code == 302
    finish_course(new_hire, job)
    assert client_for(new_hire).post(f"/assessments/quizzes/{q.pk}/").status_code == 302


def test_the_quiz_list_and_the_course_page_mark_the_locked_quiz(client_for, new_hire, locked_quiz):
    q, _job = locked_quiz
    client = client_for(new_hire)
    listing = client.get("/assessments/quizzes/").content.decode()
    assert "Locked" in listing and "Finish “What the job is” first." in listing
    course_page = client.get(q.course.url).content.decode()
    knowledge_checks = course_page.split('id="course-quizzes-title"')[1]
    assert "Onboarding final" in knowledge_checks and "Locked" in knowledge_checks
