"""Disputes and reviews: an agent disputes a grade, a reviewer accepts or changes it, and
every completed review leaves a human label per criterion."""

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from assessments.models import CriterionLabel, Grade, GradeDispute, GradeReview
from assessments.selectors import grades_needing_review, review_queue_for
from assessments.services import (
    DISPUTE_ACTION,
    REVIEW_ACTION,
    GradeDisputeError,
    GradeReviewError,
    criterion_override,
    grade_dispute_open,
    grade_review_complete,
)

pytestmark = pytest.mark.django_db


def _full_marks(grade):
    """A criterion the grader gave full marks (so a reviewer can take a point off)."""
    return grade.criterion_scores.filter(applicable=True).order_by("position").first()


def test_a_dispute_puts_the_grade_in_the_queue_with_a_flag_and_the_comment(agent, graded_session):
    grade = graded_session.grade
    assert not grade.needs_review
    dispute = grade_dispute_open(grade=grade, by=agent, comment="  I did verify her, turn 4.  ")
    grade.refresh_from_db()
    assert dispute.comment == "I did verify her, turn 4." and dispute.is_open
    assert grade.needs_review
    assert [f["code"] for f in grade.flags].count("agent_dispute") == 1
    assert ModelLogEntry.objects.filter(action=DISPUTE_ACTION, object_id=str(grade.pk)).exists()
    assert grade in grades_needing_review()


@pytest.mark.parametrize("comment", ["", "   ", "x" * 1001])
def test_a_dispute_without_a_comment_or_too_long_is_refused_and_changes_nothing(
    agent, graded_session, comment
):
    grade = graded_session.grade
    with pytest.raises(GradeDisputeError):
        grade_dispute_open(grade=grade, by=agent, comment=comment)
    grade.refresh_from_db()
    assert not grade.needs_review and not grade.flags
    assert not GradeDispute.objects.exists()


def test_only_one_dispute_is_open_per_grade(agent, graded_session):
    grade = graded_session.grade
    grade_dispute_open(grade=grade, by=agent, comment="The close was fine.")
    with pytest.raises(GradeDisputeError, match="already disputed"):
        grade_dispute_open(grade=grade, by=agent, comment="And again.")
    assert GradeDispute.objects.count() == 1


def test_accepting_a_grade_as_it_stands_clears_it_and_answers_the_dispute(
    agent, trainer, graded_session
):
    grade = graded_session.grade
    dispute = grade_dispute_open(grade=grade, by=agent, comment="I think I deserved more.")
    review = grade_review_complete(grade=grade, by=trainer, reason="Listened again: it stands.")
    grade.refresh_from_db()
    dispute.refresh_from_db()
    assert review.decision == "accepted"
    assert review.score_before == review.score_after == grade.score
    assert not grade.needs_review
    assert all(f.get("review") == review.pk for f in grade.flags)
    assert dispute.resolved_by == trainer and dispute.resolved_at is not None
    assert dispute.resolution_note == "Listened again: it stands." and dispute.review == review
    entry = ModelLogEntry.objects.get(action=REVIEW_ACTION, object_id=str(grade.pk))
    assert entry.data["decision"] == "accepted" and entry.user == trainer
    assert grade not in grades_needing_review()
    assert review_queue_for(trainer).total == 0


def test_a_reason_is_optional_when_accepting(trainer, graded_session):
    Grade.objects.filter(pk=graded_session.grade.pk).update(needs_review=True)
    review = grade_review_complete(grade=graded_session.grade, by=trainer)
    assert review.decision == "accepted" and review.reason == ""


def test_overriding_during_the_review_records_it_as_changed(agent, trainer, graded_session):
    grade = graded_session.grade
    before = grade.score
    grade_dispute_open(grade=grade, by=agent, comment="Please check.")
    criterion = _full_marks(grade)
    criterion_override(criterion=criterion, by=trainer, score=0, reason="Not said in the call.")
    review = grade_review_complete(grade=grade, by=trainer, reason="One point off.")
    grade.refresh_from_db()
    assert review.decision == "changed"
    assert review.score_before == before and review.score_after == grade.score < before


def test_an_override_made_before_the_dispute_is_not_this_reviews_change(
    agent, trainer, manager, team, graded_session
):
    grade = graded_session.grade
    criterion_override(
        criterion=_full_marks(grade), by=manager, score=0, reason="Manager's earlier check."
    )
    grade.refresh_from_db()
    grade_dispute_open(grade=grade, by=agent, comment="The manager was wrong.")
    review = grade_review_complete(grade=grade, by=trainer, reason="The manager was right.")
    assert review.decision == "accepted"


def test_every_criterion_gets_a_label_with_the_machines_first_score(agent, trainer, graded_session):
    grade = graded_session.grade
    Grade.objects.filter(pk=grade.pk).update(needs_review=True)
    criterion = _full_marks(grade)
    machine = criterion.score
    criterion_override(criterion=criterion, by=trainer, score=0, reason="First look.")
    criterion.refresh_from_db()
    criterion_override(
        criterion=criterion, by=trainer, score=0, applicable=False, reason="Does not apply."
    )
    grade_review_complete(grade=grade, by=trainer)
    labels = {label.criterion_key: label for label in CriterionLabel.objects.filter(grade=grade)}
    assert set(labels) == set(grade.criterion_scores.values_list("key", flat=True))
    changed = labels[criterion.key]
    assert (changed.machine_score, changed.machine_applicable) == (machine, True)
    assert (changed.human_score, changed.human_applicable) == (0, False)
    assert changed.rubric == grade.rubric and changed.rubric_slug == grade.rubric.slug
    assert changed.by == trainer and changed.max == criterion.max
    untouched = next(lb for key, lb in labels.items() if key != criterion.key)
    assert untouched.machine_score == untouched.human_score


def test_a_second_review_replaces_the_grades_labels(agent, trainer, graded_session):
    grade = graded_session.grade
    grade_dispute_open(grade=grade, by=agent, comment="First.")
    first = grade_review_complete(grade=grade, by=trainer)
    grade_dispute_open(grade=grade, by=agent, comment="Second.")
    second = grade_review_complete(grade=grade, by=trainer)
    assert CriterionLabel.objects.filter(grade=grade).count() == grade.criterion_scores.count()
    assert set(CriterionLabel.objects.values_list("review", flat=True)) == {second.pk}
    assert GradeReview.objects.filter(pk__in=[first.pk, second.pk]).count() == 2
    grade.refresh_from_db()
    assert [f["code"] for f in grade.flags].count("agent_dispute") == 2  # one per dispute


def test_a_grade_that_is_not_waiting_cannot_be_completed_twice(trainer, graded_session):
    with pytest.raises(GradeReviewError, match="not waiting"):
        grade_review_complete(grade=graded_session.grade, by=trainer)
    assert not GradeReview.objects.exists() and not CriterionLabel.objects.exists()


def test_a_note_over_1000_characters_is_refused(trainer, graded_session):
    Grade.objects.filter(pk=graded_session.grade.pk).update(needs_review=True)
    with pytest.raises(GradeReviewError):
        grade_review_complete(grade=graded_session.grade, by=trainer, reason="x" * 1001)
    assert not GradeReview.objects.exists()


def test_an_open_dispute_stays_in_the_queue_even_if_a_regrade_cleared_the_flag(
    agent, trainer, graded_session
):
    grade = graded_session.grade
    grade_dispute_open(grade=grade, by=agent, comment="Wrong.")
    Grade.objects.filter(pk=grade.pk).update(needs_review=False, flags=[])
    queue = review_queue_for(trainer)
    assert [i.grade.pk for i in queue.page] == [grade.pk]
    assert [r.code for r in queue.page[0].reasons] == ["agent_dispute"]


def test_the_queue_is_oldest_first_filterable_by_reason_and_names_unknown_codes(
    agent, trainer, graded_session, poor_session
):
    old, new = graded_session.grade, poor_session.grade
    Grade.objects.filter(pk=old.pk).update(
        needs_review=True,
        created_at=timezone.now() - timezone.timedelta(days=3),
        flags=[{"code": "graders_disagree", "message": "The graders differ by 30 points."}],
    )
    Grade.objects.filter(pk=new.pk).update(
        needs_review=True, flags=[{"code": "shiny_new_check", "message": "Something odd."}]
    )
    queue = review_queue_for(trainer)
    assert [i.grade.pk for i in queue.page] == [old.pk, new.pk]
    assert [str(r.label) for r in queue.page[0].reasons] == ["The graders disagree"]
    assert [str(r.label) for r in queue.page[1].reasons] == ["Something odd."]
    assert {r.code: n for r, n in queue.reason_counts} == {
        "graders_disagree": 1,
        "shiny_new_check": 1,
    }
    only = review_queue_for(trainer, reason="shiny_new_check")
    assert [i.grade.pk for i in only.page] == [new.pk]


def test_a_manager_queues_only_their_teams_calls_and_never_their_own(
    agent, manager, other_manager, team, trainer, graded_session, late_order, golden
):
    from tests.assessments.factories import ended_session

    team.members.add(manager)  # a manager on their own team still never reviews their calls
    own = ended_session(manager, late_order, golden["01_late_order_good"], outcome="resolved")
    Grade.objects.filter(pk__in=[graded_session.grade.pk, own.grade.pk]).update(needs_review=True)
    assert [i.grade.pk for i in review_queue_for(manager).page] == [graded_session.grade.pk]
    assert review_queue_for(other_manager).total == 0
    assert review_queue_for(trainer).total == 2
    assert review_queue_for(agent).total == 0
