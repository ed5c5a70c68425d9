"""Cohen's kappa and quadratic-weighted kappa against values worked out by hand."""

import pytest

from assessments.agreement import agreement, cohen_kappa, weighted_kappa


def test_cohen_kappa_matches_the_textbook_example():
    # 50 items: both yes 20, A yes / B no 5, A no / B yes 10, both no 15 -> kappa 0.4
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_perfect_agreement_is_one_and_chance_level_is_zero():
    assert cohen_kappa([0, 1, 1, 0], [0, 1, 1, 0]) == pytest.approx(1.0)
    assert cohen_kappa([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(0.0)
    assert cohen_kappa([0, 1, 0, 1], [1, 0, 1, 0]) == pytest.approx(-1.0)


def test_kappa_is_undefined_when_both_raters_never_vary():
    assert cohen_kappa([1, 1, 1], [1, 1, 1]) is None


def _pearson_form(a, b):
    """For consecutive integer categories, QWK = 2 cov / (var a + var b + (mean a - mean b)^2)."""
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True)) / n
    va = sum((x - ma) ** 2 for x in a) / n
    vb = sum((y - mb) ** 2 for y in b) / n
    return 2 * cov / (va + vb + (ma - mb) ** 2)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ([0, 1, 2, 2, 1, 0, 2], [0, 1, 2, 1, 1, 0, 2]),
        ([0, 0, 1, 2, 2, 2], [1, 0, 1, 2, 1, 2]),
        ([2, 2, 0, 0, 1], [0, 0, 2, 2, 1]),
    ],
)
def test_quadratic_weighted_kappa_matches_its_closed_form(a, b):
    assert weighted_kappa(a, b, categories=[0, 1, 2]) == pytest.approx(_pearson_form(a, b))


def test_a_near_miss_costs_less_than_a_far_miss_on_a_scale():
    near = weighted_kappa([0, 1, 2, 2], [0, 1, 2, 1], categories=[0, 1, 2])
    far = weighted_kappa([0, 1, 2, 2], [0, 1, 2, 0], categories=[0, 1, 2])
    assert near > far


def test_worked_weighted_example():
    # Observed [[1,1],[0,2]]/4 on categories 0,1: disagreement 0.25, chance 0.75*... -> 0.5
    assert weighted_kappa([0, 0, 1, 1], [0, 1, 1, 1], categories=[0, 1]) == pytest.approx(0.5)


def test_agreement_reports_items_and_observed_share():
    result = agreement([1, 0, 1, 1], [1, 0, 0, 1])
    assert result.n == 4 and result.observed == 0.75 and not result.weighted
    scaled = agreement([0, 1, 2], [0, 1, 2], scale=True, maximum=2)
    assert scaled.weighted and scaled.kappa == pytest.approx(1.0)


def test_mismatched_or_empty_ratings_are_refused():
    with pytest.raises(ValueError, match="same items"):
        cohen_kappa([1], [1, 0])
    with pytest.raises(ValueError, match="no items"):
        cohen_kappa([], [])
