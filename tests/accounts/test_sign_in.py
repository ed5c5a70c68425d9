import pytest
from django.urls import reverse


def test_sign_in_page_renders_the_form(client, db):
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200
    assert b'name="username"' in response.content


def test_signing_in_lands_on_the_home_page_for_the_role(client, agent, password):
    response = client.post(
        reverse("accounts:login"), {"username": "agent", "password": password}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/"
    assert b"Welcome back, Arjun" in response.content
    assert b"Agent" in response.content


def test_a_wrong_password_says_so_and_keeps_the_username(client, agent):
    response = client.post(reverse("accounts:login"), {"username": "agent", "password": "nope"})
    assert response.status_code == 200
    assert b"do not match" in response.content
    assert b'value="agent"' in response.content


def test_an_empty_form_names_the_missing_fields(client, db):
    response = client.post(reverse("accounts:login"), {"username": "", "password": ""})
    assert response.status_code == 200
    assert response.content.count(b"This field is required") == 2


def test_repeated_failures_pause_sign_in(client, agent, password, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("accounts:login"), {"username": "agent", "password": "wrong"})
    response = client.post(reverse("accounts:login"), {"username": "agent", "password": password})
    assert response.status_code == 429
    assert b"too many failed sign-in attempts" in response.content


def test_home_requires_sign_in(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_sign_out_is_a_post_and_ends_the_session(client_for, agent):
    client = client_for(agent)
    assert client.get(reverse("accounts:logout")).status_code == 405
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert client.get("/").status_code == 302


@pytest.mark.parametrize(
    ("new1", "new2", "message"),
    [
        ("short", "short", b"too short"),
        ("a-long-new-password-1", "a-different-one-2", b"didn\xe2\x80\x99t match"),
    ],
)
def test_password_change_rejects_bad_input_with_a_reason(
    client_for, agent, password, new1, new2, message
):
    response = client_for(agent).post(
        reverse("accounts:password_change"),
        {"old_password": password, "new_password1": new1, "new_password2": new2},
    )
    assert response.status_code == 200
    assert message in response.content


def test_password_change_works(client_for, agent, password):
    client = client_for(agent)
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": password,
            "new_password1": "plum-orchard-88",
            "new_password2": "plum-orchard-88",
        },
    )
    assert response.status_code == 302
    agent.refresh_from_db()
    assert agent.check_password("plum-orchard-88")


def test_session_cookie_is_http_only_and_same_site(settings):
    assert settings.SESSION_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
