"""CSV exports: the rows a manager downloads, streamed or written in the background."""

import csv
import io

import pytest

from certification import services
from certification.models import CsvExport
from certification.selectors.exports import safe_cell
from certification.views import other as export_views

from .factories import grade_call, make_program, make_scenario

pytestmark = pytest.mark.django_db


def _rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(body)))


@pytest.fixture
def data(team, agent, new_hire, trainer):
    agent.first_name, agent.last_name = "Arjun", "Mehta"
    agent.save()
    scenario = make_scenario("Late order, angry customer")
    grade_call(agent, scenario, score=64)
    grade_call(agent, scenario, score=88)
    program = make_program("Certified Junior Agent")
    services.certificate_issue(holder=agent, program=program, issued_by=trainer, reason="x")
    return scenario


def test_the_team_csv_has_one_row_per_member(client_for, manager, team, agent, data):
    response = client_for(manager).get(f"/certification/teams/{team.slug}/export/team.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = _rows(response)
    assert header[:5] == [
        "username",
        "name",
        "email",
        "onboarding_percent",
        "certification_status",
    ]
    by_user = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    assert set(by_user) == {"agent", "newhire"}
    assert by_user["agent"]["name"] == "Arjun Mehta"
    assert by_user["agent"]["certification_status"] == "certified"
    assert by_user["agent"]["certificate"] == "Certified Junior Agent"
    assert by_user["newhire"]["certification_status"] == "none"


def test_the_team_csv_follows_the_table_filters(client_for, manager, team, data):
    response = client_for(manager).get(
        f"/certification/teams/{team.slug}/export/team.csv?cert=certified"
    )
    _header, *rows = _rows(response)
    assert [r[0] for r in rows] == ["agent"]


def test_the_grades_csv_lists_every_grade(client_for, manager, team, data):
    response = client_for(manager).get(f"/certification/teams/{team.slug}/export/grades.csv")
    header, *rows = _rows(response)
    assert header[:5] == ["username", "name", "scenario", "graded_at", "score"]
    assert sorted(int(r[4]) for r in rows) == [64, 88]
    assert {r[2] for r in rows} == {"Late order, angry customer"}


def test_cells_that_look_like_formulas_are_neutralised():
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("@cmd") == "'@cmd"
    assert safe_cell("Arjun") == "Arjun"
    assert safe_cell(None) == ""


def test_a_large_export_runs_in_the_background_and_is_downloaded_when_ready(
    client_for, manager, team, data, monkeypatch
):
    monkeypatch.setattr(export_views, "STREAM_LIMIT", 1)
    client = client_for(manager)
    page = client.get(f"/certification/teams/{team.slug}/export/grades.csv")
    assert b"Prepare the export" in page.content
    response = client.post(f"/certification/teams/{team.slug}/export/grades/")
    export = CsvExport.objects.get()
    assert response["Location"] == f"/certification/exports/{export.pk}/"
    assert export.status == "ready" and export.row_count == 2
    status = client.get(f"/certification/exports/{export.pk}/?format=json").json()
    assert status == {"status": "ready", "ready": True, "rows": 2}
    download = client.get(f"/certification/exports/{export.pk}/download/")
    body = b"".join(download.streaming_content).decode()
    assert body.splitlines()[0].startswith("username,name,scenario")
    assert len(body.splitlines()) == 3
