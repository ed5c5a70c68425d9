"""Demo call activity: two finished practice calls for the demo agent, so review pages have
something to show.

The personas and scenarios come from the demo content pack (``demo/``, imported by
``load_demo`` before this runs). The calls are played once, through the services, by the
offline engine.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from .engines.base import Outcome
from .models import Scenario, SimulationSession, Turn

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


def load(*, stdout=None) -> None:
    _past_calls(stdout)


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text)


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
