"""The demo pack (``demo/`` at the repository root): XYZ Company's courses, personas,
scenarios, rubrics, quizzes and certification programs, as data files.

``load_demo`` imports it through the importer like any pack. Tests and benchmarks that need
the demo's scenarios, personas or rubrics read them from the same files here, without a
database: one copy of the content.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.conf import settings

from . import reader

DEMO_PACK = Path(settings.BASE_DIR) / "demo"


@cache
def pack() -> reader.Pack:
    return reader.read(DEMO_PACK)


def load(*, stdout=None):
    """Import the demo pack, published; what a trainer edited since is kept."""
    from .importer import import_pack

    report = import_pack(pack(), publish=True)
    if stdout is not None:
        stdout.write(f"  demo pack: {report.summary()}")
    return report


def items(kind: str) -> list[dict]:
    """The demo's items of a kind as pack data (``"scenario"``, ``"persona"``...)."""
    return [item.data for item in pack().of(kind)]


def item(kind: str, slug: str) -> dict:
    return next(data for data in items(kind) if data["slug"] == slug)


def scenario_data(slug: str):
    """A demo scenario as the engines see it (``ScenarioData``), built in memory."""
    from simulations.models import Scenario

    from .kinds.simulations import SCENARIO

    scenario = SCENARIO._build(
        Scenario(slug=slug), item("scenario", slug), persona=None, lesson=None
    )
    return scenario.to_data()


def persona_data(slug: str):
    """A demo persona as the engines see it (``PersonaData``)."""
    from simulations.models import Persona

    from .kinds.simulations import PERSONA

    return PERSONA._build(Persona(slug=slug), item("persona", slug)).to_data()


def rubric_data(scenario_slug: str):
    """The demo rubric that grades a scenario, as the graders see it (``RubricData``); the
    default scorecard when no demo rubric names the scenario."""
    from assessments.graders.base import RubricData
    from assessments.rubric_defaults import DEFAULT_RUBRIC, criterion_data

    for data in items("rubric"):
        if scenario_slug in data.get("scenarios", ()):
            # The demo's rubrics build on the default scorecard or stand alone (no extends).
            base = DEFAULT_RUBRIC.criteria if data.get("extends") else ()
            criteria = {c.key: c for c in base}
            criteria.update({c["key"]: criterion_data(c) for c in data["criteria"]})
            return RubricData(
                name=data["name"],
                slug=data["slug"],
                pass_mark=data.get("pass_mark", 70),
                criteria=tuple(criteria.values()),
            )
    return DEFAULT_RUBRIC


def build(kind: str, slug: str, *, publish: bool = True):
    """One demo item on the site, as the importer builds it (a scenario brings its persona).

    For tests that need a little of the demo rather than all of it: what the item links to
    and the site lacks is left out, as a trainer's draft would leave it.
    """
    from .importer import build_item

    data = item(kind, slug)
    if kind == "scenario":
        build("persona", data["persona"], publish=publish)
    return build_item(kind, data, publish=publish, pack=pack())
