"""Who gets what on this app's URLs and API endpoints, per role."""

import pytest

ROLES = ["anonymous", "new_hire", "agent", "trainer", "manager", "admin"]

# url: status for anonymous, new_hire, agent, trainer, manager, admin
TABLE = {
    "/": [302, 200, 200, 200, 200, 200],
    "/accounts/login/": [200, 302, 302, 302, 302, 302],
    "/accounts/profile/": [302, 200, 200, 200, 200, 200],
    "/accounts/password/": [302, 200, 200, 200, 200, 200],
    "/accounts/llm/test/": [302, 403, 403, 403, 403, 200],
    "/cms/": [302, 302, 302, 200, 302, 200],
    "/cms/snippets/accounts/team/": [302, 302, 302, 302, 302, 200],
    "/healthz": [200, 200, 200, 200, 200, 200],
    "/api/v1/docs": [200, 200, 200, 200, 200, 200],
    "/api/v1/accounts/me": [401, 200, 200, 200, 200, 200],
}


@pytest.mark.parametrize("url", TABLE)
def test_each_role_gets_the_expected_status(client_for, role_users, url):
    got = [client_for(role_users[role]).get(url).status_code for role in ROLES]
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, TABLE[url], strict=True))
