"""The content a session runs on: the scenario and persona at the revisions it pinned.

A session plays the revisions current when it started (``session_start`` pins them), so a
trainer publishing an edit mid-call changes nothing for that call, and a review shows what
the agent actually faced.
"""

from __future__ import annotations

from django.core.cache import cache

from ..models import SimulationSession


def session_content(session: SimulationSession):
    """(Persona, Scenario) objects as they were when the session started (pinned revisions)."""
    cached = getattr(session, "_content", None)
    if cached is not None:
        return cached
    # The live row is the published revision: rebuild from revision JSON only when the
    # session ran on something else (a trial of a draft, or content republished since).
    row = session.scenario
    if session.scenario_revision_id and session.scenario_revision_id != row.live_revision_id:
        scenario = session.scenario_revision.as_object()
    else:
        scenario = row
    persona_row = row.persona
    if session.persona_revision_id and session.persona_revision_id != persona_row.live_revision_id:
        persona = session.persona_revision.as_object()
    else:
        persona = persona_row
    session._content = (persona, scenario)
    return session._content


def session_data(session: SimulationSession):
    """(PersonaData, ScenarioData) for the pinned content.

    A revision never changes, so the data built from a pair of revisions is cached (Django's
    cache) under their ids: rebuilding a scenario from its revision JSON costs dozens of
    queries, and every turn needs it.
    """
    cached = getattr(session, "_data", None)
    if cached is not None:
        return cached
    key = None
    if session.scenario_revision_id and session.persona_revision_id:
        key = f"simulations:data:{session.scenario_revision_id}:{session.persona_revision_id}"
        cached = cache.get(key)
    if cached is None:
        persona, scenario = session_content(session)
        cached = (persona.to_data(), scenario.to_data())
        if key:
            cache.set(key, cached, timeout=None)
    session._data = cached
    return cached
