"""Taking quizzes: all question types through the form, draw, time limit, wait, attempts,
double submits, which attempt counts, pinned revisions."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail import hooks

from assessments.models import QuizAnswer, QuizAttempt, SkillEvidence
from assessments.selectors import attempt_question_views, quiz_status_for
from assessments.services import QuizError, quiz_attempt_start, quiz_attempt_submit
from lms import hooks as lms_hooks
from tests.assessments.factories import quiz

pytestmark = pytest.mark.django_db


def form_data(attempt, *, right=True, action="submit"):
    """POST data answering every drawn question (rightly or wrongly) as the page would."""
    data = {"action": action}
    for view in attempt_question_views(attempt):
        q, name = view.question, view.field
        if q.kind == "single":
            data[name] = next(c.id for c in q.choices if c.correct is right)
        elif q.kind == "multiple":
            data[name] = [c.id for c in q.choices if c.correct is right]
        elif q.kind == "true_false":
            data[name] = str(q.answer if right else not q.answer).lower()
        elif q.kind == "ordering":
            order = [i.id for i in q.items] if right else [i.id for i in reversed(q.items)]
            for item in view.items:
                data[f"{name}_{item.id}"] = order.index(item.id) + 1
        elif q.kind == "matching":
            ids = [p.id for p in q.pairs]
            for i, p in enumerate(q.pairs):
                data[f"{name}_{p.id}"] = p.id if right else ids[(i + 1) % len(ids)]
        elif q.kind == "short_text":
            data[name] = "$15" if right else "twenty"
    return data


def start(client, quiz_obj):
    response = client.post(f"/assessments/quizzes/{quiz_obj.pk}/")
    assert response.status_code == 302
    return QuizAttempt.objects.filter(quiz=quiz_obj).latest("started_at")


def test_an_agent_takes_a_quiz_of_every_question_type_and_passes(client_for, agent):
    q = quiz()
    client = client_for(agent)
    assert "Start the quiz" in client.get(f"/assessments/quizzes/{q.pk}/").content.decode()
    attempt = start(client, q)
    page = client.get(f"/assessments/attempts/{attempt.pk}/").content.decode()
    for kind in ("radio", "checkbox", "Position 1", "Choose…", 'type="text"'):
        assert kind in page
    response = client.post(f"/assessments/attempts/{attempt.pk}/", form_data(attempt), follow=True)
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.passed
    assert QuizAnswer.objects.filter(attempt=attempt, correct=True).count() == 6
    assert "Your answers are submitted." in response.content.decode()
    assert set(
        SkillEvidence.objects.filter(quiz_attempt=attempt).values_list("skill__slug", flat=True)
    ) == {"policy-compliance", "clear-communication", "empathy"}


def test_wrong_answers_score_zero_and_get_feedback_but_not_the_answers_yet(client_for, agent):
    q = quiz()
    client = client_for(agent)
    attempt = start(client, q)
    response = client.post(
        f"/assessments/attempts/{attempt.pk}/", form_data(attempt, right=False), follow=True
    )
    attempt.refresh_from_db()
    assert attempt.score == 0 and not attempt.passed
    html = response.content.decode()
    assert "That is another shop." in html or "Too generous." in html  # choice feedback
    assert "Right answer" not in html
    assert "Try again" in html


def test_double_submit_is_ignored_with_a_message_and_counted_once(client_for, agent):
    q = quiz()
    client = client_for(agent)
    attempt = start(client, q)
    seen = []
    with hooks.register_temporarily(lms_hooks.AFTER_QUIZ_ATTEMPT_SUBMITTED, seen.append):
        client.post(f"/assessments/attempts/{attempt.pk}/", form_data(attempt))
        second = client.post(
            f"/assessments/attempts/{attempt.pk}/", form_data(attempt, right=False), follow=True
        )
    attempt.refresh_from_db()
    assert attempt.score == 100
    assert len(seen) == 1
    assert "already submitted" in second.content.decode()
    assert QuizAttempt.objects.filter(user=agent, quiz=q).count() == 1


def test_answers_after_the_time_limit_are_not_counted(agent):
    q = quiz(time_limit_minutes=10)
    attempt = quiz_attempt_start(user=agent, quiz=q)
    assert attempt.deadline == attempt.started_at + timedelta(minutes=10)
    views = attempt_question_views(attempt)
    single = next(v for v in views if v.question.kind == "single")
    right = next(c.id for c in single.question.choices if c.correct)
    from assessments.services import quiz_answers_save

    assert quiz_answers_save(attempt=attempt, responses={single.question.id: right})
    late = attempt.deadline + timedelta(minutes=5)
    everything = {v.question.id: None for v in views}
    result = quiz_attempt_submit(attempt=attempt, responses=everything, now=late)
    assert result.status == "late"
    attempt.refresh_from_db()
    assert attempt.late and attempt.submitted_at == attempt.deadline
    assert attempt.score == round(100 / 6)  # only the answer saved in time counts


def test_the_page_explains_a_late_submission(client_for, agent):
    q = quiz(time_limit_minutes=5)
    client = client_for(agent)
    attempt = start(client, q)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        started_at=timezone.now() - timedelta(minutes=30),
        deadline=timezone.now() - timedelta(minutes=25),
    )
    response = client.post(f"/assessments/attempts/{attempt.pk}/", form_data(attempt), follow=True)
    assert "Time was up" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.late and attempt.score == 0


def test_an_abandoned_timed_attempt_is_closed_when_the_learner_comes_back(client_for, agent):
    q = quiz(time_limit_minutes=5)
    attempt = quiz_attempt_start(user=agent, quiz=q)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(hours=1))
    client_for(agent).get(f"/assessments/quizzes/{q.pk}/")
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.late


def test_the_timer_is_shown_with_the_servers_deadline(client_for, agent):
    q = quiz(time_limit_minutes=15)
    client = client_for(agent)
    attempt = start(client, q)
    html = client.get(f"/assessments/attempts/{attempt.pk}/").content.decode()
    assert "data-quiz-timer" in html and "data-deadline" in html


def test_a_wait_between_attempts_is_enforced_then_lifts(client_for, agent):
    q = quiz(wait_minutes=60)
    client = client_for(agent)
    attempt = start(client, q)
    client.post(f"/assessments/attempts/{attempt.pk}/", form_data(attempt, right=False))
    with pytest.raises(QuizError) as info:
        quiz_attempt_start(user=agent, quiz=q)
    assert info.value.code == "wait"
    html = client.get(f"/assessments/quizzes/{q.pk}/").content.decode()
    assert "You can try again in" in html
    response = client.post(f"/assessments/quizzes/{q.pk}/", follow=True)
    assert "You can try again in" in response.content.decode()
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        submitted_at=timezone.now() - timedelta(hours=2)
    )
    assert quiz_attempt_start(user=agent, quiz=q).number == 2


def test_attempts_run_out(agent):
    q = quiz(attempts_allowed=2)
    for _ in range(2):
        attempt = quiz_attempt_start(user=agent, quiz=q)
        quiz_attempt_submit(attempt=attempt, responses={})
    with pytest.raises(QuizError, match="all 2 attempts") as info:
        quiz_attempt_start(user=agent, quiz=q)
    assert info.value.code == "exhausted"
    status = quiz_status_for(agent, q)
    assert status.attempts_left == 0 and not status.can_start


def test_once_attempts_are_exhausted_the_right_answers_are_shown(client_for, agent):
    q = quiz(attempts_allowed=1)
    client = client_for(agent)
    attempt = start(client, q)
    html = client.post(
        f"/assessments/attempts/{attempt.pk}/", form_data(attempt, right=False), follow=True
    ).content.decode()
    assert "Right answer" in html and "30 days" in html


def test_an_open_attempt_is_resumed_not_duplicated(agent):
    q = quiz()
    first = quiz_attempt_start(user=agent, quiz=q)
    assert quiz_attempt_start(user=agent, quiz=q) == first


def test_save_keeps_answers_for_later(client_for, agent):
    q = quiz()
    client = client_for(agent)
    attempt = start(client, q)
    client.post(f"/assessments/attempts/{attempt.pk}/", form_data(attempt, action="save"))
    attempt.refresh_from_db()
    assert not attempt.is_submitted
    assert attempt.answers.count() == 6
    html = client.get(f"/assessments/attempts/{attempt.pk}/").content.decode()
    assert "checked" in html and 'value="$15"' in html


@pytest.mark.parametrize(("counting", "expected"), [("highest", 100), ("latest", 0)])
def test_which_attempt_counts(agent, counting, expected):
    q = quiz(counting=counting)
    views_right = None
    first = quiz_attempt_start(user=agent, quiz=q)
    views_right = {
        v.question.id: (
            next(c.id for c in v.question.choices if c.correct)
            if v.question.kind == "single"
            else None
        )
        for v in attempt_question_views(first)
    }
    quiz_attempt_submit(attempt=first, responses=views_right)
    second = quiz_attempt_start(user=agent, quiz=q)
    quiz_attempt_submit(attempt=second, responses={})
    counted = quiz_status_for(agent, q).counted
    assert (
        counted.score
        == {"highest": first.__class__.objects.get(pk=first.pk).score, "latest": 0}[counting]
    )
    assert (counted.pk == first.pk) is (counting == "highest")
    assert expected in (100, 0)


def test_draw_gives_each_attempt_n_questions(agent):
    q = quiz(draw=3)
    attempt = quiz_attempt_start(user=agent, quiz=q)
    assert len(attempt.layout) == 3
    quiz_attempt_submit(attempt=attempt, responses={})
    assert attempt.answers.count() == 3


def test_editing_the_quiz_never_changes_an_attempt_in_progress(agent):
    q = quiz()
    attempt = quiz_attempt_start(user=agent, quiz=q)
    question = q.questions.get(kind="single")
    question.prompt = "Rewritten while the learner was answering"
    question.save()
    q.save_revision().publish()
    views = attempt_question_views(QuizAttempt.objects.get(pk=attempt.pk))
    prompts = [v.question.prompt for v in views]
    assert "How many days is the return window?" in prompts
    assert "Rewritten while the learner was answering" not in prompts


def test_a_learner_cannot_open_someone_elses_attempt(client_for, agent, other_agent):
    q = quiz()
    attempt = quiz_attempt_start(user=agent, quiz=q)
    client = client_for(other_agent)
    assert client.get(f"/assessments/attempts/{attempt.pk}/").status_code == 404
    assert (
        client.post(f"/assessments/attempts/{attempt.pk}/", {"action": "submit"}).status_code == 404
    )
    quiz_attempt_submit(attempt=attempt, responses={})
    assert client.get(f"/assessments/attempts/{attempt.pk}/result/").status_code == 404


def test_a_tampered_form_can_only_lose_points(client_for, agent):
    q = quiz()
    client = client_for(agent)
    attempt = start(client, q)
    data = {f"q{v.question.id}": "not-a-choice" for v in attempt_question_views(attempt)}
    data["action"] = "submit"
    assert client.post(f"/assessments/attempts/{attempt.pk}/", data).status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 0


def test_unpublished_quizzes_cannot_be_taken(client_for, agent):
    q = quiz()
    q.live = False
    q.save()
    assert client_for(agent).get(f"/assessments/quizzes/{q.pk}/").status_code == 404


def test_the_quiz_list_shows_status(client_for, agent):
    q = quiz()
    attempt = quiz_attempt_start(user=agent, quiz=q)
    html = client_for(agent).get("/assessments/quizzes/").content.decode()
    assert q.title in html and "In progress" in html
    quiz_attempt_submit(attempt=attempt, responses={})
    assert "Not passed yet" in client_for(agent).get("/assessments/quizzes/").content.decode()
