"""Personas and scenarios (Wagtail snippets trainers author), and the sessions agents play.

One module per concept: ``personas`` (Persona and its triggers), ``scenarios`` (Scenario),
``scenario_rows`` (its hidden facts, resolutions, steps and customer lines) and
``sessions`` (SimulationSession and Turn). Models hold fields, small derived properties
and ``to_data()`` conversions into the frozen dataclasses the pure conversation code
works on (``simulations.engines.base``). Workflows live in ``simulations.services``.
Django finds the models here; import them from here.
"""

from .personas import (
    CUE_CHOICES,
    CUE_LABELS,
    CalmingTrigger,
    InflamingTrigger,
    Persona,
    Temperament,
    TriggerBase,
    Voice,
)
from .scenario_rows import (
    ScenarioCustomerLine,
    ScenarioHiddenFact,
    ScenarioResolution,
    ScenarioStep,
)
from .scenarios import Channel, Difficulty, Direction, MoodBand, Scenario, ScenarioQuerySet
from .sessions import (
    ENGINE_CHOICES,
    OUTCOME_CHOICES,
    SessionStatus,
    SimulationSession,
    SimulationSessionQuerySet,
    Turn,
)

__all__ = [
    "CUE_CHOICES",
    "CUE_LABELS",
    "ENGINE_CHOICES",
    "OUTCOME_CHOICES",
    "CalmingTrigger",
    "Channel",
    "Difficulty",
    "Direction",
    "InflamingTrigger",
    "MoodBand",
    "Persona",
    "Scenario",
    "ScenarioCustomerLine",
    "ScenarioHiddenFact",
    "ScenarioQuerySet",
    "ScenarioResolution",
    "ScenarioStep",
    "SessionStatus",
    "SimulationSession",
    "SimulationSessionQuerySet",
    "Temperament",
    "TriggerBase",
    "Turn",
    "Voice",
]
