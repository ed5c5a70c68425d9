"""Quizzes, rubrics, grades and skill evidence.

A package because the app holds several concepts: quizzes (``quizzes.py``), rubrics
(``rubrics.py``), grades of calls with their overrides (``grades.py``), the grading
queue that makes sure every finished call gets a grade (``grading_jobs.py``), and the
skill evidence every graded activity leaves (``skills.py``). Workflows live in
``services``.
"""

from .grades import CriterionScore, Grade, GradeOverride
from .grading_jobs import GradingJob, GradingStatus
from .quizzes import CountingPolicy, Quiz, QuizAnswer, QuizAttempt, QuizQuestion
from .rubrics import Criterion, CriterionKind, Rubric, Section
from .skills import EvidenceSource, SkillEvidence

__all__ = [
    "CountingPolicy",
    "Criterion",
    "CriterionKind",
    "CriterionScore",
    "EvidenceSource",
    "Grade",
    "GradeOverride",
    "GradingJob",
    "GradingStatus",
    "Quiz",
    "QuizAnswer",
    "QuizAttempt",
    "QuizQuestion",
    "Rubric",
    "Section",
    "SkillEvidence",
]
