"""Demo content for call simulation: XYZ's personas and six scenarios, published, and two
finished practice calls for the demo agent so review pages have something to show.

Idempotent: personas (by name) and scenarios (by slug) that already exist are left as
they are, so a trainer's edits survive a reload; the past calls are played only once.
The content is plain data in ``demo_scenarios.py``.
Everything goes through services, and the calls are played by the offline engine.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .engines.base import Outcome
from .models import Persona, Scenario, SimulationSession, Turn

# Past calls for the demo agent: (scenario slug, agent lines, how the agent ends it).
PAST_CALLS = [
    (
        "late-order-angry",
        (
            "Hello Ms Alvarez, thank you for calling XYZ, my name is Arjun. I'm really sorry "
            "your order is so late, that's incredibly frustrating, especially after calling "
            "before.",
            "I'll take ownership of this myself. Could you give me your order number?",
            "Thank you. To verify your account, can I have your email address and your "
            "billing postcode?",
            "Thank you, you're verified. I can see the parcel has been stuck at the Columbus "
            "hub since 6 June, so here's what I'll do: I'll send you a replacement today, "
            "free, and you'll get the new tracking number by email within the hour.",
            "You're welcome. Is there anything else I can help with today? Thank you for "
            "your patience, Ms Alvarez, have a good day.",
        ),
        True,
    ),
    (
        "billing-confused",
        (
            "Hi, what's the problem?",
            "Calm down, it's probably just a pending authorisation, that's not my problem.",
            "Like I said, you need to read your statement properly.",
            "It's the system, there's nothing I can do.",
            "Look, I already told you. Calm down.",
            "Whatever. Are we done here?",
        ),
        False,
    ),
]


def content() -> tuple[list, list]:
    """(PERSONAS, SCENARIOS): the demo content, plain data in demo_scenarios.py."""
    from . import demo_scenarios as source

    return source.PERSONAS, source.SCENARIOS


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text)


def _lesson(slug: str | None):
    if not slug:
        return None
    from courses.models import LessonPage

    return LessonPage.objects.filter(slug=slug).first()


@transaction.atomic
def load(*, stdout=None) -> None:
    from . import services

    personas_data, scenarios_data = content()
    personas = {}
    for data in personas_data:
        existing = Persona.objects.filter(name=data["name"]).first()
        personas[data["key"]] = existing or services.persona_import(data=data, publish=True)
    created = 0
    for data in scenarios_data:
        scenario = Scenario.objects.filter(slug=data["slug"]).first()
        if scenario is None:
            services.scenario_import(
                data=data,
                persona=personas[data["persona"]],
                lesson=_lesson(data.get("lesson_slug")),
                publish=True,
            )
            created += 1
        elif scenario.lesson_id is None and (lesson := _lesson(data.get("lesson_slug"))):
            Scenario.objects.filter(pk=scenario.pk).update(lesson=lesson)
    _say(
        stdout,
        f"Simulations: {len(personas)} personas, {len(scenarios_data)} scenarios ({created} new).",
    )
    _past_calls(stdout)


def _backdate(session, *, days: int) -> None:
    """Spread a demo call's turns over a believable few minutes, some days ago."""
    started = timezone.now() - timedelta(days=days, hours=3)
    turns = list(session.turns.order_by("index"))
    for i, turn in enumerate(turns):
        turn.created_at = started + timedelta(seconds=25 * i)
    Turn.objects.bulk_update(turns, ["created_at"])
    SimulationSession.objects.filter(pk=session.pk).update(
        started_at=started, ended_at=started + timedelta(seconds=25 * len(turns) + 10)
    )


def _past_calls(stdout) -> None:
    """Two finished calls for the demo agent, played through the services (offline engine)."""
    from . import services

    agent = get_user_model().objects.filter(username="agent").first()
    if agent is None or agent.simulation_sessions.exists():
        return
    for seed, (slug, lines, resolve) in enumerate(PAST_CALLS, start=7):
        scenario = Scenario.objects.filter(slug=slug, live=True).first()
        if scenario is None:
            continue
        session = services.session_start(user=agent, scenario=scenario, seed=seed, engine="offline")
        for line in lines:
            if not session.is_active:
                break
            services.session_record_agent_turn(session=session, text=line)
            services.session_customer_reply(session=session)
            session.refresh_from_db()
        if session.is_active:
            services.session_finish_by_agent(session=session, resolved=resolve)
        _backdate(session, days=len(PAST_CALLS) - seed + 7)
        session.refresh_from_db()
        _say(stdout, f"  past call: {slug} -> {session.outcome or Outcome.AGENT_ENDED}")
