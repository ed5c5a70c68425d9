"""The demo is a pack: ``load_demo`` builds from ``demo/`` the demo the Python loaders built,
twice without change, and the pack survives a round trip through an empty site."""

import json
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page

from packs import demo
from packs.exporter import everything, export_files
from packs.importer import import_pack
from simulations.models import Persona, Scenario, SimulationSession

pytestmark = pytest.mark.django_db

# Recorded from the last load_demo built from Python dictionaries, before the demo became
# a pack: the same pages, snippets, rows and demo activity, slug for slug.
CENSUS = json.loads((Path(__file__).parent / "demo_census.json").read_text())
SLUGGED = [
    "courses.CoursePage",
    "courses.LessonPage",
    "courses.LearningPathPage",
    "simulations.Persona",
    "simulations.Scenario",
    "assessments.Rubric",
    "assessments.Quiz",
    "certification.CertificationProgram",
    "courses.Skill",
]
COUNTED = [key for key, value in CENSUS.items() if isinstance(value, int)]


def census() -> dict:
    out = {}
    for label in SLUGGED:
        model = apps.get_model(label)
        field = "name" if label == "simulations.Persona" else "slug"
        if hasattr(model, "locale"):
            out[label] = sorted(
                f"{o.locale.language_code}:{getattr(o, field)}" for o in model.objects.all()
            )
        else:
            out[label] = sorted(getattr(o, field) for o in model.objects.all())
    for label in COUNTED:
        if "." in label:
            out[label] = apps.get_model(label).objects.count()
    out["live_pages"] = Page.objects.live().count()
    programs = apps.get_model("certification.CertificationProgram").objects.all()
    out["requirements"] = {p.slug: len(p.requirements) for p in programs}
    lessons = apps.get_model("courses.LessonPage").objects.all()
    out["lesson_blocks"] = sum(len(lesson.body) for lesson in lessons)
    return out


def _load():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_load_demo_builds_the_same_demo_from_the_pack_and_a_second_run_changes_nothing():
    _load()
    assert census() == CENSUS
    _load()
    assert census() == CENSUS
    report = demo.load()
    assert not report.changed and len(report.of("unchanged")) == len(report.outcomes)


def test_the_demo_pack_publishes_its_scenarios_on_every_channel_with_personas_and_lessons(roles):
    demo.load()
    scenarios = Scenario.objects.filter(live=True)
    assert scenarios.count() == len(demo.items("scenario")) == 10
    assert set(scenarios.values_list("channel", flat=True)) == {"phone", "chat", "email", "social"}
    outbound = scenarios.filter(direction="outbound")
    assert {s.slug for s in outbound} == {"outbound-plus-upsell", "outbound-complaint-follow-up"}
    assert all(s.target_handle_seconds for s in scenarios)
    for scenario in scenarios:
        assert scenario.live_revision_id and scenario.hidden_facts.exists()
        assert scenario.lesson is not None, scenario.slug  # every demo scenario has a lesson
        assert scenario.skills.exists()
    temperaments = set(Persona.objects.values_list("temperament", flat=True))
    assert {
        "angry",
        "confused",
        "impatient",
        "anxious",
        "skeptical",
        "busy",
        "open",
    } <= temperaments


def test_the_demo_agent_has_two_finished_calls_to_review(roles):
    _load()
    sessions = SimulationSession.objects.filter(user__username="agent")
    assert sessions.count() == 2
    outcomes = dict(sessions.values_list("scenario__slug", "outcome"))
    assert outcomes["late-order-angry"] == "resolved"
    assert outcomes["billing-confused"] in {"customer_hung_up", "agent_ended"}


def _files(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_the_demo_imported_into_an_empty_site_exports_again_byte_for_byte():
    import_pack(demo.pack())
    exported = export_files(
        everything(),
        name=demo.pack().manifest.data["name"],
        title=demo.pack().manifest.data["title"],
        version=demo.pack().manifest.data["version"],
        description=demo.pack().manifest.data["description"],
    )
    assert exported == _files(demo.DEMO_PACK)
