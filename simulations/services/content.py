"""Personas and scenarios from content data: the pack format (``packs/schemas/``).

``persona_build`` and ``scenario_build`` set an object's fields and child rows in memory;
the packs importer checks what they build and saves it with a revision.
"""

from __future__ import annotations

from ..models import (
    CalmingTrigger,
    InflamingTrigger,
    ScenarioCustomerLine,
    ScenarioHiddenFact,
    ScenarioResolution,
    ScenarioStep,
)

SCALARS = (
    "title",
    "summary",
    "channel",
    "direction",
    "difficulty",
    "language",
    "customer_name",
    "customer_record",
    "order_details",
    "policy_excerpt",
    "problem",
    "goal",
    "opening_line",
    "opening_subject",
    "earlier_thread",
    "private_opening_line",
    "acceptance_note",
    "max_turns",
    "time_limit_seconds",
    "target_handle_seconds",
)


def _joined(items, sep="\n") -> str:
    return sep.join(items or ())


def persona_build(persona, d: dict):
    """Set a persona's fields and triggers from content data (the pack format), unsaved."""
    persona.name = d["name"]
    persona.temperament = d["temperament"]
    persona.starting_mood = d["starting_mood"]
    persona.patience = d["patience"]
    persona.speaking_style = d.get("speaking_style", "")
    persona.language = d.get("language", "en")
    persona.voice = d.get("voice") or "neutral"
    persona.address_term = d.get("address_term", "")
    persona.calming_triggers = [
        CalmingTrigger(cue=cue, strength=strength, sort_order=i)
        for i, (cue, strength) in enumerate((d.get("calmed_by") or {}).items())
    ]
    persona.inflaming_triggers = [
        InflamingTrigger(cue=cue, strength=strength, sort_order=i)
        for i, (cue, strength) in enumerate((d.get("inflamed_by") or {}).items())
    ]
    return persona


def scenario_build(scenario, d: dict, *, persona, lesson):
    """Set a scenario's fields and rows from content data (the pack format), unsaved."""
    for name in SCALARS:
        if name in d:
            setattr(scenario, name, d[name])
    scenario.persona = persona
    scenario.lesson = lesson
    scenario.accept_requires = _joined(d.get("accept_requires"), ", ")
    scenario.prefers = _joined(d.get("prefers"), ", ")
    scenario.hidden_facts = [
        ScenarioHiddenFact(
            key=f["key"],
            label=f["label"],
            value=f["value"],
            earned_by=_joined(f.get("earned_by")),
            reveal_line=f.get("reveal_line", ""),
            sort_order=i,
        )
        for i, f in enumerate(d.get("hidden_facts", ()))
    ]
    scenario.resolutions = [
        ScenarioResolution(
            key=r["key"],
            label=r["label"],
            phrases=_joined(r.get("phrases")),
            allowed=r.get("allowed", True),
            satisfies=r.get("satisfies", True),
            customer_reaction=r.get("customer_reaction", ""),
            requires=_joined(r.get("requires"), ", "),
            sort_order=i,
        )
        for i, r in enumerate(d.get("resolutions", ()))
    ]
    scenario.steps = [
        ScenarioStep(
            key=s["key"],
            label=s["label"],
            phrases=_joined(s.get("phrases")),
            requires=_joined(s.get("requires"), ", "),
            report=s["report"],
            blocked_report=s.get("blocked_report", ""),
            fact=s.get("fact", ""),
            value=s.get("value", ""),
            solves=s.get("solves", False),
            sort_order=i,
        )
        for i, s in enumerate(d.get("steps", ()))
    ]
    scenario.customer_lines = [
        ScenarioCustomerLine(intent=intent, band=band, text=text, sort_order=i)
        for i, (intent, band, text) in enumerate(
            (intent, band, text)
            for intent, bands in (d.get("customer_lines") or {}).items()
            for band, texts in bands.items()
            for text in texts
        )
    ]
    return scenario
