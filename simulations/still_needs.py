"""What the customer still needs before they accept a resolution, in plain words.

The call screen asks the agent to confirm a Resolve the customer has not agreed to, and
names what is missing: the checks the scenario's ``accept_requires`` (and the offer's own
``requires``) ask for, and an offer the customer can accept or a fix that works. Read from
the conversation state the server keeps (``simulations.conversation``), so the screen says
what the server will record. Pure: the scenario's data and the state's dict in, strings in
the active language out; an empty tuple once the customer has accepted.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from simulations.call_facts import solved_by_steps
from simulations.engines.base import ScenarioData
from simulations.intent import unmet_requirements
from simulations.understanding import CueKind

# What a customer waits to hear, per cue kind a scenario may require before accepting.
CUE_NEEDS = {
    CueKind.VERIFICATION: gettext_lazy("Their identity checked (verify the account)"),
    CueKind.EMPATHY: gettext_lazy("To hear that you understand how they feel"),
    CueKind.ACKNOWLEDGEMENT: gettext_lazy("To hear that you have understood the problem"),
    CueKind.APOLOGY: gettext_lazy("An apology"),
    CueKind.OWNERSHIP: gettext_lazy("Someone who takes ownership of the problem"),
    CueKind.NEXT_STEPS: gettext_lazy("Clear next steps: what happens now, and when"),
    CueKind.CUSTOMER_NAME: gettext_lazy("To be called by their name"),
    CueKind.CLARIFYING_QUESTION: gettext_lazy("Questions that get to the bottom of the problem"),
    CueKind.GREETING: gettext_lazy("A proper greeting"),
    CueKind.CONSENT: gettext_lazy("To be asked whether now is a good time to talk"),
    CueKind.TERMS: gettext_lazy("The price and the terms: how it renews, how to cancel"),
    CueKind.EASY_DECLINE: gettext_lazy("To know that no is a fine answer"),
    CueKind.PRIVATE_CHANNEL: gettext_lazy("To move to a private message first"),
}


def _requirement(need: str, scenario: ScenarioData) -> str:
    if need in CUE_NEEDS:
        return str(CUE_NEEDS[need])
    if need in {str(k) for k in CueKind}:
        return str(CueKind(need).label)
    fact = next((f for f in scenario.hidden_facts if f.key == need), None)
    if fact is not None:
        return _("To be asked about: %(detail)s") % {"detail": fact.label}
    step = next((s for s in scenario.steps if s.key == need), None)
    if step is not None:
        return _("This step done: %(step)s") % {"step": step.label}
    return need


def still_needs(scenario: ScenarioData, state: Mapping | None) -> tuple[str, ...]:
    """What stands between the call and the customer accepting; () once they have."""
    state = state or {}
    if state.get("accepted"):
        return ()
    cue_counts = state.get("cue_counts") or {}
    known = set(state.get("known_facts") or ())
    by_key = {r.key: r for r in scenario.resolutions}
    offers = [by_key[k] for k in state.get("offered") or () if k in by_key]
    acceptable = [r for r in offers if r.allowed and r.satisfies]
    pending = acceptable[-1] if acceptable else None
    needs = [
        _requirement(need, scenario)
        for need in unmet_requirements(scenario, cue_counts, known, pending)
    ]
    if solved_by_steps(scenario):
        needs.append(_("Their problem fixed, or an offer they can accept"))
    elif pending is None and offers:
        needs.append(_("An offer they can accept, within the policy: none of your offers so far"))
    elif pending is None:
        needs.append(_("An offer they can accept: you have not offered one yet"))
    if not needs:
        needs.append(_("To say yes to what you offered: ask whether it works for them"))
    return tuple(needs)
