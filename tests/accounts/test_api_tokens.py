from django.urls import reverse
from wagtail.models import APIToken


def test_creating_a_token_shows_it_once_and_stores_only_a_hash(client_for, agent):
    client = client_for(agent)
    response = client.post(reverse("accounts:profile"), {"name": "QA export"})
    assert response.status_code == 200
    raw = response.context["new_token"]
    assert raw and raw.encode() in response.content
    token = APIToken.objects.get(user=agent)
    assert token.name == "QA export"
    assert raw not in token.key_hash and token.key_hash != raw
    again = client.get(reverse("accounts:profile"))
    assert raw.encode() not in again.content


def test_a_token_authenticates_api_calls_until_revoked(client_for, agent, client):
    raw = (
        client_for(agent).post(reverse("accounts:profile"), {"name": "bridge"}).context["new_token"]
    )
    client.logout()
    response = client.get("/api/v1/accounts/me", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 200
    assert response.json()["username"] == "agent"
    assert response.json()["roles"] == ["agent"]

    token = APIToken.objects.get(user=agent)
    client.force_login(agent)
    client.post(reverse("accounts:token_revoke", args=[token.pk]))
    client.logout()
    response = client.get("/api/v1/accounts/me", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 401
    assert "Authentication required" in response.json()["detail"]


def test_a_token_without_a_name_is_refused_with_a_reason(client_for, agent):
    response = client_for(agent).post(reverse("accounts:profile"), {"name": "   "})
    assert response.status_code == 400
    assert not APIToken.objects.filter(user=agent).exists()


def test_nobody_revokes_someone_elses_token(client_for, agent, other_agent):
    token, _ = APIToken.create_token(user=agent, name="mine")
    response = client_for(other_agent).post(reverse("accounts:token_revoke", args=[token.pk]))
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_a_person_holds_at_most_ten_active_tokens(client_for, agent):
    for i in range(10):
        APIToken.create_token(user=agent, name=f"t{i}")
    response = client_for(agent).post(reverse("accounts:profile"), {"name": "one too many"})
    assert response.status_code == 400
    assert b"at most 10" in response.content
