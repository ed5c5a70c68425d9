"""Nothing leaves the server for a third party, and a load balancer can check health."""

import pytest
from django.test import override_settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_admin_never_asks_gravatar_for_a_users_avatar(client):
    from accounts.roles import Role

    admin = UserFactory(
        username="root", email="root@example.com", roles=[Role.ADMIN], is_superuser=True
    )
    UserFactory(username="ana", email="ana@example.com")
    client.force_login(admin)
    html = client.get("/cms/users/").content.decode()
    assert "gravatar" not in html.lower()
    assert "default-user-avatar" in html


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=[r"^healthz$"])
def test_healthz_answers_over_plain_http_while_everything_else_redirects(client):
    assert client.get("/healthz").status_code == 200
    response = client.get("/accounts/login/")
    assert response.status_code == 301 and response["Location"].startswith("https://")


def test_production_settings_exempt_healthz_from_the_https_redirect(monkeypatch):
    import importlib
    import re

    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 50)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "academy.example.com")
    production = importlib.import_module("lms.settings.production")
    assert production.SECURE_SSL_REDIRECT
    assert any(re.match(p, "healthz") for p in production.SECURE_REDIRECT_EXEMPT)


def test_product_pages_carry_a_content_security_policy(client):
    response = client.get("/accounts/login/")
    policy = response["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "frame-ancestors 'self'",
        "object-src 'none'",
    ):
        assert directive in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_the_authoring_studio_is_left_out_of_the_policy(client):
    assert "Content-Security-Policy" not in client.get("/cms/login/")
