"""Personas and scenarios as snippets: conversion to the engine's data, revisions, choices."""

import pytest
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin

from simulations.engines.base import PersonaData, ScenarioData, Trigger
from simulations.models import CUE_CHOICES, Persona, Scenario
from simulations.understanding.kinds import CueKind
from tests.simulations import factories

pytestmark = pytest.mark.django_db


def test_persona_and_scenario_are_snippets_with_drafts_revisions_preview_and_locking():
    for model in (Persona, Scenario):
        for mixin in (DraftStateMixin, RevisionMixin, PreviewableMixin, LockableMixin):
            assert issubclass(model, mixin)


def test_trigger_choices_cover_every_cue_kind():
    assert [str(k) for k in CueKind] == [value for value, _ in CUE_CHOICES][: len(CueKind)]


def test_persona_to_data():
    persona = factories.persona()
    data = persona.to_data()
    assert isinstance(data, PersonaData)
    assert data.temperament == "angry" and data.starting_mood == 25 and data.patience == 3
    assert Trigger("apology", 7) in data.calmed_by
    assert Trigger("dismissive", 9) in data.inflamed_by
    assert data.voice_hint == "female"


def test_scenario_to_data_keeps_facts_resolutions_and_requirements():
    scenario = factories.published_scenario(
        customer_lines={"vent": {"low": ["Nine days!"], "any": ["Still waiting."]}}
    )
    data = scenario.to_data()
    assert isinstance(data, ScenarioData)
    assert data.slug == "test-late-order" and data.customer_name == "Ms Test"
    fact = data.hidden_facts[0]
    assert (fact.key, fact.value, fact.earned_by) == ("order_number", "XYZ-1", ("order number",))
    keys = {r.key: r for r in data.resolutions}
    assert keys["reship"].allowed and keys["reship"].phrases == ("reship", "send a replacement")
    assert not keys["date_promise"].allowed
    assert data.accept_requires == ("order_number",)
    assert data.customer_lines["vent"]["low"] == ("Nine days!", "Still waiting.")
    assert data.customer_lines["vent"]["high"] == ("Still waiting.",)


def test_the_latest_revision_round_trips_to_the_same_data():
    scenario = factories.published_scenario()
    from_revision = scenario.live_revision.as_object().to_data()
    assert from_revision == Scenario.objects.get(pk=scenario.pk).to_data()


def test_briefing_rows_parse_label_value_lines():
    scenario = factories.published_scenario(customer_record="Name: Rosa\nNo label here\n\n")
    assert scenario.customer_record_rows == [("Name", "Rosa"), ("", "No label here")]


def test_published_queryset_hides_drafts():
    factories.published_scenario()
    factories.published_scenario(slug="draft", title="Draft", publish=False)
    assert list(Scenario.objects.published().values_list("slug", flat=True)) == ["test-late-order"]


def test_session_duration_and_transcript(agent):
    session = factories.session(agent)
    assert session.duration.total_seconds() >= 0
    assert [line.text for line in session.transcript()] == [
        "My order is nine days late. Where is it?"
    ]


def test_trainers_and_admins_get_authoring_permissions(trainer, agent):
    assert trainer.has_perm("simulations.add_scenario")
    assert trainer.has_perm("simulations.publish_scenario")
    assert trainer.has_perm("simulations.change_persona")
    assert not agent.has_perm("simulations.add_scenario")
