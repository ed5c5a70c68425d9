"""How the offline customer's words are made: the scenario's problem and goal in the
customer's own words (``offline_context``), and a line tidied (``offline_choice._tidy``)."""

from __future__ import annotations

import pytest

from simulations.engines.offline_choice import _tidy
from simulations.engines.offline_context import _first_person, _want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She wants a refund.", "I want a refund."),
        ("Her order is late and she has waited in twice.",
         "my order is late and I have waited in twice."),
        ("The customer needs his router fixed.", "I need my router fixed."),
        ("Nobody called her back.", "Nobody called me back."),
    ],
)  # fmt: skip
def test_problem_and_goal_are_turned_into_the_customers_own_words(text, expected):
    result = _first_person(text)
    assert result.lower() == expected.lower()


@pytest.mark.parametrize(
    ("goal", "want"),
    [
        ("Get the coffee machine delivered this week, or her money back.",
         "to get the coffee machine delivered this week, or my money back"),
        ("A full refund to her card.", "a full refund to my card"),
        ("The customer wants to cancel today.", "to cancel today"),
        ("", None),
    ],
)  # fmt: skip
def test_goal_becomes_what_the_customer_wants(goal, want):
    assert _want(goal) == want


def test_tidying_a_line_capitalises_sentences_but_not_email_addresses():
    assert _tidy("fine.  w.okafor@example.net . happy now ?") == (
        "Fine. w.okafor@example.net. Happy now?"
    )
    assert _tidy("d'accord . merci !", "fr") == "D'accord. Merci !"
