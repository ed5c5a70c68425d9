"""Certification test state: programs, scenarios, quizzes, grades and skill evidence.

Grades and attempts are written directly (not through the graders) so a test says
exactly which score, critical fail and evidence it is about.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import count

from django.utils import timezone

from assessments.models import CriterionScore, Grade, Quiz, QuizAttempt, SkillEvidence
from certification.models import CertificationProgram, RetrainingRule
from courses.models import Skill
from simulations.models import Persona, Scenario, SimulationSession

_seq = count(1)


def skill(slug: str = "empathy") -> Skill:
    return Skill.objects.get(slug=slug)


def make_scenario(title: str = "Late order, angry customer", *, skills=("empathy",), slug=None):
    n = next(_seq)
    persona = Persona.objects.create(name=f"Dana {n}", slug=f"dana-{n}", temperament="angry")
    persona.save_revision().publish()
    scenario = Scenario(
        slug=slug or f"scenario-{n}",
        title=title,
        persona=persona,
        customer_name="Mrs Alvarez",
        problem="Her order is a week late.",
        goal="A clear date and an apology.",
        opening_line="Where is my order?",
    )
    scenario.save()
    scenario.skills.set([skill(s) for s in skills])
    scenario.save_revision().publish()
    return Scenario.objects.get(pk=scenario.pk)


def make_quiz(title: str = "Policies check", *, course=None, pass_mark: int = 80) -> Quiz:
    n = next(_seq)
    quiz = Quiz(title=title, slug=f"quiz-{n}", course=course, pass_mark=pass_mark)
    quiz.save()
    quiz.save_revision().publish()
    return Quiz.objects.get(pk=quiz.pk)


def pass_quiz(user, quiz, *, score: int = 90, passed: bool = True, when=None) -> QuizAttempt:
    when = when or timezone.now()
    number = QuizAttempt.objects.filter(user=user, quiz=quiz).count() + 1
    return QuizAttempt.objects.create(
        user=user,
        quiz=quiz,
        number=number,
        started_at=when - timedelta(minutes=5),
        submitted_at=when,
        score=score,
        passed=passed,
    )


def grade_call(
    user,
    scenario,
    *,
    score: int = 80,
    critical_fail: bool = False,
    when=None,
    skills=("empathy",),
    quotes=("Calm down, it's not my fault.",),
    with_session: bool = True,
) -> Grade:
    """A graded call: session, grade, a lost criterion with quoted evidence, skill evidence."""
    when = when or timezone.now()
    session = None
    if with_session:
        session = SimulationSession.objects.create(
            user=user,
            scenario=scenario,
            status="ended",
            outcome="resolved",
            started_at=when - timedelta(minutes=6),
            ended_at=when - timedelta(minutes=1),
            mood_start=30,
            mood_end=55,
        )
    grade = Grade.objects.create(
        session=session,
        user=user,
        scenario=scenario,
        score=score,
        passed=score >= 70 and not critical_fail,
        critical_fail=critical_fail,
        created_at=when,
    )
    CriterionScore.objects.create(
        grade=grade,
        position=0,
        key="acknowledge-feelings",
        label="Acknowledged the customer's feelings",
        score=0 if score < 70 else 2,
        max=2,
        critical=False,
        evidence=[{"turn": 2, "quote": q} for q in quotes],
        tip="Name the feeling before the fix: “I can hear how frustrating this is.”",
        skills=list(skills),
    )
    if critical_fail:
        CriterionScore.objects.create(
            grade=grade,
            position=1,
            key="no-forbidden-promise",
            label="Did not promise a refund outside policy",
            score=0,
            max=1,
            critical=True,
            evidence=[{"turn": 4, "quote": "I'll refund you whatever happens."}],
            skills=["policy-compliance"],
        )
    for slug in skills:
        SkillEvidence.objects.create(
            user=user,
            skill=skill(slug),
            score=score,
            source="call",
            label=scenario.title,
            grade=grade,
            occurred_at=when,
        )
    return grade


def make_program(title="Certified Junior Agent", *, level="junior_agent", requirements=(), **kw):
    program = CertificationProgram(
        title=title,
        slug=f"program-{next(_seq)}",
        level=level,
        requirements=list(requirements),
        **kw,
    )
    program.save()
    program.save_revision().publish()
    return CertificationProgram.objects.get(pk=program.pk)


def req_course(course):
    return ("course_completed", {"course": course})


def req_quiz(quiz):
    return ("quiz_passed", {"quiz": quiz})


def req_scenario(scenario, min_score=70):
    return ("scenario_graded", {"scenario": scenario, "min_score": min_score})


def req_set(scenarios, count=2, min_score=70):
    value = {"scenarios": list(scenarios), "count": count, "min_score": min_score}
    return ("scenario_set", value)


def make_rule(kind="skill_below", **kw) -> RetrainingRule:
    defaults = {"name": f"Rule {next(_seq)}", "kind": kind}
    defaults.update(kw)
    return RetrainingRule.objects.create(**defaults)
