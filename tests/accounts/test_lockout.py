"""Sign-in pauses per username and IP (5 failures) and per IP across usernames (30).

One password tried on many usernames from one address is stopped; five typos by
one person behind the office NAT do not lock out their colleagues.
"""

import pytest
from django.test import Client
from django.urls import reverse

from accounts.network import client_ip

pytestmark = pytest.mark.django_db

LOGIN = reverse("accounts:login")


def sign_in(client, username, password, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def test_one_password_across_many_usernames_from_one_ip_is_paused(
    client, agent, password, settings
):
    limit = settings.AXES_IP_FAILURE_LIMIT
    statuses = [sign_in(client, f"user{i}", "Summer2024!").status_code for i in range(limit)]
    assert statuses[:-1] == [200] * (limit - 1)  # each one a plain "do not match"
    assert statuses[-1] == 429
    locked = sign_in(client, "agent", password)
    assert locked.status_code == 429
    assert b"too many failed sign-in attempts" in locked.content
    elsewhere = sign_in(Client(REMOTE_ADDR="198.51.100.20"), "agent", password)
    assert elsewhere.status_code == 302


def test_five_typos_lock_that_username_only_not_colleagues_on_the_same_ip(
    client, agent, other_agent, password, settings
):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "agent", "wrong")
    assert sign_in(client, "agent", password).status_code == 429
    colleague = Client()  # same office, same address
    assert sign_in(colleague, "otheragent", password).status_code == 302


def test_signing_in_to_ones_own_account_does_not_reset_the_ip_count(
    client, agent, password, settings
):
    for i in range(settings.AXES_IP_FAILURE_LIMIT - 1):
        sign_in(client, f"user{i}", "Summer2024!")
    assert sign_in(Client(), "agent", password).status_code == 302
    assert sign_in(client, "user-last", "Summer2024!").status_code == 429


def test_rotating_x_forwarded_for_does_not_escape_the_lockout_by_default(
    client, agent, password, settings
):
    for i in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "agent", "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}")
    assert sign_in(client, "agent", password, HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == (
        429
    )


def test_behind_a_trusted_proxy_the_forwarded_client_is_locked_not_the_proxy(
    client, agent, password, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    for i in range(settings.AXES_FAILURE_LIMIT):
        # The client's own guesses at the header come before the proxy's entry.
        sign_in(client, "agent", "wrong", HTTP_X_FORWARDED_FOR=f"10.9.9.{i}, 203.0.113.5")
    assert sign_in(client, "agent", password, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == (
        429
    )
    other_desk = sign_in(Client(), "agent", password, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert other_desk.status_code == 302


class _Request:
    def __init__(self, remote="192.0.2.1", forwarded=None):
        self.META = {"REMOTE_ADDR": remote}
        if forwarded is not None:
            self.META["HTTP_X_FORWARDED_FOR"] = forwarded


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.5", "192.0.2.1"),
        (1, None, "192.0.2.1"),
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "10.0.0.1, 203.0.113.5", "203.0.113.5"),
        (2, "10.0.0.1, 203.0.113.5, 198.51.100.1", "203.0.113.5"),
        (3, "203.0.113.5", "203.0.113.5"),
        (1, "not-an-address", "192.0.2.1"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_ip_believes_only_the_configured_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_ip(_Request(forwarded=forwarded)) == expected
