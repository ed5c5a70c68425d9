"""Quizzes, rubrics, grades and skill evidence.

A package because the app holds several concepts: quizzes (``quizzes.py``), rubrics
(``rubrics.py``), grades of calls with their overrides (``grades.py``), disputes, reviews
and the human labels they leave (``reviews.py``), the grading queue that makes sure every
finished call gets a grade (``grading_jobs.py``), and the skill evidence every graded
activity leaves (``skills.py``). Workflows live in ``services``.
"""

from .grades import CriterionScore, Grade, GradeOverride
from .grading_jobs import GradingJob, GradingStatus
from .quizzes import CountingPolicy, Quiz, QuizAnswer, QuizAttempt, QuizQuestion
from .reviews import (
    DISPUTE_MAX_CHARS,
    CriterionLabel,
    GradeDispute,
    GradeReview,
    ReviewDecision,
)
from .rubrics import Criterion, CriterionKind, Rubric, Section
from .skills import EvidenceSource, SkillEvidence

__all__ = [
    "DISPUTE_MAX_CHARS",
    "CountingPolicy",
    "Criterion",
    "CriterionLabel",
    "CriterionKind",
    "CriterionScore",
    "EvidenceSource",
    "Grade",
    "GradeDispute",
    "GradeOverride",
    "GradeReview",
    "GradingJob",
    "GradingStatus",
    "Quiz",
    "QuizAnswer",
    "QuizAttempt",
    "QuizQuestion",
    "ReviewDecision",
    "Rubric",
    "Section",
    "SkillEvidence",
]
