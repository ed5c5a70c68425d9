"""The grades CSV says which grades a reviewer overrode, in a column appended at the end."""

import csv
import io

import pytest

from assessments.services.grading import criterion_override
from certification.models import CsvExport
from certification.selectors.exports import GRADES_HEADER
from certification.views import other as export_views

from .factories import grade_call, make_scenario

pytestmark = pytest.mark.django_db

COLUMNS_BEFORE = [
    "username",
    "name",
    "scenario",
    "graded_at",
    "score",
    "passed",
    "critical_fail",
    "grader",
    "needs_review",
    "session",
]


def _rows(body: str) -> list[dict[str, str]]:
    header, *rows = list(csv.reader(io.StringIO(body)))
    assert header == [*COLUMNS_BEFORE, "overridden"]
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture
def grades(agent, trainer):
    scenario = make_scenario("Late order, angry customer")
    kept = grade_call(agent, scenario, score=64)
    changed = grade_call(agent, scenario, score=50)
    criterion = changed.criterion_scores.get()
    criterion_override(criterion=criterion, by=trainer, score=2, reason="She did acknowledge it.")
    changed.refresh_from_db()
    return kept, changed


def test_the_existing_columns_keep_their_order_and_overridden_comes_last():
    assert GRADES_HEADER == [*COLUMNS_BEFORE, "overridden"]


def test_the_grades_csv_says_which_grade_a_reviewer_overrode(client_for, manager, team, grades):
    kept, changed = grades
    response = client_for(manager).get(f"/certification/teams/{team.slug}/export/grades.csv")
    rows = _rows(b"".join(response.streaming_content).decode())
    by_session = {int(r["session"]): r for r in rows}
    assert by_session[changed.session_id]["overridden"] == "yes"
    assert by_session[changed.session_id]["score"] == str(changed.score)
    assert by_session[kept.session_id]["overridden"] == "no"
    assert by_session[kept.session_id]["score"] == "64"


def test_the_background_export_has_the_overridden_column_too(
    client_for, manager, team, grades, monkeypatch
):
    _kept, changed = grades
    monkeypatch.setattr(export_views, "STREAM_LIMIT", 1)
    client = client_for(manager)
    client.post(f"/certification/teams/{team.slug}/export/grades/")
    export = CsvExport.objects.get()
    download = client.get(f"/certification/exports/{export.pk}/download/")
    rows = _rows(b"".join(download.streaming_content).decode())
    assert sorted(r["overridden"] for r in rows) == ["no", "yes"]
    assert next(r for r in rows if r["overridden"] == "yes")["session"] == str(changed.session_id)
