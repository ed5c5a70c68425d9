"""Reads for assessments, by concept; import from here."""

from .grades import (
    TranscriptRow,
    grade_for_session,
    grades_for_user,
    grades_needing_review,
    grading_job_for,
    latest_grade_at,
    scenario_scores_for,
    transcript_rows,
)
from .quizzes import (
    QuestionView,
    QuizStatus,
    attempt_question_views,
    attempt_questions,
    attempt_quiz,
    quiz_list_for,
    quiz_list_for_course,
    quiz_status_for,
)
from .rubrics import rubric_for, rubric_resolve
from .skills import (
    Activity,
    SkillLevel,
    skill_activities,
    skill_chart,
    skill_profile_for,
    team_skill_levels,
)

__all__ = [
    "grading_job_for",
    "Activity",
    "QuestionView",
    "QuizStatus",
    "SkillLevel",
    "TranscriptRow",
    "attempt_question_views",
    "attempt_questions",
    "attempt_quiz",
    "grade_for_session",
    "grades_for_user",
    "grades_needing_review",
    "latest_grade_at",
    "quiz_list_for",
    "quiz_list_for_course",
    "quiz_status_for",
    "rubric_for",
    "rubric_resolve",
    "scenario_scores_for",
    "skill_activities",
    "skill_chart",
    "skill_profile_for",
    "team_skill_levels",
    "transcript_rows",
]
