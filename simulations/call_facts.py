"""What the customer knows and what has changed during a call: pure, no Django models.

- ``call_scenario``: the scenario as the customer lives it: its hidden facts plus what the
  customer knows about itself without being told (its own full name), so "may I have your
  full name?" is answered like any other question.
- ``apply_steps``: the scenario steps the agent's line had the customer do, each done,
  tried too early ("blocked") or done before ("again"), and what they changed.
- ``choose``: which of several offered resolutions the customer picks.
- ``current_facts``: the facts with the values steps have changed ("the light is green now").
- ``on_the_subject``: whether a line touches the call's subject at all (small talk does not).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from simulations.engines.base import HiddenFact, PersonaData, Resolution, ScenarioData, Step

NAME_FACT = "full_name"


def call_scenario(persona: PersonaData, scenario: ScenarioData) -> ScenarioData:
    """The scenario with the customer's own name as a fact it gives when asked (unless the
    trainer wrote one). Idempotent."""
    from simulations.understanding.scenario import fact_family

    name = persona.name.strip()
    if not name or any(fact_family(f) == "name" for f in scenario.hidden_facts):
        return scenario
    own = HiddenFact(
        key=NAME_FACT,
        label="Full name",
        value=name,
        earned_by=("your name", "full name", "name on the account", "who am i speaking"),
        reveal_line=f"It's {name}.",
    )
    return replace(scenario, hidden_facts=(*scenario.hidden_facts, own))


def current_facts(
    scenario: ScenarioData, keys: Iterable[str], values: Mapping[str, str]
) -> tuple[HiddenFact, ...]:
    """The facts with these keys, in the scenario's order, with the values steps set."""
    keys = set(keys)
    return tuple(
        replace(f, value=values[f.key], reveal_line="") if f.key in values else f
        for f in scenario.hidden_facts
        if f.key in keys
    )


def apply_steps(
    told: Iterable[Step], done: tuple[str, ...], waiting: Iterable[Step] = ()
) -> tuple[tuple[tuple[Step, str], ...], tuple[str, ...], dict[str, str], Step | None]:
    """(what happened to each step told, the step keys done after, fact values changed,
    the step that solved the problem if one did).

    ``waiting``: the steps tried too early on the turn before. One of them is done now if
    this line does what it waited for ("tap Reconnect", then "pick Delaney, not the 5G").
    """
    outcomes: list[tuple[Step, str]] = []
    done_after = list(done)
    told = _in_order(tuple(told))
    told_keys = {step.key for step in told}
    told = told + [
        step
        for step in waiting
        if step.key not in told_keys
        and step.key not in done_after
        and told_keys.intersection(step.requires)
    ]
    values: dict[str, str] = {}
    solved = None
    for step in told:
        if step.key in done_after:
            outcomes.append((step, "again"))
        elif any(need not in done_after for need in step.requires):
            outcomes.append((step, "blocked"))
        else:
            outcomes.append((step, "done"))
            done_after.append(step.key)
            if step.fact:
                values[step.fact] = step.value
            if step.solves and solved is None:
                solved = step
    return tuple(outcomes), tuple(done_after), values, solved


def _in_order(told: tuple[Step, ...]) -> list[Step]:
    """The steps of one line in the order they can be done: a step comes after the steps
    it requires that the same line also told ("tap Reconnect and pick Delaney")."""
    pending, ordered = list(told), []
    while pending:
        keys = {step.key for step in pending}
        ready = next((s for s in pending if not keys.intersection(s.requires) - {s.key}), None)
        if ready is None:
            return ordered + pending
        ordered.append(ready)
        pending.remove(ready)
    return ordered


def solved_resolution(scenario: ScenarioData, step: Step) -> str:
    """What ``accepted`` records when a step solves the problem: the scenario's allowed,
    satisfying troubleshooting resolution, or the step itself."""
    from simulations.understanding.scenario import offer_family

    for resolution in scenario.resolutions:
        if (
            resolution.allowed
            and resolution.satisfies
            and offer_family(resolution) == "troubleshoot"
        ):
            return resolution.key
    return f"step:{step.key}"


def solved_by_steps(scenario: ScenarioData) -> bool:
    """The problem is solved by doing steps, not by agreeing to an offer to do them."""
    return any(step.solves for step in scenario.steps)


def choose(scenario: ScenarioData, offered: Iterable[Resolution]) -> Resolution | None:
    """The one the customer picks among several allowed offers: its stated preference,
    else the first that meets its goal, else the first."""
    options = [r for r in offered if r.allowed]
    if len({r.key for r in options}) < 2:
        return None
    for key in scenario.prefers:
        for resolution in options:
            if resolution.key == key:
                return resolution
    return next((r for r in options if r.satisfies), options[0])


_WORD = re.compile(r"(?<![\w'])[a-zà-ÿ0-9][a-zà-ÿ0-9-]{3,}(?![\w'])")
_COMMON = frozenset(
    "that this with have your about there what when where which would could should thanks "
    "thank really just them they their then than been from here were will make sure know "
    "like also into want need much many very some more most right okay yeah well sorry "
    "great good lovely nice today time day days week something anything everything "
    "tomorrow yesterday morning afternoon evening tonight thing things little still again "
    "maybe actually honestly basically right now here there".split()
)


def _stems(text: str) -> set[str]:
    return {w[:6] for w in _WORD.findall(text.lower()) if w not in _COMMON}


def _scenario_stems(scenario: ScenarioData) -> frozenset[str]:
    parts = [scenario.title, scenario.problem, scenario.goal, scenario.opening_line]
    parts.append(scenario.customer_name)
    for fact in scenario.hidden_facts:
        parts += [fact.label, fact.value, *fact.earned_by]
    for resolution in scenario.resolutions:
        parts += [resolution.label, *resolution.phrases]
    for step in scenario.steps:
        parts += [step.label, *step.phrases]
    return _stems_of(tuple(parts))


@functools.lru_cache(maxsize=64)
def _stems_of(parts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_stems(" ".join(parts)))


def on_the_subject(text: str, scenario: ScenarioData, customer_said: str, language: str) -> bool:
    """Whether a line touches the call's subject at all: a word of the scenario (its
    problem, facts, resolutions, steps), of what the customer just said, or of the
    service vocabulary every call shares ("order", "account", "refund")."""
    from simulations.understanding.tables import languages, table

    code = (language or "en").lower()
    if table(code if code in languages() else "en").on_topic.search(text.lower()):
        return True
    words = _stems(text)
    shared = words & (_scenario_stems(scenario) | _stems(customer_said))
    # One shared word in a line about something else ("our smart thermostat is on offer")
    # is a coincidence; two, or a short line about little else, is the subject.
    return len(shared) >= 2 or (len(shared) == 1 and len(words) <= 4)
