"""Demo certification activity, built through services; idempotent.

The certification programs (one per rung of the career ladder) come from the demo content
pack (``demo/``, imported by ``load_demo`` before this runs). Here:

- the default retraining rules;
- Team Aurora: a few graded practice calls so the heatmap has data, a certificate for
  Lucía, one for Wei inside its renewal window (re-enrolled), a retraining need for the
  demo agent raised from his real poor call, an assignment from the manager to him due
  in five days, and an overdue one for Kofi.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

ALL_CALLS = [
    "late-order-angry",
    "billing-confused",
    "cancel-subscription-save",
    "tech-support-frustrated",
    "refund-outside-window",
    "shipped-order-change-anxious",
]

RULES = [
    {
        "name": "A skill under 60 over the last 3 graded activities",
        "kind": "skill_below",
        "threshold": 60,
        "last_n": 3,
        "cooldown_days": 14,
        "description": "Catches a skill that keeps scoring low across quizzes and calls.",
    },
    {
        "name": "Three failed attempts in a row",
        "kind": "consecutive_fails",
        "fail_count": 3,
        "fails_on": "any",
        "cooldown_days": 14,
    },
    {
        "name": "Any critical fail on a call",
        "kind": "critical_fail",
        "cooldown_days": 7,
        "description": "Rudeness, a forbidden promise or a privacy slip: always followed up.",
    },
    {
        "name": "Certificate renewal",
        "kind": "cert_window",
        "cooldown_days": 30,
        "auto_assign": True,
        "due_in_days": 30,
        "description": "When a certificate enters its renewal window, assign the first course.",
    },
]

GOOD_LINES = (
    "Hello, thank you for calling XYZ, my name is {name}. I'm so sorry about this, I can hear "
    "how frustrating it is.",
    "I'll take ownership of this myself. Could you give me your order number, please?",
    "Thank you. To verify your account, can I have your email address and billing postcode?",
    "Thank you, you're verified. Here's what I'll do next: I'll sort this out today and "
    "you'll get a confirmation email within the hour.",
    "Is there anything else I can help with today? Thank you for your patience, have a good day.",
)
OK_LINES = (
    "Hi, XYZ customer service, {name} speaking.",
    "Can you give me your order number?",
    "OK. I'll check that and email you.",
    "Anything else? Bye.",
)
POOR_LINES = (
    "Yeah, what's the problem?",
    "Calm down, that's not my department.",
    "It's the system, there's nothing I can do.",
)
# Aurora's practice calls: (username, scenario slug, lines, resolve).
AURORA_CALLS = [
    ("lucia.moreno", "late-order-angry", GOOD_LINES, True),
    ("lucia.moreno", "cancel-subscription-save", GOOD_LINES, True),
    ("wei.chen", "tech-support-frustrated", GOOD_LINES, True),
    ("wei.chen", "billing-confused", OK_LINES, True),
    ("kofi.mensah", "refund-outside-window", OK_LINES, False),
    ("kofi.mensah", "late-order-angry", POOR_LINES, False),
    ("sofia.ivanova", "shipped-order-change-anxious", GOOD_LINES, True),
    ("sofia.ivanova", "billing-confused", OK_LINES, True),
]


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text)


def load(*, stdout=None) -> None:
    rules(stdout)
    aurora(stdout)


def rules(stdout=None) -> None:
    from .models import RetrainingRule

    for spec in RULES:
        rule, created = RetrainingRule.objects.get_or_create(name=spec["name"], defaults=spec)
        if created:
            rule.save_revision()
        _say(stdout, f"  retraining rule: {rule.name}{'' if created else ' (kept)'}")


def _play(user, scenario, lines, resolve: bool, seed: int):
    from assessments.services import session_grade
    from simulations import services as sim

    session = sim.session_start(user=user, scenario=scenario, seed=seed, engine="offline")
    for line in lines:
        if not session.is_active:
            break
        sim.session_record_agent_turn(session=session, text=line.format(name=user.first_name))
        sim.session_customer_reply(session=session)
        session.refresh_from_db()
    if session.is_active:
        sim.session_finish_by_agent(session=session, resolved=resolve)
    session.refresh_from_db()
    grade = getattr(session, "grade", None) if hasattr(session, "grade") else None
    return grade or session_grade(session=session)


def aurora(stdout=None) -> None:
    from accounts.models import Team
    from simulations.models import Scenario

    team = Team.objects.filter(slug="team-aurora").first()
    if team is None:
        return
    User = get_user_model()
    people = {u.username: u for u in team.members.all()}
    scenarios = {s.slug: s for s in Scenario.objects.filter(slug__in=ALL_CALLS, live=True)}
    for seed, (username, slug, lines, resolve) in enumerate(AURORA_CALLS, start=21):
        user = people.get(username)
        if user is None or slug not in scenarios:
            continue
        if user.simulation_sessions.filter(scenario=scenarios[slug]).exists():
            continue
        grade = _play(user, scenarios[slug], lines, resolve, seed)
        _say(stdout, f"  practice call: {username} {slug} -> {grade.score if grade else '-'}")
    manager = User.objects.filter(username="manager").first()
    trainer = User.objects.filter(username="trainer").first()
    _certificates(people, trainer, stdout)
    _need_and_assignments(people, manager, scenarios, stdout)


def _certificates(people, trainer, stdout) -> None:
    from . import services
    from .models import Certificate, CertificationProgram

    program = CertificationProgram.objects.filter(slug="certified-junior-agent").first()
    if program is None or trainer is None:
        return
    now = timezone.now()
    for username, days_ago, reason in (
        ("lucia.moreno", 75, "Completed onboarding in the pilot cohort (paper records)."),
        ("wei.chen", 320, "Certified at the Leeds site before the move to Callwise."),
    ):
        user = people.get(username)
        if user is None or Certificate.objects.filter(holder=user, program=program).exists():
            continue
        certificate = services.certificate_issue(
            holder=user,
            program=program,
            issued_by=trainer,
            reason=reason,
            now=now - timedelta(days=days_ago),
        )
        _say(stdout, f"  certificate: {username} {program.title} ({certificate.status})")
    services.certificates_sweep(now=now)


def _need_and_assignments(people, manager, scenarios, stdout) -> None:
    from assessments.models import Grade

    from . import services
    from .models import Assignment, RetrainingNeed, RetrainingRule
    from .selectors.evidence import activity_evidence, lost_criteria
    from .selectors.remedial import remedial_for_scenario

    agent = people.get("agent")
    if agent is None or manager is None:
        return
    need = RetrainingNeed.objects.filter(user=agent).exclude(key__startswith="certificate:").first()
    if need is None:
        poor = Grade.objects.filter(user=agent).order_by("score").select_related("scenario").first()
        if poor is not None:
            services.needs_evaluate_for_user(agent, grade=poor, trigger="demo")
            need = RetrainingNeed.objects.filter(user=agent).first()
        if need is None and poor is not None:
            rule = RetrainingRule.objects.filter(kind="skill_below").first()
            need = services.need_raise(
                rule=rule,
                user=agent,
                key=f"scenario:{poor.scenario_id}",
                reason=f"Scored {poor.score} on “{poor.scenario.title}”: empathy and ownership "
                "were missing",
                evidence={
                    "target": f"scenario:{poor.scenario_id}",
                    "title": poor.scenario.title,
                    "activities": [activity_evidence(poor, True)],
                    "criteria": lost_criteria([poor.pk]),
                },
                suggestion=remedial_for_scenario(poor.scenario),
            )
        if need is not None:
            _say(stdout, f"  retraining need: {agent} — {need.reason}")
    now = timezone.now()
    if need is not None and not Assignment.objects.filter(assignee=agent).exists():
        target = need.suggested_scenario or scenarios.get("billing-confused")
        if target is not None:
            services.assignment_create(
                assigned_by=manager,
                assignee=agent,
                target=target,
                due_at=now + timedelta(days=5),
                note="Let's work on this one: acknowledge the customer first, then explain.",
                need=need,
            )
            _say(stdout, f"  assignment: {target} -> {agent}, due in 5 days")
    kofi = people.get("kofi.mensah")
    course = _course("patience-under-pressure")
    if (
        kofi is not None
        and course is not None
        and not Assignment.objects.filter(assignee=kofi).exists()
    ):
        assignment = services.assignment_create(
            assigned_by=manager,
            assignee=kofi,
            target=course,
            due_at=now + timedelta(days=1),
            note="Before your next shift on the phones, please.",
        )
        # Backdate it: assigned ten days ago, due three days ago (the demo's overdue example).
        Assignment.objects.filter(pk=assignment.pk).update(
            created_at=now - timedelta(days=10), due_at=now - timedelta(days=3)
        )
        _say(stdout, f"  assignment: {course.title} -> {kofi}, overdue")


def _course(slug):
    from django.conf import settings

    from courses.models import CoursePage

    return CoursePage.objects.filter(
        slug=slug, locale__language_code=settings.LANGUAGE_CODE
    ).first()
