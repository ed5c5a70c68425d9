"""The demo loader: six published scenarios with their personas, and two past calls."""

import pytest

from accounts import demo as accounts_demo
from simulations import demo
from simulations.models import Persona, Scenario, SimulationSession

pytestmark = pytest.mark.django_db

SLUGS = {
    "late-order-angry",
    "billing-confused",
    "cancel-subscription-save",
    "tech-support-frustrated",
    "refund-outside-window",
    "shipped-order-change-anxious",
}


def test_demo_loads_twice_and_publishes_the_six_scenarios(roles):
    accounts_demo.load()
    demo.load()
    demo.load()
    assert set(Scenario.objects.published().values_list("slug", flat=True)) >= SLUGS
    assert Scenario.objects.filter(slug__in=SLUGS).count() == 6
    for scenario in Scenario.objects.filter(slug__in=SLUGS):
        assert scenario.live_revision_id and scenario.latest_revision_id
        assert scenario.hidden_facts.exists() and scenario.resolutions.exists()
        assert scenario.skills.exists()
    temperaments = set(Persona.objects.values_list("temperament", flat=True))
    assert {"angry", "confused", "impatient", "anxious", "skeptical"} <= temperaments


def test_demo_agent_has_finished_past_calls_to_review(roles):
    accounts_demo.load()
    demo.load()
    demo.load()
    sessions = SimulationSession.objects.filter(user__username="agent")
    assert sessions.count() == 2
    outcomes = dict(sessions.values_list("scenario__slug", "outcome"))
    assert outcomes["late-order-angry"] == "resolved"
    assert outcomes["billing-confused"] in {"customer_hung_up", "agent_ended"}
    assert all(s.turns.count() > 3 for s in sessions)


def test_demo_scenarios_link_to_lessons_when_the_courses_exist(roles):
    from courses import demo as courses_demo

    courses_demo.load()
    demo.load()
    linked = Scenario.objects.filter(slug__in=SLUGS, lesson__isnull=False).count()
    wanted = {s["lesson_slug"] for s in demo.content()[1] if s.get("lesson_slug")}
    from courses.models import LessonPage

    available = set(LessonPage.objects.filter(slug__in=wanted).values_list("slug", flat=True))
    assert linked >= len([s for s in demo.content()[1] if s.get("lesson_slug") in available])
