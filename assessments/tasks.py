"""Background work (django-tasks): grading a finished call, and its LLM regrade."""

from django_tasks import task


@task()
def grade_session_task(session_id: int) -> int | None:
    """Grade a finished call (idempotent); a failure is recorded and retried with backoff."""
    from .services.grading_queue import session_grade_durably

    grade = session_grade_durably(session_id=session_id)
    return grade.pk if grade else None


@task()
def regrade_session_llm_task(session_id: int) -> int | None:
    """Regrade a graded call with the LLM grader; the offline grade stands if it fails."""
    from simulations.models import SimulationSession

    from .services import session_grade_llm

    session = SimulationSession.objects.filter(pk=session_id).first()
    if session is None:
        return None
    grade = session_grade_llm(session=session)
    return grade.pk if grade else None
