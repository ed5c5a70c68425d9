"""POST /api/v1/simulations/understand: who may call it, its JSON, its errors, its throttle.

The rules backend behind it is being rewritten, so these tests hold to the contract
(``Understanding.to_dict()``'s shape, quotes that index the text, a scenario's fact keys)
rather than to which cues it finds today.
"""

import json

import pytest
from django.test import Client, override_settings

from accounts.services import api_token_create
from simulations.models import ScenarioHiddenFact
from tests.simulations import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/simulations/understand"
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


def post(client, data):
    return client.post(URL, json.dumps(data), content_type="application/json")


@pytest.fixture
def scenario(db):
    return factories.published_scenario()


@pytest.fixture
def draft(db):
    return factories.published_scenario(slug="draft-scenario", title="Draft", publish=False)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 401),
        ("new_hire", 200),
        ("agent", 200),
        ("trainer", 200),
        ("manager", 200),
        ("admin", 200),
    ],
)
def test_any_signed_in_user_may_read_a_line(client_for, role_users, role, expected):
    response = post(client_for(role_users[role]), {"text": "Hello, I'm so sorry about that."})
    assert response.status_code == expected, response.content
    assert response["Content-Type"].startswith("application/json")
    if expected == 401:
        assert "Bearer" in response.json()["detail"]


def test_the_answer_is_understanding_to_dict_and_quotes_index_the_text(client_for, agent):
    text = "Hello,  I'm so sorry about that.\nI'll sort it out for you today."
    response = post(client_for(agent), {"text": text})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == KEYS
    assert data["language"] == "en"
    assert isinstance(data["off_topic"], bool) and isinstance(data["addressed_to_grader"], bool)
    assert data["facts"] == [] and data["resolutions"] == []  # no scenario: none to find
    for cue in data["cues"]:
        assert set(cue) == {"kind", "quote", "start", "end"}
        assert text[cue["start"] : cue["end"]] == cue["quote"]


def test_a_scenario_line_returns_the_fact_key_it_asks_for(client_for, agent, scenario):
    response = post(client_for(agent), {"text": ASK_ORDER, "scenario": scenario.slug})
    assert response.status_code == 200, response.content
    assert "order_number" in response.json()["facts"]


def test_a_bearer_token_caller_may_read_a_line(agent, scenario):
    _token, raw = api_token_create(user=agent, name="quality tool")
    bridge = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    response = post(bridge, {"text": ASK_ORDER, "scenario": scenario.slug})
    assert response.status_code == 200
    assert "order_number" in response.json()["facts"]


def test_a_signed_in_browser_needs_the_csrf_token(agent):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(agent)
    assert post(browser, {"text": "Hello"}).status_code == 403
    browser.get("/practice/")  # sets the csrftoken cookie
    token = browser.cookies["csrftoken"].value
    response = browser.post(
        URL, json.dumps({"text": "Hello"}), content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 200


@pytest.mark.parametrize("slug", ["no-such-scenario", "draft-scenario"])
def test_learners_get_404_for_an_unknown_or_unpublished_scenario(client_for, agent, draft, slug):
    response = post(client_for(agent), {"text": ASK_ORDER, "scenario": slug})
    assert response.status_code == 404
    detail = response.json()["detail"]
    assert slug in detail and "no published scenario" in detail


@pytest.mark.parametrize("role", ["trainer", "admin"])
def test_trainers_and_admins_read_a_drafts_latest_revision(client_for, role_users, draft, role):
    response = post(client_for(role_users[role]), {"text": ASK_ORDER, "scenario": draft.slug})
    assert response.status_code == 200, response.content
    assert "order_number" in response.json()["facts"]


def test_authors_get_404_for_a_slug_no_scenario_has(client_for, trainer):
    response = post(client_for(trainer), {"text": "Hello", "scenario": "no-such-scenario"})
    assert response.status_code == 404
    assert "no-such-scenario" in response.json()["detail"]


def test_a_new_draft_revision_counts_for_authors_and_not_for_learners(
    client_for, trainer, agent, scenario
):
    scenario.hidden_facts = [
        *scenario.hidden_facts.all(),
        ScenarioHiddenFact(
            key="loyalty_tier", label="Loyalty tier", value="Gold", earned_by="loyalty tier"
        ),
    ]
    scenario.save_revision()  # a draft: the live scenario is unchanged
    body = {"text": "Which loyalty tier are you on?", "scenario": scenario.slug}
    assert "loyalty_tier" in post(client_for(trainer), body).json()["facts"]
    assert "loyalty_tier" not in post(client_for(agent), body).json()["facts"]


@pytest.mark.parametrize(
    ("body", "field", "needle"),
    [
        ({}, "text", ""),
        ({"text": ""}, "text", "empty"),
        ({"text": "   \n "}, "text", "empty"),
        ({"text": "y" * 2001}, "text", "2000 characters"),
        ({"text": 42}, "text", ""),
        ({"text": "Hello", "language": "xx"}, "language", "en, fr, zh-hans, id, bg"),
    ],
)
def test_bad_input_is_422_naming_the_field(client_for, agent, body, field, needle):
    response = post(client_for(agent), body)
    assert response.status_code == 422, response.content
    data = response.json()
    assert data["errors"][0]["field"] == field
    assert needle in data["detail"]


def test_the_longest_line_allowed_is_read(client_for, agent):
    assert post(client_for(agent), {"text": "y" * 2000}).status_code == 200


@pytest.mark.parametrize("code", ["fr", "zh_Hans", "ZH-HANS", "bg", "", None])
def test_interface_language_codes_are_accepted_in_any_spelling(client_for, agent, code):
    response = post(client_for(agent), {"text": "Bonjour, je suis désolé.", "language": code})
    assert response.status_code == 200, response.content


def test_its_own_throttle_returns_429_once_exceeded(client_for, agent):
    client = client_for(agent)
    with override_settings(UNDERSTAND_RATE_LIMIT="2/m"):
        statuses = [post(client, {"text": "Hello"}).status_code for _ in range(4)]
        assert statuses == [200, 200, 429, 429]
        assert "detail" in post(client, {"text": "Hello"}).json()
        # Other endpoints keep their own (API-wide) budget.
        assert client.get("/api/v1/simulations/scenarios").status_code == 200


def test_the_api_wide_limit_applies_too(client_for, agent):
    client = client_for(agent)
    with override_settings(API_RATE_LIMIT="2/m", UNDERSTAND_RATE_LIMIT="100/m"):
        statuses = [post(client, {"text": "Hello"}).status_code for _ in range(3)]
        assert statuses == [200, 200, 429]


def test_the_endpoint_is_documented_in_the_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/simulations/understand"]["post"]
    assert {"200", "401", "404", "422", "429"} <= set(operation["responses"])
    assert "UnderstandingOut" in schema["components"]["schemas"]
    assert set(schema["components"]["schemas"]["UnderstandingOut"]["properties"]) == KEYS
