"""The Callwise QA scorecard: the default rubric.

The scorecard is data (``scorecard.toml``): fifteen yes/no criteria with stable keys, the
default policy for a call graded without a scenario, and the engagement and gaming
settings. ``DEFAULT_RUBRIC`` is what the graders use when no published rubric exists at
all (a fresh database, or a transcript graded with no scenario and no rubric), so a call is
never left ungraded. Scenario rubrics are content, in packs (the demo's are in
``demo/rubrics/``); they extend it, keeping its keys for the same criteria and adding their
own. Patterns are regular expressions, matched case-insensitively against the agent's lines.
"""

from __future__ import annotations

from .graders.base import CriterionData, RubricData
from .graders.reading import scorecard

DEFAULT_CRITERIA: list[dict] = [dict(spec) for spec in scorecard()["criteria"]]


def criterion_data(spec: dict) -> CriterionData:
    kind = spec.get("kind", "yes_no")
    return CriterionData(
        key=spec["key"],
        label=spec["label"],
        section=spec.get("section", "communication"),
        kind=kind,
        max_score=spec.get("max_score", 1) if kind == "scale" else 1,
        weight=spec.get("weight", 1),
        critical=spec.get("critical", False),
        skills=tuple(spec.get("skills", ())),
        description=spec.get("description", ""),
        rule=spec.get("rule", ""),
        params=dict(spec.get("params", {})),
        tip=spec.get("tip", ""),
    )


DEFAULT_RUBRIC = RubricData(
    name=scorecard()["name"],
    slug=scorecard()["slug"],
    pass_mark=scorecard()["pass_mark"],
    criteria=tuple(criterion_data(spec) for spec in DEFAULT_CRITERIA),
)
