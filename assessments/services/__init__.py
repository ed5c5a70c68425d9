"""Writes for assessments: quiz attempts, grades and overrides, skill evidence.

Split by concept (``quizzes``, ``grading``, ``reviews``, ``calibration``, ``trials``,
``skills``); import from here.
"""

from .calibration import certifiable_totals
from .grading import (
    GradeOverrideError,
    criterion_override,
    grading_data_for_session,
    session_grade,
    session_grade_llm,
    transcript_grade,
)
from .grading_queue import (
    GRADING_MAX_ATTEMPTS,
    PendingReport,
    grade_pending,
    grading_request,
    session_grade_durably,
    ungraded_sessions,
)
from .quizzes import (
    QuizError,
    SubmitResult,
    quiz_answers_save,
    quiz_attempt_start,
    quiz_attempt_submit,
    quiz_attempts_close_expired,
)
from .reviews import (
    DISPUTE_ACTION,
    REVIEW_ACTION,
    GradeDisputeError,
    GradeReviewError,
    grade_dispute_open,
    grade_review_complete,
)
from .skills import skill_evidence_for_attempt, skill_evidence_for_grade
from .trials import TrialGradeError, TrialGradeResult, trial_grade_preview

__all__ = [
    "DISPUTE_ACTION",
    "REVIEW_ACTION",
    "GradeDisputeError",
    "GradeReviewError",
    "TrialGradeError",
    "TrialGradeResult",
    "certifiable_totals",
    "grade_dispute_open",
    "grade_review_complete",
    "trial_grade_preview",
    "GRADING_MAX_ATTEMPTS",
    "PendingReport",
    "grade_pending",
    "grading_request",
    "session_grade_durably",
    "ungraded_sessions",
    "GradeOverrideError",
    "QuizError",
    "SubmitResult",
    "criterion_override",
    "grading_data_for_session",
    "quiz_answers_save",
    "quiz_attempt_start",
    "quiz_attempt_submit",
    "quiz_attempts_close_expired",
    "session_grade",
    "session_grade_llm",
    "skill_evidence_for_attempt",
    "skill_evidence_for_grade",
    "transcript_grade",
]
