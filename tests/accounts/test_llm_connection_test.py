"""The admin's "Test connection": one short completion against the configured LLM, with the
model, the latency and the reply or the error in plain words; only admins may run it."""

import time

import pytest

from lms import llm
from tests.fake_openai import Reply

pytestmark = pytest.mark.django_db

URL = "/accounts/llm/test/"


@pytest.fixture
def endpoint(llm_configured, settings):
    settings.OPENAI_CUSTOMER_MODEL = "callwise-test-model"
    return llm_configured


def test_the_admin_home_has_a_test_connection_button_that_posts_with_a_csrf_token(
    client_for, admin_user
):
    page = client_for(admin_user).get("/").content.decode()
    assert f'action="{URL}"' in page
    assert "Test connection" in page
    form = page[page.index(f'action="{URL}"') :]
    assert 'name="csrfmiddlewaretoken"' in form[: form.index("</form>")]


@pytest.mark.parametrize("role", ["new_hire", "agent", "trainer", "manager"])
def test_other_roles_see_no_test_connection_button(client_for, role_users, role):
    assert URL not in client_for(role_users[role]).get("/").content.decode()


def test_a_working_endpoint_shows_the_model_the_latency_and_the_reply(
    client_for, admin_user, endpoint
):
    endpoint.queue(Reply("ready"))
    response = client_for(admin_user).post(URL)
    assert response.status_code == 200
    result = response.context["result"]
    assert result.ok and result.model == "callwise-test-model"
    assert result.latency_ms is not None and result.latency_ms >= 0
    page = response.content.decode()
    assert "The model callwise-test-model answered in" in page
    assert f"{result.latency_ms} ms" in page
    assert "“ready”" in page
    (request,) = endpoint.requests
    assert request["body"]["model"] == "callwise-test-model"
    assert request["body"]["max_tokens"] <= 16  # one short answer, not a conversation


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (Reply(status=500), "The endpoint had an error of its own (500)."),
        (Reply(status=401), "The endpoint refused the API key (401): check OPENAI_API_KEY."),
        (Reply(status=404), "no model called “callwise-test-model”"),
        (Reply(status=429), "busy or out of quota (429)"),
    ],
)
def test_an_endpoint_error_is_said_in_plain_words(client_for, admin_user, endpoint, reply, words):
    endpoint.queue(reply)
    response = client_for(admin_user).post(URL)
    assert response.status_code == 200
    assert not response.context["result"].ok
    page = response.content.decode()
    assert "The test of callwise-test-model failed after" in page
    assert words in page
    assert len(endpoint.requests) == 1  # no retry


def test_a_slow_endpoint_is_given_up_on_within_the_test_timeout(
    client_for, admin_user, endpoint, settings, monkeypatch
):
    settings.OPENAI_TIMEOUT = 30.0  # the product's own budget is long ...
    monkeypatch.setattr(llm, "CONNECTION_TEST_TIMEOUT", 0.5)  # ... the test's is not
    endpoint.queue(Reply("too late", delay=3))
    started = time.perf_counter()
    response = client_for(admin_user).post(URL)
    assert time.perf_counter() - started < 2.5
    assert "No answer within 0.5 seconds" in response.content.decode()


def test_an_unreachable_endpoint_says_so(client_for, admin_user, settings):
    settings.OPENAI_BASE_URL = "http://127.0.0.1:9/v1"  # nothing listens on the discard port
    settings.OPENAI_MAX_RETRIES = 0
    response = client_for(admin_user).post(URL)
    assert "Could not reach the endpoint" in response.content.decode()


def test_without_an_endpoint_it_says_the_product_runs_offline_and_how_to_configure_one(
    client_for, admin_user, fake_llm, settings
):
    settings.OPENAI_BASE_URL = ""
    settings.OPENAI_API_KEY = ""
    response = client_for(admin_user).post(URL)
    page = response.content.decode()
    assert "No LLM endpoint is configured, so Callwise runs offline." in page
    assert "OPENAI_BASE_URL" in page and "OPENAI_CUSTOMER_MODEL" in page
    assert fake_llm.requests == []


def test_opening_the_page_does_not_call_the_model(client_for, admin_user, endpoint):
    response = client_for(admin_user).get(URL)
    assert response.status_code == 200
    assert response.context["result"] is None
    assert "callwise-test-model" in response.content.decode()
    assert endpoint.requests == []


# status for anonymous, new_hire, agent, trainer, manager, admin
ROLES = ["anonymous", "new_hire", "agent", "trainer", "manager", "admin"]
EXPECTED = [302, 403, 403, 403, 403, 200]


@pytest.mark.parametrize("method", ["get", "post"])
def test_only_admins_may_test_the_connection(client_for, role_users, endpoint, method):
    got = {}
    for role in ROLES:
        response = getattr(client_for(role_users[role]), method)(URL)
        got[role] = response.status_code
        if role == "anonymous":
            assert response["Location"].startswith("/accounts/login/")
    assert got == dict(zip(ROLES, EXPECTED, strict=True))
    assert len(endpoint.requests) == (1 if method == "post" else 0)  # the admin's only
