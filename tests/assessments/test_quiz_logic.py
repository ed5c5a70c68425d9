"""Scoring every question type, drawing and shuffling: pure, no database."""

import pytest

from assessments.quiz_logic import (
    OptionData,
    PairData,
    QuestionData,
    answer_score,
    layout_draw,
    normalise,
    quiz_score,
)

SINGLE = QuestionData(
    1,
    "single",
    "Window?",
    choices=(OptionData("a", "30", True, "Right"), OptionData("b", "14", False, "No")),
)
MULTIPLE = QuestionData(
    2,
    "multiple",
    "Verify with?",
    choices=(
        OptionData("a", "Order", True),
        OptionData("b", "Postcode", True),
        OptionData("c", "Colour"),
    ),
)
TRUE_FALSE = QuestionData(3, "true_false", "Read cards out?", answer=False)
ORDERING = QuestionData(
    4, "ordering", "Order", items=tuple(OptionData(k, k.upper()) for k in ("g", "v", "r", "c"))
)
MATCHING = QuestionData(
    5,
    "matching",
    "Match",
    pairs=(PairData("x", "Angry", "Sorry"), PairData("y", "Lost", "Explain")),
)
SHORT = QuestionData(6, "short_text", "Limit?", accepted=("$15",), patterns=(r"\$?\s*15(\.00)?",))


@pytest.mark.parametrize(
    ("question", "response", "score", "correct"),
    [
        (SINGLE, "a", 1, True),
        (SINGLE, "b", 0, False),
        (SINGLE, "zzz", 0, False),
        (SINGLE, None, 0, False),
        (MULTIPLE, ["a", "b"], 1, True),
        (MULTIPLE, ["a"], 0.5, False),
        (MULTIPLE, ["a", "b", "c"], 0.5, False),
        (MULTIPLE, ["c"], 0, False),
        (MULTIPLE, [], 0, False),
        (TRUE_FALSE, False, 1, True),
        (TRUE_FALSE, "false", 1, True),
        (TRUE_FALSE, True, 0, False),
        (TRUE_FALSE, None, 0, False),
        (ORDERING, ["g", "v", "r", "c"], 1, True),
        (ORDERING, ["v", "g", "r", "c"], 0.5, False),
        (ORDERING, None, 0, False),
        (MATCHING, {"x": "x", "y": "y"}, 1, True),
        (MATCHING, {"x": "y", "y": "x"}, 0, False),
        (MATCHING, {"x": "x"}, 0.5, False),
        (SHORT, "$15", 1, True),
        (SHORT, "  15 ", 1, True),
        (SHORT, "$15.00", 1, True),
        (SHORT, "fifteen", 0, False),
        (SHORT, "", 0, False),
    ],
)
def test_each_question_type_scores_with_partial_credit_where_it_makes_sense(
    question, response, score, correct
):
    result = answer_score(question, response)
    assert result.score == score
    assert result.correct is correct


def test_feedback_comes_from_the_choices_picked_and_the_right_answer_is_named():
    result = answer_score(SINGLE, "b")
    assert result.feedback == ("No",)
    assert result.expected == "30" and result.given == "14"


def test_short_text_ignores_case_spacing_and_end_punctuation():
    assert normalise("  Thirty   DAYS. ") == "thirty days"
    q = QuestionData(7, "short_text", "?", accepted=("thirty days",))
    assert answer_score(q, "Thirty days!").correct


def test_a_broken_pattern_never_crashes_scoring():
    q = QuestionData(8, "short_text", "?", patterns=("([",))
    assert answer_score(q, "x").score == 0


def test_draw_picks_n_questions_and_the_seed_pins_the_layout():
    bank = [SINGLE, MULTIPLE, TRUE_FALSE, ORDERING, MATCHING, SHORT]
    layout = layout_draw(bank, draw=3, shuffle=True, seed=42)
    assert len(layout) == 3 and len({e["id"] for e in layout}) == 3
    assert layout == layout_draw(bank, draw=3, shuffle=True, seed=42)
    seeds = {tuple(e["id"] for e in layout_draw(bank, draw=3, seed=s)) for s in range(30)}
    assert len(seeds) > 5  # different attempts see different questions


def test_without_draw_every_question_is_asked():
    bank = [SINGLE, MULTIPLE, TRUE_FALSE]
    assert sorted(e["id"] for e in layout_draw(bank, draw=0, seed=1)) == [1, 2, 3]
    assert [e["id"] for e in layout_draw(bank, draw=10, shuffle=False, seed=1)] == [1, 2, 3]


def test_choices_shuffle_when_asked_and_ordering_items_always_do():
    orders = {tuple(layout_draw([MULTIPLE], shuffle=True, seed=s)[0]["choices"]) for s in range(20)}
    assert len(orders) > 1
    assert layout_draw([MULTIPLE], shuffle=False, seed=3)[0]["choices"] == ["a", "b", "c"]
    for s in range(20):
        assert layout_draw([ORDERING], shuffle=False, seed=s)[0]["items"] != ["g", "v", "r", "c"]
        assert layout_draw([MATCHING], shuffle=False, seed=s)[0]["rights"] != ["x", "y"]


def test_quiz_score_counts_unanswered_questions_as_zero():
    results = [answer_score(SINGLE, "a"), answer_score(MULTIPLE, ["a"])]
    assert quiz_score(results, 4) == 38
    assert quiz_score([], 0) == 0
