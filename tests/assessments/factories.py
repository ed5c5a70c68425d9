"""Factories for assessments tests: demo scenario data without a database (from the demo
pack), rubrics, quizzes, sessions with turns, and grades."""

from __future__ import annotations

import json
from pathlib import Path

from django.utils import timezone

from assessments.graders.base import GradingData
from packs.demo import rubric_data, scenario_data
from simulations.engines.base import Speaker, TranscriptLine

TRANSCRIPTS = Path(__file__).parent / "transcripts"

# A good late-order call, as the browser journeys type it.
GOOD_AGENT_LINES = [
    "Good morning, thank you for calling XYZ, my name is Ana. I'm so sorry your order is "
    "late, that must be really frustrating.",
    "I'll take care of this myself. For security, could you give me your order number and "
    "your email?",
    "Thank you, Ms Alvarez. I'll send you a replacement today, free of charge, and you'll "
    "receive the new tracking number by email within the hour.",
    "Is there anything else I can help with today? Thank you for calling, have a good day.",
]


def lines(pairs) -> tuple[TranscriptLine, ...]:
    return tuple(TranscriptLine(Speaker(s), t) for s, t in pairs)


def grading_data(slug: str, transcript, *, outcome: str = "") -> GradingData:
    if transcript and isinstance(transcript[0], dict):
        transcript = [(line["speaker"], line["text"]) for line in transcript]
    return GradingData(
        scenario=scenario_data(slug),
        rubric=rubric_data(slug),
        transcript=lines(transcript),
        outcome=outcome,
    )


def golden_transcripts() -> list[tuple[str, dict]]:
    return [(p.stem, json.loads(p.read_text())) for p in sorted(TRANSCRIPTS.glob("*.json"))]


# -- database-backed -------------------------------------------------------------------


def demo_rubrics():
    """The demo rubrics (the default scorecard and the scenario ones) from the demo pack."""
    from packs import demo

    default_rubric()
    for slug in demo.pack().slugs("rubric"):
        demo.build("rubric", slug)


def default_rubric():
    from assessments.services.authoring import default_rubric_ensure

    return default_rubric_ensure()


def scenario(slug: str = "late-order-angry"):
    from simulations.models import Scenario
    from tests.simulations.factories import demo_scenario

    return Scenario.objects.filter(slug=slug).first() or demo_scenario(slug)


def ended_session(user, scenario_obj, transcript, *, outcome: str = "agent_ended", grade=True):
    """A finished session with exactly these turns, ended through the real service."""
    from simulations import services
    from simulations.models import SessionStatus, SimulationSession, Turn

    session = SimulationSession.objects.create(
        user=user,
        scenario=scenario_obj,
        scenario_revision=scenario_obj.live_revision,
        status=SessionStatus.ACTIVE,
        started_at=timezone.now() - timezone.timedelta(minutes=5),
    )
    for i, (speaker, text) in enumerate(transcript):
        Turn.objects.create(session=session, index=i, speaker=speaker, text=text)
    if grade:
        services.session_end(session=session, outcome=outcome)
        session.refresh_from_db()
    return session


def quiz_spec(**overrides) -> dict:
    spec = {
        "slug": "test-quiz",
        "title": "Test quiz",
        "description": "Six question types.",
        "pass_mark": 70,
        "attempts_allowed": 3,
        "draw": 0,
        "time_limit_minutes": None,
        "wait_minutes": 0,
        "shuffle": True,
        "questions": [
            {
                "type": "single",
                "prompt": "How many days is the return window?",
                "skills": ["policy-compliance"],
                "explanation": "30 days from delivery.",
                "choices": [
                    {"text": "30 days", "correct": True, "feedback": "Right."},
                    {"text": "14 days", "correct": False, "feedback": "That is another shop."},
                    {"text": "90 days", "correct": False, "feedback": "Too generous."},
                ],
            },
            {
                "type": "multiple",
                "prompt": "Which verify identity (with the full name)?",
                "skills": ["policy-compliance"],
                "choices": [
                    {"text": "Order number", "correct": True},
                    {"text": "Billing postcode", "correct": True},
                    {"text": "Favourite colour", "correct": False, "feedback": "Not on file."},
                ],
            },
            {
                "type": "true_false",
                "prompt": "You may read a card number out to the caller.",
                "skills": ["policy-compliance"],
                "answer": False,
            },
            {
                "type": "ordering",
                "prompt": "Order the call.",
                "skills": ["clear-communication"],
                "items": ["Greet", "Verify", "Resolve", "Close"],
            },
            {
                "type": "matching",
                "prompt": "Match the feeling to the line.",
                "skills": ["empathy"],
                "pairs": [
                    ["Angry", "I'm sorry"],
                    ["Confused", "Let me explain"],
                    ["Anxious", "You're in good hands"],
                ],
            },
            {
                "type": "short_text",
                "prompt": "What is the goodwill limit without approval (in dollars)?",
                "skills": ["policy-compliance"],
                "accepted": ["$15", "15 dollars"],
                "patterns": [r"\$?\s*15(\.00)?"],
            },
        ],
    }
    spec.update(overrides)
    return spec


def quiz(*, course=None, **overrides):
    from assessments.services.authoring import quiz_upsert

    quiz_obj, _created = quiz_upsert(spec=quiz_spec(**overrides), course=course)
    return quiz_obj


def played_call(agent, scenario_row, lines=GOOD_AGENT_LINES):
    """A call played through the services with the offline customer, ended and graded."""
    from simulations import services

    session = services.session_start(user=agent, scenario=scenario_row, seed=3, engine="offline")
    for line in lines:
        session.refresh_from_db()
        if not session.is_active:
            break
        services.session_record_agent_turn(session=session, text=line)
        services.session_customer_reply(session=session)
    session.refresh_from_db()
    if session.is_active:
        services.session_finish_by_agent(session=session, resolved=True)
    session.refresh_from_db()
    assert session.grade is not None
    return session
