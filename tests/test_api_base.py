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
