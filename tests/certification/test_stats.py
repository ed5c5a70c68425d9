"""Quiz item statistics."""

from certification.stats import discrimination_index, discrimination_label, point_biserial


def test_a_question_only_strong_learners_get_right_discriminates_fully():
    samples = [(score, score >= 50) for score in range(0, 100, 10)]
    assert discrimination_index(samples) == 1.0
    assert discrimination_label(1.0) == "very_good"


def test_a_question_everyone_gets_right_does_not_discriminate():
    samples = [(score, True) for score in range(0, 100, 10)]
    assert discrimination_index(samples) == 0.0
    assert point_biserial(samples) is None


def test_a_question_weak_learners_get_right_is_negative():
    samples = [(score, score < 50) for score in range(0, 100, 10)]
    assert discrimination_index(samples) == -1.0
    assert discrimination_label(-1.0) == "poor"


def test_too_few_answers_give_no_index():
    assert discrimination_index([(50, True), (60, False)]) is None
    assert discrimination_label(None) == "too_few"


def test_point_biserial_is_positive_when_right_answers_go_with_high_scores():
    samples = [(90, True), (80, True), (70, True), (40, False), (30, False), (20, True)]
    assert point_biserial(samples) > 0.5
