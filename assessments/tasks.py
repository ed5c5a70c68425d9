"""Background work: the LLM regrade of a finished session (django-tasks)."""

from django_tasks import task


@task()
def grade_session_task(session_id: int) -> int | None:
    """Regrade a session with the LLM grader; the offline grade stands if it fails."""
    from simulations.models import SimulationSession

    from .services import session_grade_llm

    session = SimulationSession.objects.filter(pk=session_id).first()
    if session is None:
        return None
    grade = session_grade_llm(session=session)
    return grade.pk if grade else None
