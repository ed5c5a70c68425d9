"""Durable grading: a finished call is always graded, failures are kept and retried."""

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone

from assessments.models import Grade, GradingJob, GradingStatus
from assessments.services import GRADING_MAX_ATTEMPTS, grading_queue, session_grade_durably
from tests.assessments.factories import ended_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def locked_database(monkeypatch):
    """The grader's write fails as SQLite does under a burst of writers."""
    calls = []

    def fail(*, session, grader="offline"):
        calls.append(session.pk)
        raise OperationalError("database is locked")

    monkeypatch.setattr(grading_queue, "session_grade", fail)
    return calls


def test_ending_a_call_queues_it_and_the_task_grades_it(agent, late_order, golden):
    session = ended_session(agent, late_order, golden["01_late_order_good"], outcome="resolved")
    job = GradingJob.objects.get(session=session)
    assert job.status == GradingStatus.GRADED
    assert job.attempts == 1 and job.graded_at is not None and job.last_error == ""
    assert Grade.objects.filter(session=session).count() == 1


def test_a_failed_grading_is_recorded_never_swallowed(agent, late_order, golden, locked_database):
    session = ended_session(agent, late_order, golden["01_late_order_good"])
    session.refresh_from_db()
    assert session.is_ended  # the call is over and saved whatever grading did
    assert not Grade.objects.filter(session=session).exists()
    job = GradingJob.objects.get(session=session)
    assert job.status == GradingStatus.RETRYING
    assert job.attempts == 1
    assert "database is locked" in job.last_error
    assert job.next_attempt_at > timezone.now()


def test_grade_pending_grades_every_finished_call_without_a_grade(
    agent, late_order, golden, monkeypatch
):
    original = grading_queue.session_grade
    monkeypatch.setattr(
        grading_queue,
        "session_grade",
        lambda **kw: (_ for _ in ()).throw(OperationalError("database is locked")),
    )
    first = ended_session(agent, late_order, golden["01_late_order_good"])
    second = ended_session(agent, late_order, golden["01_late_order_good"])
    assert not Grade.objects.exists()
    monkeypatch.setattr(grading_queue, "session_grade", original)

    call_command("grade_pending")

    assert Grade.objects.filter(session__in=[first, second]).count() == 2
    assert set(GradingJob.objects.values_list("status", flat=True)) == {GradingStatus.GRADED}


def test_grade_pending_reports_and_exits_non_zero_when_a_call_cannot_be_graded(
    agent, late_order, golden, locked_database, capsys
):
    session = ended_session(agent, late_order, golden["01_late_order_good"])
    with pytest.raises(CommandError, match="1 call"):
        call_command("grade_pending")
    assert f"call {session.pk} could not be graded" in capsys.readouterr().err


def test_retries_stop_after_the_limit_and_the_failure_stays_visible(
    agent, late_order, golden, locked_database, client
):
    session = ended_session(agent, late_order, golden["01_late_order_good"])
    for _ in range(GRADING_MAX_ATTEMPTS - 1):
        with pytest.raises(OperationalError):
            session_grade_durably(session_id=session.pk)
    job = GradingJob.objects.get(session=session)
    assert job.status == GradingStatus.FAILED and job.attempts == GRADING_MAX_ATTEMPTS
    assert job.next_attempt_at is None

    client.force_login(agent)
    page = client.get(reverse("assessments:session_grade", args=[session.pk]))
    assert "Grading this call failed" in page.content.decode()
    assert b'http-equiv="refresh"' not in page.content
    api = client.get(f"/api/v1/simulations/sessions/{session.pk}/grade")
    assert api.status_code == 409 and "failed" in api.json()["detail"]


def test_while_grading_is_pending_the_agent_is_told_and_the_page_refreshes(
    agent, late_order, golden, locked_database, client
):
    session = ended_session(agent, late_order, golden["01_late_order_good"])
    client.force_login(agent)
    page = client.get(reverse("assessments:session_grade", args=[session.pk]))
    body = page.content.decode()
    assert "Your call is being graded" in body
    assert 'http-equiv="refresh"' in body
    api = client.get(f"/api/v1/simulations/sessions/{session.pk}/grade")
    assert api.status_code == 409 and "being graded" in api.json()["detail"]


def test_the_task_is_idempotent(agent, late_order, golden):
    session = ended_session(agent, late_order, golden["01_late_order_good"])
    grade = Grade.objects.get(session=session)
    again = session_grade_durably(session_id=session.pk)
    assert again.pk == grade.pk
    assert Grade.objects.filter(session=session).count() == 1
    again.refresh_from_db()
    assert again.created_at == grade.created_at  # not regraded


def test_with_the_database_queue_a_failure_is_retried_later_with_backoff(
    agent, late_order, golden, settings, locked_database
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    session = ended_session(agent, late_order, golden["01_late_order_good"])
    queued = DBTaskResult.objects.filter(task_path="assessments.tasks.grade_session_task")
    assert queued.count() == 1  # enqueued when the call ended, for the worker
    assert len(locked_database) == 1  # the request's own attempt failed...
    job = GradingJob.objects.get(session=session)
    assert job.status == GradingStatus.RETRYING  # ...was recorded, and the task is its retry

    with pytest.raises(OperationalError):
        session_grade_durably(session_id=session.pk)  # what the worker runs
    retry = queued.order_by("-enqueued_at").first()
    assert queued.count() == 2
    job.refresh_from_db()
    assert job.attempts == 2
    assert retry.run_after == job.next_attempt_at
    assert job.next_attempt_at > timezone.now()


def test_without_inline_grading_only_the_worker_grades(agent, late_order, golden, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.GRADING_INLINE = False
    session = ended_session(agent, late_order, golden["01_late_order_good"])
    assert not Grade.objects.filter(session=session).exists()
    assert GradingJob.objects.get(session=session).status == GradingStatus.PENDING
    task = DBTaskResult.objects.get(task_path="assessments.tasks.grade_session_task")
    assert task.args_kwargs["args"] == [session.pk]
    session_grade_durably(session_id=session.pk)  # the worker
    assert Grade.objects.filter(session=session).count() == 1


def test_with_inline_grading_the_review_is_ready_when_the_call_ends(
    agent, late_order, golden, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    session = ended_session(agent, late_order, golden["01_late_order_good"])
    assert Grade.objects.filter(session=session).exists()  # no worker has run
    assert GradingJob.objects.get(session=session).status == GradingStatus.GRADED


def test_retry_delays_grow_and_are_capped():
    delays = [grading_queue.retry_delay(n).total_seconds() for n in range(1, 12)]
    assert delays[:4] == [5, 10, 20, 40]
    assert delays == sorted(delays) and delays[-1] == 600


def test_trial_calls_are_not_queued(agent, late_order, golden):
    from simulations import services
    from simulations.models import SimulationSession

    session = ended_session(agent, late_order, golden["01_late_order_good"], grade=False)
    SimulationSession.objects.filter(pk=session.pk).update(is_trial=True)
    session.refresh_from_db()
    services.session_end(session=session, outcome="agent_ended")
    assert not GradingJob.objects.filter(session=session).exists()
    call_command("grade_pending")
    assert not Grade.objects.filter(session=session).exists()


def test_admins_see_the_grading_queue_read_only_and_others_do_not(
    agent, late_order, golden, locked_database, client, admin_user, trainer, manager
):
    session = ended_session(agent, late_order, golden["01_late_order_good"])
    url = reverse("grading_queue:index")
    client.force_login(admin_user)
    page = client.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "database is locked" in body and str(session.scenario) in body
    assert reverse("grading_queue:add") not in body
    assert client.get(reverse("grading_queue:add")).status_code in (302, 403)
    for person in (trainer, manager, agent):
        client.force_login(person)
        assert client.get(url).status_code in (302, 403)
