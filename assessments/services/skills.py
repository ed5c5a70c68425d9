"""Skill evidence written by graded activities: a quiz attempt, a call grade.

Rebuilt whole for an activity each time (an override or a regrade replaces the rows),
so a skill profile always reflects the current scores.
"""

from __future__ import annotations

from collections import defaultdict

from django.urls import reverse

from courses.models import Skill

from ..models import EvidenceSource, Grade, QuizAttempt, SkillEvidence

# A graded call shows more of a skill than one quiz question does.
CALL_WEIGHT = 2.0
QUIZ_WEIGHT = 1.0


def _skills_by_slug(slugs) -> dict[str, Skill]:
    return {s.slug: s for s in Skill.objects.filter(slug__in=set(slugs))}


def skill_evidence_for_grade(*, grade: Grade) -> list[SkillEvidence]:
    """One row per skill the grade's applicable criteria touch, with its weighted score."""
    SkillEvidence.objects.filter(grade=grade).delete()
    earned: dict[str, float] = defaultdict(float)
    weights: dict[str, float] = defaultdict(float)
    for c in grade.criterion_scores.all():
        if not c.applicable or not c.max:
            continue
        for slug in c.skills:
            earned[slug] += c.weight * c.score / c.max
            weights[slug] += c.weight
    skills = _skills_by_slug(earned)
    url = reverse("assessments:session_grade", args=[grade.session_id]) if grade.session_id else ""
    rows = [
        SkillEvidence(
            user_id=grade.user_id,
            skill=skills[slug],
            score=round(100 * earned[slug] / weights[slug]),
            weight=CALL_WEIGHT,
            source=EvidenceSource.CALL,
            label=str(grade.scenario)[:200],
            url=url,
            grade=grade,
            occurred_at=grade.session.ended_at if grade.session_id else grade.created_at,
        )
        for slug in sorted(earned)
        if slug in skills and weights[slug]
    ]
    return SkillEvidence.objects.bulk_create(rows)


def skill_evidence_for_attempt(*, attempt: QuizAttempt, questions) -> list[SkillEvidence]:
    """One row per skill the attempt's questions are tagged with: the mean question score.

    ``questions`` are (QuestionData, score 0..1) pairs for the drawn questions.
    """
    SkillEvidence.objects.filter(quiz_attempt=attempt).delete()
    totals: dict[str, list[float]] = defaultdict(list)
    for question, score in questions:
        for slug in question.skills:
            totals[slug].append(score)
    skills = _skills_by_slug(totals)
    url = reverse("assessments:quiz_result", args=[attempt.pk])
    rows = [
        SkillEvidence(
            user_id=attempt.user_id,
            skill=skills[slug],
            score=round(100 * sum(scores) / len(scores)),
            weight=QUIZ_WEIGHT,
            source=EvidenceSource.QUIZ,
            label=str(attempt.quiz)[:200],
            url=url,
            quiz_attempt=attempt,
            occurred_at=attempt.submitted_at,
        )
        for slug, scores in sorted(totals.items())
        if slug in skills
    ]
    return SkillEvidence.objects.bulk_create(rows)
