"""The assessments API.

    POST /api/v1/assessments/grade-transcript     grade an external transcript (QA teams):
        {"transcript": [...], "scenario"?: slug, "rubric"?: slug, "language"?: "en"}.
        With no scenario, the default QA scorecard and its default policy.
    GET  /api/v1/simulations/sessions/{id}/grade  a finished session's grade

The second lives in ``session_grade_router``, which lms/api.py mounts under /simulations/.

Both answer the same shape: {"score", "passed", "critical_fail", "criteria": [{"key",
"label", "score", "max", "applicable", "evidence": [{"turn", "quote"}]}], "skills",
"flags"}. Errors: 401 unauthenticated, 403 a role that may not grade transcripts, 404 an
unknown scenario or rubric, or a session the caller may not see, 409 a call still in progress or
not graded, 422 an empty transcript, a bad speaker or an over-long line.
"""

from __future__ import annotations

from typing import Literal

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from pydantic import field_validator, model_validator

from simulations.models import Scenario, SimulationSession

from .models import GradingStatus
from .permissions import can_grade_transcripts, can_view_grade
from .selectors import UnknownRubric, grade_for_session, grading_job_for
from .services import transcript_grade
from .services.grading import grade_result_of
from .transcripts import MAX_LINE_CHARS, MAX_LINES, MAX_TOTAL_CHARS

router = Router(tags=["assessments"])
session_grade_router = Router(tags=["assessments"])


class LineIn(Schema):
    speaker: Literal["agent", "customer"]
    text: str = Field(..., max_length=MAX_LINE_CHARS)

    @field_validator("text")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("is empty")
        return value.strip()


class TranscriptIn(Schema):
    scenario: str | None = Field(None, min_length=1, max_length=80)
    rubric: str | None = Field(None, min_length=1, max_length=80)
    language: Literal["en", "fr", "zh-hans", "id", "bg"] = "en"
    transcript: list[LineIn] = Field(..., min_length=1, max_length=MAX_LINES)

    @model_validator(mode="after")
    def within_limits(self):
        if sum(len(line.text) for line in self.transcript) > MAX_TOTAL_CHARS:
            raise ValueError(f"the transcript is over {MAX_TOTAL_CHARS} characters")
        if not any(line.speaker == "agent" for line in self.transcript):
            raise ValueError("the transcript has no agent lines to grade")
        return self


class EvidenceOut(Schema):
    turn: int
    quote: str


class CriterionOut(Schema):
    key: str
    label: str
    score: int
    max: int
    applicable: bool
    evidence: list[EvidenceOut]


class GradeOut(Schema):
    score: int
    passed: bool
    critical_fail: bool
    criteria: list[CriterionOut]
    skills: dict[str, int]
    flags: list[dict]


class ErrorOut(Schema):
    detail: str


@router.post(
    "/grade-transcript",
    response={200: GradeOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Grade an external transcript (the QA scorecard, or a scenario's rubric)",
)
def grade_transcript(request, payload: TranscriptIn):
    """Trainers, managers and admins (QA work). Nothing is stored."""
    if not can_grade_transcripts(request.user):
        raise PermissionDenied("Grading transcripts is for trainers, managers and admins.")
    scenario = None
    if payload.scenario:
        scenario = Scenario.objects.filter(slug=payload.scenario).first()
        if scenario is None:
            raise Http404(f"Unknown scenario '{payload.scenario}'.")
    lines = [{"speaker": line.speaker, "text": line.text} for line in payload.transcript]
    try:
        result = transcript_grade(
            scenario=scenario,
            rubric=payload.rubric or "",
            language=scenario.language if scenario else payload.language,
            lines=lines,
        )
    except UnknownRubric:
        raise Http404(f"Unknown rubric '{payload.rubric}'.") from None
    return result.to_dict()


@session_grade_router.get(
    "/sessions/{session_id}/grade",
    response={200: GradeOut, 404: ErrorOut, 409: ErrorOut},
    summary="A finished session's grade",
)
def session_grade(request, session_id: int):
    """The owner, their managers, trainers and admins; 404 for anyone else."""
    session = SimulationSession.objects.select_related("user").filter(pk=session_id).first()
    if session is None or not can_view_grade(request.user, session.user):
        raise Http404("Session not found.")
    if session.is_active:
        raise HttpError(409, "The call is still in progress: it is graded when it ends.")
    grade = grade_for_session(session)
    if grade is None:
        if session.is_trial:
            raise HttpError(409, "A trial run is never graded.")
        job = grading_job_for(session)
        if job is not None and job.status == GradingStatus.FAILED:
            raise HttpError(
                409, "Grading this call failed; it is retried by 'manage.py grade_pending'."
            )
        raise HttpError(409, "This call is being graded: ask again in a few seconds.")
    return grade_result_of(grade).to_dict()
