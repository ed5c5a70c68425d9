"""The API's shared behaviour: authentication, error shape, docs, throttling."""

import pytest


def test_unauthenticated_calls_get_401_json(client, db):
    response = client.get("/api/v1/accounts/me")
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert "Bearer" in response.json()["detail"]


def test_a_malformed_bearer_token_is_401(client, db):
    response = client.get("/api/v1/accounts/me", headers={"Authorization": "Bearer nonsense"})
    assert response.status_code == 401


def test_the_browser_session_authenticates(client_for, manager, team):
    response = client_for(manager).get("/api/v1/accounts/me")
    assert response.status_code == 200
    assert response.json()["teams"] == []
    assert response.json()["roles"] == ["manager"]


def test_unknown_api_paths_are_404(client_for, agent):
    response = client_for(agent).get("/api/v1/no-such-thing")
    assert response.status_code == 404


def test_openapi_docs_are_served_without_a_cdn(client, db):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert b"cdn.jsdelivr" not in response.content
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["info"]["title"] == "Callwise API"
    assert "/api/v1/accounts/me" in schema["paths"]


def test_too_many_requests_get_429(client_for, agent, settings):
    settings.API_RATE_LIMIT = "3/m"
    client = client_for(agent)
    statuses = [client.get("/api/v1/accounts/me").status_code for _ in range(5)]
    assert statuses[:3] == [200, 200, 200]
    assert statuses[3:] == [429, 429]


@pytest.mark.parametrize("header", ["Bearer ", "Token abc", "Bearer " + "x" * 5000])
def test_odd_authorization_headers_are_refused_cleanly(client, db, header):
    response = client.get("/api/v1/accounts/me", headers={"Authorization": header})
    assert response.status_code == 401


# Errors are JSON in every settings module -----------------------------------------


def _settings_module(name, monkeypatch):
    """The DEBUG and MIDDLEWARE a settings module gives (production needs its two variables)."""
    import importlib
    import sys

    monkeypatch.setenv("DJANGO_SECRET_KEY", "k7#Qp2-api-errors-" + "x9Lm4Zr8Tq" * 5)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "academy.example.com")
    monkeypatch.delenv("DJANGO_DEBUG", raising=False)
    module = sys.modules.get(name)
    module = importlib.reload(module) if module else importlib.import_module(name)
    return module.DEBUG, module.MIDDLEWARE


@pytest.fixture(params=["lms.settings.production", "lms.settings.dev", "lms.settings.test"])
def settings_like(request, settings, monkeypatch):
    settings.DEBUG, settings.MIDDLEWARE = _settings_module(request.param, monkeypatch)
    return request.param


def _json(response) -> dict:
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response.json()


def test_an_unknown_api_path_is_404_json(settings_like, client_for, agent):
    client = client_for(agent)
    client.raise_request_exception = False
    response = client.get("/api/v1/no-such-thing", secure=True)
    assert response.status_code == 404
    assert "/api/v1/docs" in _json(response)["detail"]


def test_a_method_the_path_does_not_take_is_405_json(settings_like, client_for, agent):
    client = client_for(agent)
    client.raise_request_exception = False
    response = client.delete("/api/v1/accounts/me", secure=True)
    assert response.status_code == 405
    assert "GET" in _json(response)["detail"] and "GET" in response["Allow"]


def test_a_crash_in_an_endpoint_is_a_logged_500_json_that_leaks_nothing(
    settings_like, client, db, monkeypatch, caplog
):
    import certification.api

    def broken(token):
        raise RuntimeError("secret-internal-detail")

    monkeypatch.setattr(certification.api, "certificate_get_by_token", broken)
    client.raise_request_exception = False
    response = client.get("/api/v1/certification/verify/abc", secure=True)
    assert response.status_code == 500
    detail = _json(response)["detail"]
    assert "logged" in detail and "secret-internal-detail" not in detail
    assert any("secret-internal-detail" in str(r.exc_info) for r in caplog.records if r.exc_info)


def test_a_crash_outside_the_endpoint_is_a_500_json_too(settings_like, client, db, monkeypatch):
    from lms.api import ApiRateThrottle

    def broken(self, request):
        raise ConnectionError("cache is down")

    monkeypatch.setattr(ApiRateThrottle, "allow_request", broken)
    client.raise_request_exception = False
    response = client.get("/api/v1/certification/verify/abc", secure=True)
    assert response.status_code == 500
    assert "cache is down" not in _json(response)["detail"]


def test_pages_outside_the_api_keep_their_html_errors(client_for, agent):
    response = client_for(agent).get("/courses/no-such-page/")
    assert response.status_code == 404
    assert not response["Content-Type"].startswith("application/json")


# Authentication edges on unsafe methods -------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-real-token"}, {"Authorization": "Basic abc"}],
    ids=["no token", "unknown token", "another scheme"],
)
def test_a_post_without_valid_credentials_is_401_not_a_csrf_error(db, headers):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/api/v1/courses/lessons/1/complete", headers=headers)
    assert response.status_code == 401
    detail = response.json()["detail"]
    assert "Bearer" in detail and "CSRF" not in detail


def test_a_revoked_token_on_a_post_is_401_even_with_a_session_cookie(agent):
    from django.test import Client

    from accounts.services import api_token_create, api_token_revoke

    token, raw = api_token_create(user=agent, name="old script")
    api_token_revoke(token=token)
    client = Client(enforce_csrf_checks=True)
    client.force_login(agent)
    response = client.post(
        "/api/v1/courses/lessons/1/complete", headers={"Authorization": f"Bearer {raw}"}
    )
    assert response.status_code == 401
    assert "not accepted" in response.json()["detail"]


def test_a_signed_in_browser_post_without_the_csrf_token_is_403_saying_what_to_send(agent):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(agent)
    response = client.post("/api/v1/courses/lessons/1/complete")
    assert response.status_code == 403
    detail = response.json()["detail"]
    assert "CSRF" in detail and "X-CSRFToken" in detail


def test_a_valid_token_posts_without_a_csrf_token(agent):
    from django.test import Client

    from accounts.services import api_token_create

    _token, raw = api_token_create(user=agent, name="script")
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/api/v1/courses/lessons/1/complete", headers={"Authorization": f"Bearer {raw}"}
    )
    assert response.status_code == 404  # authenticated: the lesson simply does not exist


# The anonymous throttle and X-Forwarded-For ---------------------------------------

VERIFY = "/api/v1/certification/verify/no-such-token"  # public: throttled by IP address


def _statuses(client, forwarded_for: list[str]) -> list[int]:
    return [
        client.get(VERIFY, headers={"X-Forwarded-For": xff}).status_code for xff in forwarded_for
    ]


def test_x_forwarded_for_is_not_trusted_by_default(client, db, settings):
    settings.API_RATE_LIMIT = "3/m"
    rotating = [f"198.51.100.{i}" for i in range(6)]
    assert _statuses(client, rotating) == [404, 404, 404, 429, 429, 429]


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(client, db, settings):
    settings.API_RATE_LIMIT = "3/m"
    settings.TRUSTED_PROXY_COUNT = 1
    assert _statuses(client, [f"198.51.100.{i}" for i in range(6)]) == [404] * 6
    # What the client wrote before the proxy's entry is not believed.
    spoofed = [f"10.0.0.{i}, 203.0.113.7" for i in range(5)]
    assert _statuses(client, spoofed) == [404, 404, 404, 429, 429]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/v1/simulations/sessions", '{"scenario": "late\\ud800"}'),
        (
            "/api/v1/assessments/grade-transcript",
            '{"transcript": [{"speaker": "agent", "text": "hi \\udc00"}]}',
        ),
    ],
)
def test_a_lone_surrogate_anywhere_in_a_json_body_is_a_clear_422(client_for, trainer, path, body):
    client = client_for(trainer)
    response = client.post(path, body, content_type="application/json")
    assert response.status_code == 422
    assert "broken character" in response.json()["detail"]


def test_a_real_emoji_escaped_as_a_surrogate_pair_is_fine(client_for, agent):
    client = client_for(agent)
    response = client.post(
        "/api/v1/simulations/sessions",
        '{"scenario": "none\\ud83d\\ude00"}',
        content_type="application/json",
    )
    assert response.status_code == 404  # an unknown scenario, not a broken body
