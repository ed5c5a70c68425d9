"""manage.py understand "<line>" [--scenario slug] [--language code] [--draft]: the API's JSON."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.simulations import factories

pytestmark = pytest.mark.django_db

KEYS = {
    "language",
    "cues",
    "acts",
    "facts",
    "resolutions",
    "steps",
    "commitments",
    "disclosures",
    "off_topic",
    "addressed_to_grader",
}
ASK_ORDER = "Could you give me your order number, please?"


def run(*args) -> tuple[str, dict]:
    out = StringIO()
    call_command("understand", *args, stdout=out)
    return out.getvalue(), json.loads(out.getvalue())


def test_it_prints_the_understanding_as_indented_json():
    text = "Hello, I'm so sorry about that."
    raw, data = run(text)
    assert raw.startswith("{\n  ")  # indented
    assert set(data) == KEYS
    for cue in data["cues"]:
        assert text[cue["start"] : cue["end"]] == cue["quote"]


def test_it_prints_what_the_api_returns(client_for, agent):
    scenario = factories.published_scenario()
    _raw, data = run(ASK_ORDER, "--scenario", scenario.slug)
    api = client_for(agent).post(
        "/api/v1/simulations/understand",
        json.dumps({"text": ASK_ORDER, "scenario": scenario.slug}),
        content_type="application/json",
    )
    assert data == api.json()
    assert "order_number" in data["facts"]


def test_a_language_can_be_given():
    _raw, data = run("Bonjour, je suis vraiment désolé.", "--language", "fr")
    assert set(data) == KEYS


def test_an_unknown_scenario_is_a_clear_error_listing_the_known_ones():
    factories.published_scenario()
    with pytest.raises(CommandError, match="Unknown scenario 'nope'.*test-late-order"):
        run("Hello", "--scenario", "nope")


def test_a_draft_needs_the_draft_flag():
    draft = factories.published_scenario(slug="draft-scenario", publish=False)
    with pytest.raises(CommandError, match="not published.*--draft"):
        run(ASK_ORDER, "--scenario", draft.slug)
    _raw, data = run(ASK_ORDER, "--scenario", draft.slug, "--draft")
    assert "order_number" in data["facts"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["   "], "empty"),
        (["y" * 2001], "2000 characters"),
        (["Hello", "--language", "xx"], "en, fr, zh-hans, id, bg"),
    ],
)
def test_bad_input_is_a_command_error(args, needle):
    with pytest.raises(CommandError, match=needle):
        run(*args)
