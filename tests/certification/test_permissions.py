"""Who gets what on every certification URL, export and API endpoint, per role.

A manager sees only their teams' people (Team Aurora: the agent and the new hire);
an agent only their own records; trainers issue certificates and read analytics.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from certification import services
from certification.models import CsvExport
from certification.services.exports import csv_export_request
from tests.factories import TeamFactory

from .factories import grade_call, make_program, make_scenario

ROLES = ["anonymous", "new_hire", "agent", "trainer", "manager", "admin"]

# url template: status for anonymous, new_hire, agent, trainer, manager, admin
TABLE = {
    "/certification/verify/{token}/": [200, 200, 200, 200, 200, 200],
    "/certification/verify/not-a-real-token/": [404, 404, 404, 404, 404, 404],
    "/certification/certificates/": [302, 200, 200, 200, 200, 200],
    "/certification/certificates/issue/": [302, 403, 403, 200, 403, 200],
    "/certification/certificates/{cert}/": [302, 403, 200, 200, 200, 200],
    "/certification/certificates/{cert}/print/": [302, 403, 200, 200, 200, 200],
    "/certification/certificates/{other_cert}/": [302, 403, 403, 200, 403, 200],
    "/certification/certificates/{other_cert}/print/": [302, 403, 403, 200, 403, 200],
    "/certification/certificates/999999/": [302, 404, 404, 404, 404, 404],
    "/certification/assignments/": [302, 200, 200, 403, 403, 403],
    "/certification/teams/": [302, 403, 403, 403, 302, 200],
    "/certification/teams/team-aurora/": [302, 403, 403, 403, 200, 200],
    "/certification/teams/team-aurora/assign/": [302, 403, 403, 403, 200, 200],
    "/certification/teams/team-aurora/export/team.csv": [302, 403, 403, 403, 200, 200],
    "/certification/teams/team-aurora/export/grades.csv": [302, 403, 403, 403, 200, 200],
    "/certification/teams/team-aurora/export/bogus.csv": [302, 403, 403, 403, 404, 404],
    "/certification/teams/team-borealis/": [302, 403, 403, 403, 403, 200],
    "/certification/teams/team-borealis/assign/": [302, 403, 403, 403, 403, 200],
    "/certification/teams/team-borealis/export/team.csv": [302, 403, 403, 403, 403, 200],
    "/certification/teams/team-borealis/export/grades.csv": [302, 403, 403, 403, 403, 200],
    "/certification/people/{agent}/": [302, 403, 200, 403, 200, 200],
    "/certification/people/{other_agent}/": [302, 403, 403, 403, 403, 200],
    "/certification/exports/{export}/": [302, 404, 404, 404, 200, 404],
    "/certification/exports/{export}/download/": [302, 404, 404, 404, 200, 404],
    "/certification/analytics/": [302, 403, 403, 200, 403, 200],
    "/certification/analytics/?team=team-aurora&from=2026-01-01&to=2026-12-31": [
        302,
        403,
        403,
        200,
        403,
        200,
    ],
    "/certification/analytics/?from=not-a-date": [302, 403, 403, 400, 403, 400],
    "/certification/analytics/scenarios/{scenario}/criteria/acknowledge-feelings/": [
        302,
        403,
        403,
        200,
        403,
        200,
    ],
    "/certification/analytics/scenarios/{scenario}/criteria/acknowledge-feelings/?team=team-borealis": [  # noqa: E501
        302,
        403,
        403,
        200,
        403,
        200,
    ],
    "/certification/analytics/scenarios/{scenario}/criteria/no-such-criterion/": [
        302,
        403,
        403,
        404,
        403,
        404,
    ],
    "/certification/analytics/scenarios/999999/criteria/acknowledge-feelings/": [
        302,
        403,
        403,
        404,
        403,
        404,
    ],
    "/cms/snippets/certification/certificationprogram/": [302, 302, 302, 200, 302, 200],
    "/cms/snippets/certification/certificationprogram/add/": [302, 302, 302, 200, 302, 200],
    "/cms/snippets/certification/certificationprogram/edit/{program}/": [
        302,
        302,
        302,
        200,
        302,
        200,
    ],
    "/cms/snippets/certification/retrainingrule/": [302, 302, 302, 200, 302, 200],
    "/cms/snippets/certification/retrainingrule/add/": [302, 302, 302, 200, 302, 200],
    "/cms/snippets/certification/ruleevaluationlog/": [302, 302, 302, 200, 302, 200],
    "/api/v1/certification/certificates": [401, 200, 200, 200, 200, 200],
    "/api/v1/certification/verify/{token}": [200, 200, 200, 200, 200, 200],
    "/api/v1/certification/verify/nope": [404, 404, 404, 404, 404, 404],
    "/api/v1/certification/assignments": [401, 200, 200, 200, 200, 200],
    "/api/v1/certification/teams/team-aurora/members": [401, 403, 403, 403, 200, 200],
    "/api/v1/certification/teams/team-borealis/members": [401, 403, 403, 403, 403, 200],
}

# POSTs: status per role (a redirect means it was accepted).
POSTS = {
    "/certification/certificates/{cert}/revoke/": [302, 403, 403, 302, 403, 302],
    "/certification/teams/team-aurora/export/team/": [302, 403, 403, 403, 302, 302],
    "/certification/teams/team-borealis/export/team/": [302, 403, 403, 403, 403, 302],
}


@pytest.fixture
def objects(role_users, other_agent, other_manager, trainer, agent, manager, team):
    TeamFactory(
        name="Team Borealis", slug="team-borealis", managers=[other_manager], members=[other_agent]
    )
    program = make_program()
    scenario = make_scenario()
    grade_call(agent, scenario, score=40)  # misses "acknowledge-feelings"
    cert = services.certificate_issue(holder=agent, program=program, issued_by=trainer, reason="x")
    other = services.certificate_issue(
        holder=other_agent, program=program, issued_by=trainer, reason="x"
    )
    export = csv_export_request(user=manager, team=team, kind="team")
    assert CsvExport.objects.get(pk=export.pk).status == "ready"
    return {
        "token": cert.verification_token,
        "cert": cert.pk,
        "other_cert": other.pk,
        "agent": agent.pk,
        "other_agent": other_agent.pk,
        "export": export.pk,
        "program": program.pk,
        "scenario": scenario.pk,
    }


@pytest.mark.django_db
@pytest.mark.parametrize("url", TABLE)
def test_each_role_gets_the_expected_status(client_for, role_users, objects, url):
    got = [client_for(role_users[role]).get(url.format(**objects)).status_code for role in ROLES]
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, TABLE[url], strict=True))


@pytest.mark.django_db
@pytest.mark.parametrize("url", POSTS)
def test_each_role_gets_the_expected_status_on_posts(client_for, role_users, objects, url):
    got = []
    for role in ROLES:
        client = client_for(role_users[role])
        got.append(client.post(url.format(**objects), {"reason": "Test"}).status_code)
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, POSTS[url], strict=True))


@pytest.mark.django_db
def test_a_manager_cannot_assign_to_someone_outside_their_teams(
    client_for, manager, other_agent, objects
):
    from simulations.models import Scenario

    scenario_target = f"scenario:{Scenario.objects.get().pk}"
    due = (timezone.localdate() + timedelta(days=3)).isoformat()
    response = client_for(manager).post(
        "/certification/teams/team-aurora/assign/",
        {"target": scenario_target, "due_on": due, "people": [other_agent.pk]},
    )
    assert response.status_code == 400  # not a choice in this team's form
    assert not other_agent.assignments.exists()


@pytest.mark.django_db
def test_the_team_api_lists_only_that_team(client_for, manager, agent, new_hire, objects):
    data = client_for(manager).get("/api/v1/certification/teams/team-aurora/members").json()
    assert {m["username"] for m in data} == {agent.username, new_hire.username}
