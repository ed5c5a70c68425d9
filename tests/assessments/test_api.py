"""POST /api/v1/assessments/grade-transcript and GET /api/v1/simulations/sessions/{id}/grade."""

import json

import pytest
from django.test import RequestFactory
from django.urls import Resolver404, resolve
from ninja.errors import HttpError

from assessments import api
from tests.assessments.factories import golden_transcripts

pytestmark = pytest.mark.django_db

URL = "/api/v1/assessments/grade-transcript"
CASES = dict(golden_transcripts())


def post(client, payload):
    return client.post(URL, json.dumps(payload), content_type="application/json")


def test_a_trainer_grades_an_external_transcript(client_for, trainer, late_order):
    case = CASES["02_late_order_date_promise"]
    response = post(
        client_for(trainer), {"scenario": case["scenario"], "transcript": case["transcript"]}
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"score", "passed", "critical_fail", "criteria", "skills", "flags"}
    assert body["passed"] is False and body["critical_fail"] is True
    criterion = next(c for c in body["criteria"] if c["key"] == "no_delivery_date")
    assert set(criterion) == {"key", "label", "score", "max", "applicable", "evidence"}
    assert criterion["score"] == 0
    assert {"turn": 4, "quote": "it will arrive tomorrow"} in criterion["evidence"]
    assert 0 <= body["skills"]["policy-compliance"] <= 100


def test_an_injection_in_an_external_transcript_is_flagged(client_for, manager, late_order):
    case = CASES["04_late_order_injection"]
    body = post(
        client_for(manager), {"scenario": case["scenario"], "transcript": case["transcript"]}
    ).json()
    assert body["passed"] is False
    assert {f["code"] for f in body["flags"]} == {"prompt_injection"}


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"scenario": "late-order-angry", "transcript": []}, "transcript"),
        (
            {"scenario": "late-order-angry", "transcript": [{"speaker": "bot", "text": "hi"}]},
            "speaker",
        ),
        (
            {"scenario": "late-order-angry", "transcript": [{"speaker": "agent", "text": "   "}]},
            "text",
        ),
        (
            {
                "scenario": "late-order-angry",
                "transcript": [{"speaker": "agent", "text": "x" * 4001}],
            },
            "text",
        ),
        (
            {
                "scenario": "late-order-angry",
                "transcript": [{"speaker": "agent", "text": "hi"}] * 401,
            },
            "transcript",
        ),
        (
            {"scenario": "late-order-angry", "transcript": [{"speaker": "customer", "text": "hi"}]},
            "agent",
        ),
        ({"language": "xx", "transcript": [{"speaker": "agent", "text": "hi"}]}, "language"),
    ],
)
def test_bad_transcripts_get_422_with_a_clear_message(
    client_for, trainer, late_order, payload, field
):
    response = post(client_for(trainer), payload)
    assert response.status_code == 422
    assert field in response.json()["detail"]


def test_an_unknown_scenario_is_404(client_for, trainer):
    response = post(
        client_for(trainer),
        {"scenario": "nope", "transcript": [{"speaker": "agent", "text": "hi"}]},
    )
    assert response.status_code == 404
    assert "nope" in response.json()["detail"]


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 401),
        ("new_hire", 403),
        ("agent", 403),
        ("trainer", 200),
        ("manager", 200),
        ("admin", 200),
    ],
)
def test_who_may_grade_transcripts(client_for, role_users, late_order, role, status):
    payload = {
        "scenario": "late-order-angry",
        "transcript": [{"speaker": "agent", "text": "Hello"}],
    }
    assert post(client_for(role_users[role]), payload).status_code == status


# -- the session grade (a second router, mounted by lms/api.py under /simulations/) ----


def call(user, session_id):
    request = RequestFactory().get("/")
    request.user = user
    return api.session_grade(request, session_id)


def test_the_session_grade_has_the_same_shape(graded_session, agent):
    body = call(agent, graded_session.pk)
    assert set(body) == {"score", "passed", "critical_fail", "criteria", "skills", "flags"}
    assert body["score"] == graded_session.grade.score
    greeting = next(c for c in body["criteria"] if c["key"] == "greeting")
    assert greeting["evidence"] == [
        {"turn": 2, "quote": "Good morning"},
        {"turn": 2, "quote": "thank you for calling"},
    ]


def test_the_session_grade_is_404_for_people_who_may_not_see_it(
    graded_session, other_agent, other_manager
):
    from django.http import Http404

    for user in (other_agent, other_manager):
        with pytest.raises(Http404):
            call(user, graded_session.pk)
    with pytest.raises(Http404):
        call(other_agent, 999999)


def test_the_session_grade_is_409_while_the_call_is_active(agent, late_order):
    from tests.assessments.factories import ended_session

    session = ended_session(agent, late_order, [("customer", "Hi")], grade=False)
    with pytest.raises(HttpError) as info:
        call(agent, session.pk)
    assert info.value.status_code == 409


def _mounted() -> bool:
    try:
        resolve("/api/v1/simulations/sessions/1/grade")
    except Resolver404:
        return False
    return True


@pytest.mark.skipif(
    not _mounted(), reason="lms/api.py must mount assessments.api.session_grade_router"
)
@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 401),
        ("new_hire", 404),
        ("agent", 200),
        ("trainer", 200),
        ("manager", 200),
        ("admin", 200),
    ],
)
def test_session_grade_endpoint_per_role(client_for, role_users, graded_session, role, status):
    url = f"/api/v1/simulations/sessions/{graded_session.pk}/grade"
    assert client_for(role_users[role]).get(url).status_code == status
