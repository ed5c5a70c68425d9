"""The LLM grader end to end against a real model: a finished call is graded in the
background, the model's JSON is constrained by the server, and code keeps the last word
(quotes checked against the transcript, critical failures kept, a reply it cannot use
leaves the offline grade, flagged)."""

from __future__ import annotations

import pytest

from assessments.models import Grade
from simulations import services
from tests.assessments.factories import demo_rubrics, ended_session, golden_transcripts, scenario

pytestmark = pytest.mark.django_db

CASES = dict(golden_transcripts())


def graded(name, agent, settings, capture):
    settings.GRADER = "llm"
    # A whole scorecard from a CPU model takes a minute or two: one attempt, waited for, so
    # the model's own reply (not a timeout) is what the grader has to deal with.
    settings.OPENAI_TIMEOUT = 180.0
    settings.OPENAI_MAX_RETRIES = 0
    case = CASES[name]
    demo_rubrics()
    lines = [(line["speaker"], line["text"]) for line in case["transcript"]]
    session = ended_session(agent, scenario(case["scenario"]), lines, grade=False)
    with capture(execute=True):
        services.session_end(session=session, outcome="resolved")
    return Grade.objects.get(session=session), " ".join(text for _, text in lines)


def test_a_finished_call_is_graded_by_the_real_model_with_code_keeping_the_last_word(
    real_llm, agent, settings, django_capture_on_commit_callbacks
):
    name = "02_late_order_date_promise"  # friendly, but promises a date: a critical failure
    grade, transcript = graded(name, agent, settings, django_capture_on_commit_callbacks)
    assert 0 <= grade.score <= 100
    codes = {flag["code"] for flag in grade.flags}
    if grade.grader == "offline":  # the model's reply could not be used: said so
        assert codes & {"llm_malformed", "llm_unavailable"}, codes
    else:
        assert grade.grader == "llm"
    said = " ".join(transcript.split()).lower()
    for criterion in grade.criterion_scores.all():
        for evidence in criterion.evidence:
            assert " ".join(evidence["quote"].split()).lower() in said, evidence
    assert CASES[name]["expected"]["critical_fail"]
    assert grade.critical_fail and not grade.passed  # the model cannot clear it
