"""A realistic organisation at scale, for benchmarks (``manage.py generate_org``).

Teams, people, onboarding progress, quiz attempts, practice calls with turns and grades,
skill evidence, certificates, retraining needs and assignments, written with
``bulk_create`` in large batches so 5,000 agents take seconds, not hours. Content the
rows point at (courses, a quiz, scenarios, a program) is reused when it exists and made
minimal otherwise. Nothing here is used by the product at run time.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from accounts.models import Team
from accounts.roles import GROUP_NAME, Role

from .scale_data import AGENT_LINES, CRITERIA, CUSTOMER_LINES, FIRST, LAST

BATCH = 2000


@dataclass
class OrgSummary:
    teams: int = 0
    managers: int = 0
    agents: int = 0
    enrolments: int = 0
    lesson_progress: int = 0
    quiz_attempts: int = 0
    sessions: int = 0
    turns: int = 0
    grades: int = 0
    criterion_scores: int = 0
    skill_evidence: int = 0
    certificates: int = 0
    needs: int = 0
    assignments: int = 0


def _content():
    """(courses with their lesson ids, quiz, scenarios, program): reuse or make the minimum."""
    from assessments.models import Quiz
    from courses.models import CatalogPage, CoursePage, LearningPathCourse, LearningPathPage
    from simulations.models import Persona, Scenario

    from .models import CertificationProgram
    from .selectors.team import onboarding_lesson_ids

    courses = list(CoursePage.objects.live()[:6])
    if not courses:
        from wagtail.models import Site

        from courses.models import LessonPage

        root = Site.objects.get(is_default_site=True).root_page.specific
        parent = root if isinstance(root, CatalogPage) else root
        for i in range(3):
            course = parent.add_child(
                instance=CoursePage(title=f"Scale course {i + 1}", summary="Generated.")
            )
            course.save_revision().publish()
            for j in range(3):
                lesson = course.add_child(
                    instance=LessonPage(title=f"Lesson {i + 1}.{j + 1}", body=[])
                )
                lesson.save_revision().publish()
            courses.append(CoursePage.objects.get(pk=course.pk))
        path = LearningPathPage(title="Scale onboarding", is_onboarding=True)
        path.path_courses = [
            LearningPathCourse(course=c, sort_order=i) for i, c in enumerate(courses)
        ]
        parent.add_child(instance=path)
        path.save_revision().publish()
    quiz = Quiz.objects.filter(live=True).first()
    if quiz is None:
        quiz = Quiz(title="Scale quiz", slug="scale-quiz", pass_mark=70)
        quiz.save()
        quiz.save_revision().publish()
    scenarios = list(Scenario.objects.filter(live=True)[:6])
    if not scenarios:
        persona = Persona.objects.create(name="Scale Persona", slug="scale-persona")
        persona.save_revision().publish()
        for i in range(3):
            s = Scenario(
                slug=f"scale-{i}",
                title=f"Scale scenario {i + 1}",
                persona=persona,
                customer_name="Ms Scale",
                problem="Late order.",
                goal="A date.",
                opening_line="Where is my order?",
            )
            s.save()
            s.save_revision().publish()
            scenarios.append(s)
    program = CertificationProgram.objects.filter(live=True).first()
    if program is None:
        program = CertificationProgram(
            title="Certified Junior Agent",
            slug="scale-cja",
            level="junior_agent",
            requirements=[("scenario_graded", {"scenario": scenarios[0], "min_score": 70})],
        )
        program.save()
        program.save_revision().publish()
    return courses, onboarding_lesson_ids(), quiz, scenarios, program


def _bulk(model, rows) -> int:
    model.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


@transaction.atomic
def generate_org(*, agents: int, managers: int, prefix: str = "org", seed: int = 1) -> OrgSummary:
    from assessments.models import CriterionScore, Grade, QuizAttempt, SkillEvidence
    from courses.models import Enrolment, LessonProgress, Skill
    from simulations.models import SimulationSession, Turn

    from .models import Assignment, Certificate, RetrainingNeed, RetrainingRule

    rng = random.Random(seed)  # noqa: S311 - reproducible fake data, not security
    now = timezone.now()
    User = get_user_model()
    summary = OrgSummary()
    courses, lesson_ids, quiz, scenarios, program = _content()
    skills = list(Skill.objects.all())
    password = make_password("callwise-scale")  # hashed once, shared

    # People and teams.
    managers = max(1, managers)
    User.objects.bulk_create(
        [
            User(
                username=f"{prefix}-manager-{i}",
                first_name="Manager",
                last_name=str(i),
                email=f"{prefix}-manager-{i}@xyz-company.example",
                password=password,
            )
            for i in range(managers)
        ]
        + [
            User(
                username=f"{prefix}-agent-{i}",
                first_name=rng.choice(FIRST),
                last_name=rng.choice(LAST),
                email=f"{prefix}-agent-{i}@xyz-company.example",
                password=password,
            )
            for i in range(agents)
        ],
        batch_size=BATCH,
    )
    mgr = list(User.objects.filter(username__startswith=f"{prefix}-manager-").order_by("pk"))
    ags = list(User.objects.filter(username__startswith=f"{prefix}-agent-").order_by("pk"))
    groups = {r: Group.objects.get_or_create(name=GROUP_NAME[r])[0] for r in Role}
    through = User.groups.through
    _bulk(
        through,
        [through(user_id=u.pk, group_id=groups[Role.MANAGER].pk) for u in mgr]
        + [
            through(
                user_id=u.pk,
                group_id=groups[Role.NEW_HIRE if i % 5 == 0 else Role.AGENT].pk,
            )
            for i, u in enumerate(ags)
        ],
    )
    Team.objects.bulk_create(
        [
            Team(name=f"{prefix.title()} team {i + 1}", slug=f"{prefix}-team-{i + 1}")
            for i in range(managers)
        ]
    )
    teams = list(Team.objects.filter(slug__startswith=f"{prefix}-team-").order_by("pk"))
    _bulk(
        Team.managers.through,
        [
            Team.managers.through(team_id=t.pk, user_id=m.pk)
            for t, m in zip(teams, mgr, strict=True)
        ],
    )
    _bulk(
        Team.members.through,
        [
            Team.members.through(team_id=teams[i % managers].pk, user_id=u.pk)
            for i, u in enumerate(ags)
        ],
    )
    summary.teams, summary.managers, summary.agents = len(teams), len(mgr), len(ags)

    # Onboarding: enrolments and lesson progress.
    enrol, progress = [], []
    for u in ags:
        done_share = rng.random()
        for c in courses:
            enrol.append(
                Enrolment(
                    user_id=u.pk,
                    course_id=c.pk,
                    source="auto",
                    enrolled_at=now - timedelta(days=rng.randint(20, 200)),
                    completed_at=now - timedelta(days=rng.randint(1, 19))
                    if done_share > 0.7
                    else None,
                )
            )
        for lid in lesson_ids[: round(len(lesson_ids) * done_share)]:
            progress.append(LessonProgress(user_id=u.pk, lesson_id=lid, completed_at=now))
    summary.enrolments = _bulk(Enrolment, enrol)
    summary.lesson_progress = _bulk(LessonProgress, progress)

    # Quiz attempts.
    attempts = []
    for u in ags:
        score = rng.randint(30, 100)
        when = now - timedelta(days=rng.randint(1, 90))
        attempts.append(
            QuizAttempt(
                user_id=u.pk,
                quiz_id=quiz.pk,
                started_at=when - timedelta(minutes=10),
                submitted_at=when,
                score=score,
                passed=score >= quiz.pass_mark,
            )
        )
    summary.quiz_attempts = _bulk(QuizAttempt, attempts)

    # Practice calls with turns, grades, criteria and skill evidence.
    sessions = []
    for u in ags:
        for _ in range(2):
            start = now - timedelta(days=rng.randint(1, 120), minutes=rng.randint(0, 600))
            mood_start = rng.randint(15, 45)
            sessions.append(
                SimulationSession(
                    user_id=u.pk,
                    scenario_id=rng.choice(scenarios).pk,
                    status="ended",
                    outcome=rng.choice(["resolved", "resolved", "customer_hung_up", "agent_ended"]),
                    started_at=start,
                    ended_at=start + timedelta(minutes=rng.randint(3, 12)),
                    mood_start=mood_start,
                    mood_end=max(0, min(100, mood_start + rng.randint(-20, 50))),
                    seed=rng.randint(1, 10_000),
                    engine="offline",
                )
            )
    summary.sessions = _bulk(SimulationSession, sessions)
    sessions = list(
        SimulationSession.objects.filter(user__username__startswith=f"{prefix}-agent-").only(
            "pk", "user_id", "scenario_id", "ended_at", "mood_end"
        )
    )
    turns, grades = [], []
    for s in sessions:
        for i, (a, c) in enumerate(zip(AGENT_LINES, CUSTOMER_LINES, strict=True)):
            turns.append(Turn(session_id=s.pk, index=2 * i, speaker="customer", text=c))
            turns.append(
                Turn(session_id=s.pk, index=2 * i + 1, speaker="agent", text=a.format(name="Sam"))
            )
        score = rng.randint(25, 98)
        critical = rng.random() < 0.06
        grades.append(
            Grade(
                session_id=s.pk,
                user_id=s.user_id,
                scenario_id=s.scenario_id,
                score=score,
                passed=score >= 70 and not critical,
                critical_fail=critical,
                created_at=s.ended_at,
            )
        )
    summary.turns = _bulk(Turn, turns)
    summary.grades = _bulk(Grade, grades)
    grades = list(
        Grade.objects.filter(user__username__startswith=f"{prefix}-agent-").only(
            "pk", "user_id", "score", "created_at", "critical_fail"
        )
    )
    criteria, evidence = [], []
    for g in grades:
        for pos, (key, label, skill_slug) in enumerate(CRITERIA):
            ok = rng.random() * 100 < g.score
            criteria.append(
                CriterionScore(
                    grade_id=g.pk,
                    position=pos,
                    key=key,
                    label=label,
                    score=1 if ok else 0,
                    max=1,
                    critical=key == "not_rude",
                    evidence=[] if ok else [{"turn": 3, "quote": "It's the system."}],
                    skills=[skill_slug],
                )
            )
        for sk in rng.sample(skills, k=min(4, len(skills))):
            evidence.append(
                SkillEvidence(
                    user_id=g.user_id,
                    skill_id=sk.pk,
                    score=max(0, min(100, g.score + rng.randint(-20, 20))),
                    source="call",
                    grade_id=g.pk,
                    occurred_at=g.created_at,
                )
            )
    summary.criterion_scores = _bulk(CriterionScore, criteria)
    summary.skill_evidence = _bulk(SkillEvidence, evidence)

    # Certificates (some expiring, some expired), needs and assignments.
    certs, needs, assigns = [], [], []
    revision = program.live_revision
    rule = RetrainingRule.objects.filter(
        kind="skill_below"
    ).first() or RetrainingRule.objects.create(
        name="A skill under 60 over the last 3 graded activities", kind="skill_below"
    )
    for u in ags:
        roll = rng.random()
        if roll < 0.45:
            issued = now - timedelta(days=rng.randint(5, 420))
            from .services.certificates import add_months

            expires = add_months(issued, program.validity_months)
            certs.append(
                Certificate(
                    holder_id=u.pk,
                    program_id=program.pk,
                    program_revision=revision,
                    issued_at=issued,
                    expires_at=expires,
                    window_starts_at=expires - timedelta(days=program.recert_window_days),
                    verification_token=secrets.token_urlsafe(24),
                )
            )
        if roll > 0.88:
            sk = rng.choice(skills)
            needs.append(
                RetrainingNeed(
                    user_id=u.pk,
                    rule=rule,
                    key=f"skill:{sk.slug}",
                    skill=sk,
                    reason=f"{sk.name} averages {rng.randint(30, 59)} over the last 3 graded "
                    "activities (under 60)",
                    evidence={"activities": [], "criteria": [], "lines": ["It's the system."]},
                    raised_at=now - timedelta(days=rng.randint(0, 20)),
                )
            )
        if roll > 0.8:
            assigns.append(
                Assignment(
                    assigned_by_id=mgr[0].pk,
                    assignee_id=u.pk,
                    scenario_id=rng.choice(scenarios).pk,
                    due_at=now + timedelta(days=rng.randint(-6, 14)),
                    created_at=now - timedelta(days=7),
                )
            )
    summary.certificates = _bulk(Certificate, certs)
    summary.needs = _bulk(RetrainingNeed, needs)
    summary.assignments = _bulk(Assignment, assigns)
    return summary
