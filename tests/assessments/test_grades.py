"""Grades of finished sessions: recorded by the hook, pinned, overridden with an audit trail."""

import pytest
from wagtail import hooks
from wagtail.models import ModelLogEntry

from assessments.models import CriterionScore, Grade, GradeOverride, Rubric, SkillEvidence
from assessments.rubric_defaults import DEFAULT_RUBRIC
from assessments.services import GradeOverrideError, criterion_override, session_grade
from lms import hooks as lms_hooks
from tests.assessments.factories import ended_session

pytestmark = pytest.mark.django_db


def test_ending_a_session_grades_it_with_the_scenarios_rubric(graded_session):
    grade = Grade.objects.get(session=graded_session)
    assert grade.rubric.slug == "late-order"
    assert grade.rubric_revision == grade.rubric.live_revision
    assert grade.grader == "offline"
    assert grade.passed and not grade.critical_fail and grade.score >= 90
    keys = list(grade.criterion_scores.values_list("key", flat=True))
    assert "no_delivery_date" in keys and "greeting" in keys
    greeting = grade.criterion_scores.get(key="greeting")
    assert greeting.evidence == [
        {"turn": 2, "quote": "Good morning"},
        {"turn": 2, "quote": "thank you for calling"},
    ]
    assert set(SkillEvidence.objects.filter(grade=grade).values_list("skill__slug", flat=True)) >= {
        "empathy",
        "policy-compliance",
    }


def test_a_forbidden_promise_fails_the_call_whatever_the_score(poor_session):
    grade = poor_session.grade
    assert grade.critical_fail and not grade.passed
    assert grade.criterion_scores.get(key="no_delivery_date").score == 0


def test_trial_runs_are_never_graded(agent, late_order, golden):
    from simulations import services
    from simulations.models import SimulationSession

    session = ended_session(agent, late_order, golden["01_late_order_good"], grade=False)
    SimulationSession.objects.filter(pk=session.pk).update(is_trial=True)
    session.refresh_from_db()
    services.session_end(session=session, outcome="agent_ended")
    assert not Grade.objects.filter(session=session).exists()
    session.refresh_from_db()
    assert session_grade(session=session) is None


def test_the_built_in_standard_grades_when_no_rubric_is_published(agent, golden):
    from tests.assessments.factories import scenario

    session = ended_session(agent, scenario("late-order-angry"), golden["01_late_order_good"])
    grade = session.grade
    assert grade.rubric is None and grade.rubric_name == ""
    keys = set(grade.criterion_scores.values_list("key", flat=True))
    assert keys == {c.key for c in DEFAULT_RUBRIC.criteria} and len(keys) == 15


def test_after_grade_recorded_is_called_for_certification(agent, late_order, golden):
    seen = []
    with hooks.register_temporarily(lms_hooks.AFTER_GRADE_RECORDED, seen.append):
        session = ended_session(agent, late_order, golden["01_late_order_good"])
    assert seen == [session.grade]


def test_editing_the_rubric_later_does_not_regrade_history(graded_session):
    grade = graded_session.grade
    before = (grade.score, list(grade.criterion_scores.values_list("key", "weight", "max")))
    rubric = Rubric.objects.get(slug="late-order")
    criterion = rubric.criteria.get(key="no_delivery_date")
    criterion.weight = 10
    criterion.save()
    rubric.save_revision().publish()
    grade.refresh_from_db()
    assert (grade.score, list(grade.criterion_scores.values_list("key", "weight", "max"))) == before
    assert grade.rubric_revision != Rubric.objects.get(pk=rubric.pk).live_revision


def test_override_changes_the_score_recomputes_the_total_and_is_audited(graded_session, trainer):
    grade = graded_session.grade
    criterion = grade.criterion_scores.get(key="no_delivery_date")
    total_before = grade.score
    override = criterion_override(
        criterion=criterion, by=trainer, score=0, reason="She was told 'Tuesday for sure'."
    )
    grade.refresh_from_db()
    criterion.refresh_from_db()
    assert criterion.score == 0 and criterion.overridden
    assert grade.critical_fail and not grade.passed
    assert grade.score < total_before
    assert (override.score_before, override.score_after, override.by) == (1, 0, trainer)
    assert (override.total_before, override.total_after) == (total_before, grade.score)
    entry = ModelLogEntry.objects.get(action="assessments.override")
    assert entry.user == trainer
    assert entry.data["reason"] == "She was told 'Tuesday for sure'."
    assert entry.data["before"] == 1 and entry.data["after"] == 0


def test_override_marks_a_criterion_not_applicable(graded_session, trainer):
    grade = graded_session.grade
    criterion = grade.criterion_scores.get(key="closing")
    criterion_override(criterion=criterion, by=trainer, score=0, applicable=False, reason="Chat")
    criterion.refresh_from_db()
    assert criterion.applicable is False


@pytest.mark.parametrize(
    ("score", "reason", "message"),
    [(0, "  ", "reason"), (5, "why", "between 0 and 1"), (1, "same", "already")],
)
def test_override_needs_a_reason_and_a_score_in_range(
    graded_session, trainer, score, reason, message
):
    criterion = graded_session.grade.criterion_scores.get(key="greeting")
    with pytest.raises(GradeOverrideError, match=message):
        criterion_override(criterion=criterion, by=trainer, score=score, reason=reason)
    assert not GradeOverride.objects.exists()


def test_override_updates_the_skill_evidence(graded_session, trainer):
    grade = graded_session.grade
    before = SkillEvidence.objects.get(grade=grade, skill__slug="positive-attitude").score
    criterion_override(
        criterion=grade.criterion_scores.get(key="greeting"), by=trainer, score=0, reason="No intro"
    )
    after = SkillEvidence.objects.get(grade=grade, skill__slug="positive-attitude").score
    assert after < before


def test_a_machine_regrade_never_replaces_an_overridden_grade(graded_session, trainer):
    grade = graded_session.grade
    criterion_override(
        criterion=grade.criterion_scores.get(key="greeting"), by=trainer, score=0, reason="x"
    )
    again = session_grade(session=graded_session)
    assert again.pk == grade.pk
    assert CriterionScore.objects.get(grade=grade, key="greeting").score == 0


def test_scenario_scores_hook_gives_best_and_latest(agent, late_order, golden, poor_session):
    good = ended_session(agent, late_order, golden["01_late_order_good"])
    (fn,) = hooks.get_hooks(lms_hooks.SCENARIO_SCORES_FOR)
    scores = fn(agent, [late_order.pk])
    assert scores[late_order.pk]["best"] == good.grade.score
    assert scores[late_order.pk]["latest"] == good.grade.score
    assert scores[late_order.pk]["url"] == f"/assessments/calls/{good.pk}/grade/"
    assert fn(agent, []) == {}
