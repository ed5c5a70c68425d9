"""Who gets what on every assessments URL and API endpoint, per role."""

import json

import pytest
from django.urls import Resolver404, resolve

from assessments.services import quiz_attempt_start, quiz_attempt_submit
from tests.assessments.factories import quiz

ROLES = ["anonymous", "new_hire", "agent", "trainer", "manager", "admin"]

# (method, url template): statuses for anonymous, new_hire, agent, trainer, manager, admin.
# {quiz}: a published quiz; {open}: the agent's open attempt; {done}: the agent's submitted
# attempt; {session}: the agent's graded call; {criterion}: one of its criterion scores;
# {agent}: the agent (a member of the manager's team).
TABLE = {
    ("get", "/assessments/quizzes/"): [302, 200, 200, 200, 200, 200],
    ("get", "/assessments/quizzes/{quiz}/"): [302, 200, 200, 200, 200, 200],
    ("get", "/assessments/attempts/{open}/"): [302, 404, 200, 404, 404, 404],
    ("post", "/assessments/attempts/{open}/"): [302, 404, 302, 404, 404, 404],
    ("get", "/assessments/attempts/{done}/result/"): [302, 404, 200, 404, 200, 200],
    ("get", "/assessments/calls/{session}/grade/"): [302, 404, 200, 200, 200, 200],
    ("post", "/assessments/criteria/{criterion}/override/"): [302, 404, 403, 302, 302, 302],
    ("get", "/assessments/criteria/{criterion}/override/"): [302, 405, 405, 405, 405, 405],
    ("get", "/assessments/skills/"): [302, 200, 200, 200, 200, 200],
    ("get", "/assessments/people/{agent}/skills/"): [302, 404, 200, 404, 200, 200],
    ("get", "/cms/snippets/assessments/quiz/"): [302, 302, 302, 200, 302, 200],
    ("get", "/cms/snippets/assessments/rubric/"): [302, 302, 302, 200, 302, 200],
    ("post", "/api/v1/assessments/grade-transcript"): [401, 403, 403, 200, 200, 200],
    ("get", "/api/v1/simulations/sessions/{session}/grade"): [401, 404, 200, 200, 200, 200],
}


def _mounted(url: str) -> bool:
    try:
        resolve(url.split("?")[0])
    except Resolver404:
        return False
    return True


@pytest.fixture
def objects(role_users, graded_session):
    agent = role_users["agent"]
    q = quiz()
    done = quiz_attempt_start(user=agent, quiz=q)
    quiz_attempt_submit(attempt=done, responses={})
    open_attempt = quiz_attempt_start(user=agent, quiz=q)
    return {
        "quiz": q.pk,
        "open": open_attempt.pk,
        "done": done.pk,
        "session": graded_session.pk,
        "criterion": graded_session.grade.criterion_scores.get(key="closing").pk,
        "agent": agent.pk,
    }


def _request(client, method, url, objects):
    if method == "get":
        return client.get(url)
    if url.startswith("/api/"):
        payload = {
            "scenario": "late-order-angry",
            "transcript": [{"speaker": "agent", "text": "Hi"}],
        }
        return client.post(url, json.dumps(payload), content_type="application/json")
    if "override" in url:
        key = f"c{objects['criterion']}"
        return client.post(url, {f"{key}-score": 0, f"{key}-reason": "Checked the recording"})
    return client.post(url, {"action": "save"})


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "template"), TABLE, ids=[f"{m} {u}" for m, u in TABLE])
def test_each_role_gets_the_expected_status(client_for, role_users, objects, method, template):
    url = template.format(**objects)
    if not _mounted(url):
        pytest.skip(
            "lms/api.py must mount assessments.api.session_grade_router under /simulations/"
        )
    got = {}
    for role in ROLES:
        client = client_for(role_users[role])
        got[role] = _request(client, method, url, objects).status_code
    assert got == dict(zip(ROLES, TABLE[(method, template)], strict=True))
