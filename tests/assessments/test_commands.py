"""manage.py grade_transcript and grader_agreement."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.assessments.factories import golden_transcripts

pytestmark = pytest.mark.django_db
CASES = dict(golden_transcripts())


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_grade_transcript_prints_the_grade_as_json(tmp_path, late_order):
    path = tmp_path / "call.json"
    path.write_text(json.dumps(CASES["02_late_order_date_promise"]["transcript"]))
    body = json.loads(run("grade_transcript", "--scenario", "late-order-angry", str(path)))
    assert body["critical_fail"] is True and body["passed"] is False
    assert {c["key"] for c in body["criteria"]} >= {"no_delivery_date", "greeting"}


def test_grade_transcript_accepts_an_object_with_a_transcript_key(tmp_path, late_order):
    path = tmp_path / "call.json"
    path.write_text(json.dumps(CASES["01_late_order_good"]))
    assert json.loads(run("grade_transcript", "--scenario", "late-order-angry", str(path)))[
        "passed"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "File not found"),
        ("{not json", r"is not valid JSON \(line 1"),
        ("[]", "empty"),
        ('[{"speaker": "robot", "text": "hi"}]', "speaker must be 'agent' or 'customer'"),
    ],
)
def test_grade_transcript_explains_bad_input(tmp_path, late_order, content, message):
    path = tmp_path / "call.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(CommandError, match=message):
        run("grade_transcript", "--scenario", "late-order-angry", str(path))


def test_grade_transcript_names_the_known_scenarios_for_an_unknown_slug(tmp_path, late_order):
    path = tmp_path / "call.json"
    path.write_text('[{"speaker": "agent", "text": "Hello"}]')
    with pytest.raises(CommandError, match="Unknown scenario 'nope'.*late-order-angry"):
        run("grade_transcript", "--scenario", "nope", str(path))


def _labels(tmp_path, *, wrong_greeting=False):
    items = []
    for name in ("01_late_order_good", "02_late_order_date_promise", "03_late_order_rude"):
        case = CASES[name]
        labels = dict(case["expected"]["criteria"])
        if wrong_greeting and "greeting" in labels:
            labels["greeting"] = 1 - labels["greeting"]
        items.append(
            {"scenario": case["scenario"], "transcript": case["transcript"], "labels": labels}
        )
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(items))
    return path


def test_grader_agreement_prints_kappa_per_criterion_and_overall(tmp_path, late_order):
    out = run("grader_agreement", str(_labels(tmp_path)))
    assert "criterion" in out and "kappa" in out and "overall" in out
    line = next(row for row in out.splitlines() if row.startswith("greeting"))
    assert line.split()[-1] == "1.00"
    report = json.loads(run("grader_agreement", str(_labels(tmp_path)), "--json"))
    assert report["overall"]["n"] == sum(r["n"] for r in report["criteria"])
    greeting = next(r for r in report["criteria"] if r["criterion"] == "greeting")
    assert greeting["n"] == 3 and greeting["kind"] == "yes_no"


def test_grader_agreement_shows_disagreement(tmp_path, late_order):
    report = json.loads(
        run("grader_agreement", str(_labels(tmp_path, wrong_greeting=True)), "--json")
    )
    greeting = next(r for r in report["criteria"] if r["criterion"] == "greeting")
    assert greeting["kappa"] == -0.8 and greeting["observed"] == 0.0  # (0 - 4/9) / (5/9)


def test_grader_agreement_explains_bad_input(tmp_path, late_order):
    path = tmp_path / "labels.json"
    path.write_text('[{"scenario": "nope", "transcript": [], "labels": {}}]')
    with pytest.raises(CommandError, match="unknown scenario"):
        run("grader_agreement", str(path))
    with pytest.raises(CommandError, match="File not found"):
        run("grader_agreement", str(tmp_path / "missing.json"))


def test_grade_transcript_with_the_llm_grader_reports_an_unavailable_llm(
    tmp_path, late_order, llm_configured
):
    from tests.fake_openai import Reply

    llm_configured.queue(Reply(status=429))
    path = tmp_path / "call.json"
    path.write_text(json.dumps(CASES["01_late_order_good"]["transcript"]))
    with pytest.raises(CommandError, match="rate limited.*--grader offline"):
        run("grade_transcript", "--scenario", "late-order-angry", "--grader", "llm", str(path))
