"""A scenario's "accepts only after" list names real cue kinds and hidden-fact keys.

Checked by ``Scenario.clean()`` (simulations.authoring): on the model, and in the Wagtail
editor, where the hidden facts added or deleted in the same submit count.
"""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import querydict_from_html

from packs.demo import items
from simulations.authoring import accept_requires_errors
from simulations.models import Scenario
from simulations.understanding import CueKind
from tests.simulations import factories

SCENARIOS = items("scenario")

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(db):
    return factories.published_scenario()


def clean_error(scenario, value) -> str:
    scenario.accept_requires = value
    with pytest.raises(ValidationError) as caught:
        scenario.full_clean()
    return " ".join(caught.value.message_dict["accept_requires"])


def test_a_typo_is_an_error_that_lists_the_valid_kinds_and_fact_keys(scenario):
    message = clean_error(scenario, "verifcation, order_number")
    assert "“verifcation” (did you mean “verification”?)" in message
    assert all(kind.value in message for kind in CueKind)
    assert "Hidden-fact keys: order_number" in message


def test_every_unknown_item_is_named_once(scenario):
    message = clean_error(scenario, "empathy\nordr_number, wibble, wibble")
    assert "“ordr_number” (did you mean “order_number”?)" in message
    assert message.count("“wibble”") == 1
    assert "“empathy”" not in message


def test_pseudo_cues_are_not_requirements(scenario):
    # The mood model's "vague" or "silence" never count as achieved in a call.
    assert "“vague”" in clean_error(scenario, "vague")


@pytest.mark.parametrize(
    "value", ["", "verification", "order_number", "Verification,\n order_number, empathy"]
)
def test_cue_kinds_and_the_scenarios_fact_keys_save(scenario, value):
    scenario.accept_requires = value
    scenario.full_clean()
    scenario.save()


def test_a_scenario_without_hidden_facts_says_so(scenario):
    scenario.hidden_facts = []
    scenario.accept_requires = "order_number"
    assert "none yet" in accept_requires_errors(scenario)


@pytest.mark.parametrize("data", SCENARIOS, ids=[s["slug"] for s in SCENARIOS])
def test_the_demo_scenarios_are_valid(data):
    scenario = factories.demo_scenario(data["slug"])
    assert accept_requires_errors(scenario) == ""


# -- in the Wagtail editor --------------------------------------------------------------------


def edit_url(scenario) -> str:
    return f"/cms/snippets/simulations/scenario/edit/{scenario.pk}/"


def editor_form(client, scenario):
    html = client.get(edit_url(scenario)).content.decode()
    return querydict_from_html(html, form_id="w-editor-form")


def add_fact(data, key: str):
    i = int(data["hidden_facts-TOTAL_FORMS"])
    data["hidden_facts-TOTAL_FORMS"] = str(i + 1)
    prefix = f"hidden_facts-{i}-"
    data.update(
        {
            prefix + "key": key,
            prefix + "label": "Loyalty tier",
            prefix + "value": "Gold",
            prefix + "earned_by": "loyalty tier",
            prefix + "reveal_line": "",
            prefix + "ORDER": str(i),
            prefix + "DELETE": "",
            prefix + "id": "",
        }
    )


def test_the_editor_shows_the_error_on_the_field(client_for, trainer, scenario):
    client = client_for(trainer)
    data = editor_form(client, scenario)
    data["accept_requires"] = "verifcation"
    response = client.post(edit_url(scenario), data)
    assert response.status_code == 200  # the form again, with the error
    html = response.content.decode()
    assert "did you mean “verification”?" in html
    assert "Hidden-fact keys: order_number" in html
    assert scenario.revisions.count() == 1  # nothing saved


def test_a_fact_added_in_the_same_save_may_be_required(client_for, trainer, scenario):
    client = client_for(trainer)
    data = editor_form(client, scenario)
    add_fact(data, "loyalty_tier")
    data["accept_requires"] = "verification, order_number, loyalty_tier"
    response = client.post(edit_url(scenario), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    latest = Scenario.objects.get(pk=scenario.pk).get_latest_revision_as_object()
    assert latest.accept_requires == "verification, order_number, loyalty_tier"
    assert {f.key for f in latest.hidden_facts.all()} == {"order_number", "loyalty_tier"}


def test_a_fact_deleted_in_the_same_save_may_no_longer_be_required(client_for, trainer, scenario):
    client = client_for(trainer)
    data = editor_form(client, scenario)
    data["hidden_facts-0-DELETE"] = "1"
    data["accept_requires"] = "order_number"
    response = client.post(edit_url(scenario), data)
    assert response.status_code == 200
    assert "“order_number”" in response.content.decode()


# -- steps and preferences in the editor --------------------------------------------------------


def add_step(data, key: str, *, requires: str = "", fact: str = ""):
    i = int(data["steps-TOTAL_FORMS"])
    data["steps-TOTAL_FORMS"] = str(i + 1)
    prefix = f"steps-{i}-"
    data.update(
        {
            prefix + "key": key,
            prefix + "label": key.replace("_", " ").capitalize(),
            prefix + "phrases": key.replace("_", " "),
            prefix + "requires": requires,
            prefix + "report": "Done that.",
            prefix + "blocked_report": "",
            prefix + "fact": fact,
            prefix + "value": "",
            prefix + "ORDER": str(i),
            prefix + "DELETE": "",
            prefix + "id": "",
        }
    )


def test_steps_and_what_they_change_save_from_the_editor(client_for, trainer, scenario):
    client = client_for(trainer)
    data = editor_form(client, scenario)
    add_step(data, "check_tracking", fact="order_number")
    add_step(data, "open_claim", requires="check_tracking")
    response = client.post(edit_url(scenario), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    latest = Scenario.objects.get(pk=scenario.pk).get_latest_revision_as_object()
    steps = latest.to_data().steps
    assert [s.key for s in steps] == ["check_tracking", "open_claim"]
    assert steps[1].requires == ("check_tracking",) and steps[0].fact == "order_number"


def test_a_step_after_an_unknown_step_or_changing_an_unknown_fact_is_an_error(
    client_for, trainer, scenario
):
    client = client_for(trainer)
    data = editor_form(client, scenario)
    add_step(data, "open_claim", requires="check_trackin", fact="parcel_colour")
    response = client.post(edit_url(scenario), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "“check_trackin”" in html and "another step" in html
    assert "“parcel_colour”" in html and "order_number" in html
    assert scenario.revisions.count() == 1  # nothing saved


def test_prefers_names_resolutions_of_the_scenario(client_for, trainer, scenario):
    client = client_for(trainer)
    data = editor_form(client, scenario)
    data["prefers"] = "reshp"
    response = client.post(edit_url(scenario), data)
    assert response.status_code == 200
    assert "did you mean" in response.content.decode()
    assert scenario.revisions.count() == 1


def test_a_resolutions_own_requirement_names_a_cue_kind_or_a_fact(client_for, trainer, scenario):
    client = client_for(trainer)
    data = editor_form(client, scenario)
    data["resolutions-0-requires"] = "order_numbr"
    response = client.post(edit_url(scenario), data)
    assert response.status_code == 200
    assert "did you mean “order_number”?" in response.content.decode()
    data["resolutions-0-requires"] = "order_number, empathy"
    response = client.post(edit_url(scenario), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    latest = Scenario.objects.get(pk=scenario.pk).get_latest_revision_as_object()
    assert latest.to_data().resolutions[0].requires == ("order_number", "empathy")
