"""The pure requirement evaluation: every kind, partial progress, no requirements."""

from certification.requirements import (
    LearnerRecord,
    Requirement,
    RequirementKind,
    program_evaluate,
)

COURSE = Requirement(RequirementKind.COURSE_COMPLETED, (1,), ("Patience",))
QUIZ = Requirement(RequirementKind.QUIZ_PASSED, (7,), ("Policies check",))
CALL = Requirement(RequirementKind.SCENARIO_GRADED, (3,), ("Late order",), min_score=70)
SET = Requirement(RequirementKind.SCENARIO_SET, (3, 4, 5), ("a", "b", "c"), min_score=75, count=2)


def test_a_program_is_met_only_when_every_requirement_is():
    record = LearnerRecord(frozenset({1}), frozenset({7}), {3: 70})
    assert program_evaluate([COURSE, QUIZ, CALL], record).met
    assert not program_evaluate([COURSE, QUIZ, CALL], LearnerRecord(frozenset({1}))).met


def test_a_call_scored_under_the_minimum_does_not_count():
    result = program_evaluate([CALL], LearnerRecord(best_clean_scores={3: 69}))
    assert not result.met
    assert result.results[0].done == 0


def test_n_of_a_set_counts_only_calls_at_or_above_the_score():
    one = LearnerRecord(best_clean_scores={3: 80, 4: 60})
    two = LearnerRecord(best_clean_scores={3: 80, 5: 75})
    assert program_evaluate([SET], one).results[0].done == 1
    assert not program_evaluate([SET], one).met
    assert program_evaluate([SET], two).met


def test_a_program_without_requirements_never_certifies_anyone():
    result = program_evaluate([], LearnerRecord())
    assert not result.met
    assert result.percent == 0


def test_progress_counts_met_requirements():
    result = program_evaluate([COURSE, QUIZ], LearnerRecord(frozenset({1})))
    assert (result.done, result.total, result.percent) == (1, 2, 50)


def test_labels_name_what_to_do():
    assert "Patience" in COURSE.label
    assert "70" in CALL.label and "critical" in CALL.label
    assert "2 of these calls" in SET.label
