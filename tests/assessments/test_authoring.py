"""Quizzes and rubrics in Wagtail admin: snippets with revisions, preview, validation,
the default rubric, system checks, the course-page tag, and the demo loader."""

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.test import RequestFactory

from assessments.checks import grader_configured
from assessments.models import Criterion, Quiz, QuizQuestion, Rubric
from assessments.rubric_defaults import DEFAULT_RUBRIC
from tests.assessments.factories import quiz

pytestmark = pytest.mark.django_db


def test_trainers_edit_quizzes_and_rubrics_in_wagtail(client_for, trainer, rubrics):
    q = quiz()
    client = client_for(trainer)
    assert client.get(f"/cms/snippets/assessments/quiz/edit/{q.pk}/").status_code == 200
    rubric = Rubric.objects.get(slug="callwise-standard")
    assert client.get(f"/cms/snippets/assessments/rubric/edit/{rubric.pk}/").status_code == 200
    assert client.get("/cms/snippets/assessments/quiz/add/").status_code == 200


def test_quiz_and_rubric_previews_render(rubrics):
    q = quiz()
    response = q.make_preview_request()
    assert (
        response.status_code == 200 and b"How many days is the return window?" in response.content
    )
    rubric = Rubric.objects.get(slug="late-order")
    html = rubric.make_preview_request().content.decode()
    assert "Did not promise a delivery date" in html and "Greeted the customer" in html


def test_a_scenario_rubric_builds_on_the_default(rubrics):
    data = Rubric.objects.get(slug="billing-privacy").to_data()
    by_key = {c.key: c for c in data.criteria}
    # Every key of the scorecard, for the same criteria, then the scenario's own.
    assert [c.key for c in data.criteria][: len(DEFAULT_RUBRIC.criteria)] == [
        c.key for c in DEFAULT_RUBRIC.criteria
    ]
    assert {"facts_found", "policy_with_empathy", "no_card_details"} <= set(by_key)
    assert by_key["no_forbidden_promise"].label == "Made no promise the policy forbids"
    # Replaced, not added: billing makes verification critical.
    assert by_key["verification"].critical and by_key["verification"].rule == "verified_first"
    assert "policy-compliance" in by_key["no_forbidden_promise"].skills


def test_a_rubric_cannot_build_on_itself(rubrics):
    base = Rubric.objects.get(slug="callwise-standard")
    child = Rubric.objects.get(slug="late-order")
    base.extends = child
    with pytest.raises(ValidationError, match="cannot build on itself"):
        base.clean()


def test_criterion_parameters_are_checked():
    bad = Criterion(key="x", label="X", rule="cue_present", params={"cues": ["telepathy"]})
    with pytest.raises(ValidationError, match="not a cue kind"):
        bad.clean()
    bad = Criterion(key="x", label="X", rule="phrase_absent", params={"patterns": ["(["]})
    with pytest.raises(ValidationError, match="not a valid regular expression"):
        bad.clean()
    Criterion(key="x", label="X", rule="phrase_present", params={"patterns": ["ok"]}).clean()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "single"}, "exactly one correct"),
        ({"kind": "true_false"}, "true or false"),
        ({"kind": "ordering"}, "at least two items"),
        ({"kind": "matching"}, "at least two pairs"),
        ({"kind": "short_text"}, "accepted answer"),
        ({"kind": "short_text", "patterns": "(["}, "not a valid pattern"),
    ],
)
def test_a_question_must_be_answerable_for_its_kind(fields, message):
    with pytest.raises(ValidationError, match=message):
        QuizQuestion(quiz=Quiz(title="t", slug="t"), prompt="?", **fields).clean()


def test_a_quiz_revision_keeps_its_questions_and_their_skills():
    q = quiz()
    content = q.live_revision.as_object()
    data = {d.kind: d for d in content.questions_data()}
    assert set(data) == {"single", "multiple", "true_false", "ordering", "matching", "short_text"}
    assert data["matching"].skills == ("empathy",)
    assert len(data["single"].choices) == 3


def test_grader_system_checks(settings):
    settings.GRADER = "offline"
    assert grader_configured() == []
    settings.GRADER = "psychic"
    assert grader_configured()[0].id == "assessments.E001"


def test_the_course_page_tag_lists_a_courses_quizzes(agent):
    from tests.courses.factories import make_course

    course = make_course("Returns")
    quiz(course=course)
    request = RequestFactory().get("/")
    request.user = agent
    html = Template("{% load assessments_tags %}{% course_quizzes page %}").render(
        Context({"request": request, "page": course})
    )
    assert "Test quiz" in html and "Knowledge checks" in html


def test_the_demo_loads_twice_without_duplicates(rubrics):
    from packs import demo

    demo.load()
    demo.load()
    assert Rubric.objects.filter(is_default=True).count() == 1
    assert Rubric.objects.filter(slug="late-order").count() == 1
    assert Quiz.objects.filter(live=True).count() >= 5
