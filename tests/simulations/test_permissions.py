"""Who gets what on every practice URL and simulation API endpoint, per role.

The session in each row belongs to the agent (a member of the manager's team). Only the
agent may take part in it; the agent's manager and admins may read and review it; anyone
else gets a 404 so session ids do not leak. Trainers try drafts; learners cannot.
"""

import json

import pytest

from tests.simulations import factories

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "new_hire", "agent", "trainer", "manager", "admin"]
API = "/api/v1/simulations"

# (method, url, body): status for anonymous, new_hire, agent, trainer, manager, admin
TABLE = [
    ("get", "/practice/", None, [302, 200, 200, 200, 200, 200]),
    ("get", "/practice/?skill=empathy&difficulty=beginner", None, [302, 200, 200, 200, 200, 200]),
    ("get", "/practice/scenarios/{slug}/", None, [302, 200, 200, 200, 200, 200]),
    ("get", "/practice/scenarios/no-such-scenario/", None, [302, 404, 404, 404, 404, 404]),
    ("get", "/practice/scenarios/{draft_slug}/", None, [302, 404, 404, 404, 404, 404]),
    ("post", "/practice/scenarios/{slug}/start/", {}, [302, 302, 302, 302, 302, 302]),
    ("get", "/practice/try/{draft}/", None, [302, 404, 404, 200, 404, 200]),
    ("post", "/practice/try/{draft}/", {}, [302, 404, 404, 302, 404, 302]),
    ("get", "/practice/calls/{session}/", None, [302, 404, 200, 404, 404, 404]),
    ("post", "/practice/calls/{session}/say/", {"text": "Hi"}, [302, 404, 302, 404, 404, 404]),
    ("post", "/practice/calls/{session}/hold/", {}, [302, 404, 302, 404, 404, 404]),
    ("post", "/practice/calls/{session}/resume/", {}, [302, 404, 302, 404, 404, 404]),
    ("post", "/practice/calls/{session}/end/", {}, [302, 404, 302, 404, 404, 404]),
    ("get", "/practice/calls/{session}/review/", None, [302, 404, 200, 404, 200, 200]),
    ("get", "/practice/calls/999999/review/", None, [302, 404, 404, 404, 404, 404]),
    ("get", "/cms/snippets/simulations/scenario/", None, [302, 302, 302, 200, 302, 200]),
    ("get", "/cms/snippets/simulations/persona/", None, [302, 302, 302, 200, 302, 200]),
    ("get", "/cms/snippets/simulations/scenario/add/", None, [302, 302, 302, 200, 302, 200]),
    ("get", f"{API}/scenarios", None, [401, 200, 200, 200, 200, 200]),
    ("post", f"{API}/sessions", {"scenario": "{slug}"}, [401, 201, 201, 201, 201, 201]),
    ("post", f"{API}/sessions", {"scenario": "nope"}, [401, 404, 404, 404, 404, 404]),
    ("get", f"{API}/sessions/{{session}}", None, [401, 404, 200, 404, 200, 200]),
    ("get", f"{API}/sessions/999999", None, [401, 404, 404, 404, 404, 404]),
    ("post", f"{API}/sessions/{{session}}/turns", {"text": "Hi"}, [401, 404, 200, 404, 403, 403]),
    (
        "post",
        f"{API}/sessions/{{session}}/turns/stream",
        {"text": "Hi"},
        [401, 404, 200, 404, 403, 403],
    ),
    ("post", f"{API}/sessions/{{session}}/hold", None, [401, 404, 200, 404, 403, 403]),
    ("post", f"{API}/sessions/{{session}}/resume", None, [401, 404, 200, 404, 403, 403]),
    ("post", f"{API}/sessions/{{session}}/end", None, [401, 404, 200, 404, 403, 403]),
]


def _fill(value, names):
    if isinstance(value, str):
        return value.format(**names)
    if isinstance(value, dict):
        return {k: _fill(v, names) for k, v in value.items()}
    return value


@pytest.mark.parametrize(
    ("method", "url", "body", "expected"), TABLE, ids=[f"{m.upper()} {u}" for m, u, _, _ in TABLE]
)
def test_each_role_gets_the_expected_status(client_for, role_users, method, url, body, expected):
    scenario = factories.published_scenario()
    draft = factories.published_scenario(slug="draft-scenario", title="Draft", publish=False)
    session = factories.session(role_users["agent"], scenario)
    names = {
        "slug": scenario.slug,
        "draft": draft.pk,
        "draft_slug": draft.slug,
        "session": session.pk,
    }
    url = _fill(url, names)
    body = _fill(body, names)
    got = []
    for role in ROLES:
        client = client_for(role_users[role])
        if method == "get":
            response = client.get(url)
        elif url.startswith(API):
            response = client.post(url, json.dumps(body or {}), content_type="application/json")
        else:
            response = client.post(url, body or {})
        got.append(response.status_code)
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, expected, strict=True))
