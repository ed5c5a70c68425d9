"""One person's records for their manager: courses, quizzes, calls, skills, certificates,
needs and assignments."""

from __future__ import annotations

from dataclasses import dataclass, replace

from assessments.models import QuizAttempt
from courses.models import Enrolment
from courses.selectors import course_progress_for
from simulations.models import SimulationSession

from ..models import AssignmentStatus, NeedStatus, RetrainingNeed, RuleEvaluationLog
from .assignments import assignment_list_for_people
from .attempts import uncounted_attempts_for
from .certificates import certificate_list_for
from .needs import needs_with_evidence
from .skills import EMPTY, skill_levels_for_users, skill_list


@dataclass
class PersonOverview:
    courses: list
    quiz_attempts: list
    sessions: list
    skills: list
    certificates: list
    needs: list
    assignments: list
    evaluations: list

    @property
    def open_needs(self) -> list:
        return [n for n in self.needs if n.status == NeedStatus.OPEN]


def _with_uncounted(rows: list) -> list:
    """Each open assignment with the attempts that did not count toward it, and why."""
    uncounted = uncounted_attempts_for(
        [r.assignment for r in rows if r.status != AssignmentStatus.COMPLETED]
    )
    return [replace(r, not_counted=uncounted.get(r.assignment.pk, [])) for r in rows]


def person_overview(person, *, request=None, limit: int = 20) -> PersonOverview:
    enrolments = list(
        Enrolment.objects.filter(user=person).select_related("course").order_by("-enrolled_at")
    )
    progress = course_progress_for(person, [e.course for e in enrolments])
    attempts = list(
        QuizAttempt.objects.filter(user=person, submitted_at__isnull=False)
        .select_related("quiz")
        .order_by("-submitted_at")[:limit]
    )
    sessions = list(
        SimulationSession.objects.filter(user=person, is_trial=False)
        .select_related("scenario", "grade")
        .order_by("-started_at")[:limit]
    )
    levels = skill_levels_for_users([person.pk]).get(person.pk, {})
    skills = [(s, levels.get(s.pk, EMPTY)) for s in skill_list()]
    needs = list(
        needs_with_evidence(RetrainingNeed.objects.filter(user=person))
        .select_related(
            "rule",
            "skill",
            "suggested_course",
            "suggested_lesson",
            "suggested_scenario",
            "resolved_by_assignment",
        )
        .order_by("status", "-last_evidence_at", "-pk")[:limit]
    )
    evaluations = list(RuleEvaluationLog.objects.filter(user=person).select_related("rule")[:6])
    return PersonOverview(
        courses=[(e, progress.get(e.course.pk)) for e in enrolments],
        quiz_attempts=attempts,
        sessions=sessions,
        skills=skills,
        certificates=list(certificate_list_for(person)),
        needs=needs,
        assignments=_with_uncounted(assignment_list_for_people([person.pk], request=request)),
        evaluations=evaluations,
    )
