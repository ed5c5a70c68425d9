"""The mood model: one table of weights, scaled by the persona, with diminishing returns."""

from __future__ import annotations

from dataclasses import replace

import pytest

from simulations.engines.base import PersonaData, Trigger
from simulations.mood import (
    BASE_WEIGHTS,
    MAX_GAIN,
    MAX_LOSS,
    apply_delta,
    cue_weight,
    hold_delta,
    mood_band,
    mood_delta,
    mood_label,
)
from simulations.understanding import Context, Cue, CueKind, understand
from tests.simulations.demo_data import AMARA, GRAHAM, LATE_ORDER, PRIYA, ROSA, WALTER

K = CueKind


def detect_cues(text, scenario=None):
    # simulations.cues.detect_cues became simulations.understanding.understand(...).cues
    return understand(text, Context(scenario=scenario) if scenario else None).cues


NEUTRAL = PersonaData(name="Neutral Ned", temperament="talkative", starting_mood=50, patience=4)


def cue(kind, start=0):
    return Cue(kind, str(kind), start, start + len(str(kind)))


def test_every_cue_kind_has_a_weight_in_the_table():
    assert set(CueKind) <= set(BASE_WEIGHTS)


@pytest.mark.parametrize(
    "kind",
    [K.EMPATHY, K.APOLOGY, K.CUSTOMER_NAME, K.OWNERSHIP, K.NEXT_STEPS, K.ACKNOWLEDGEMENT],
)
def test_good_handling_raises_mood(kind):
    assert mood_delta(NEUTRAL, [cue(kind)]) > 0


@pytest.mark.parametrize(
    "kind", [K.BLAME, K.DISMISSIVE, K.JARGON, K.POLICY_WITHOUT_EMPATHY, K.PROMPT_INJECTION]
)
def test_poor_handling_lowers_mood(kind):
    assert mood_delta(NEUTRAL, [cue(kind)]) < 0


def test_dismissive_hurts_more_than_jargon():
    assert mood_delta(NEUTRAL, [cue(K.DISMISSIVE)]) < mood_delta(NEUTRAL, [cue(K.JARGON)])


def test_empathy_is_worth_more_than_a_greeting():
    assert mood_delta(NEUTRAL, [cue(K.EMPATHY)]) > mood_delta(NEUTRAL, [cue(K.GREETING)])


def test_apology_after_blame_raises_mood_less_than_apology_alone():
    name = cue(K.CUSTOMER_NAME, 100)  # keeps every turn here non-vague, so only the apology differs
    alone = mood_delta(NEUTRAL, [cue(K.APOLOGY), name]) - mood_delta(NEUTRAL, [name])
    blame_only = mood_delta(NEUTRAL, [cue(K.BLAME, 0), name])
    blame_then_apology = mood_delta(NEUTRAL, [cue(K.BLAME, 0), cue(K.APOLOGY, 30), name])
    assert 0 < blame_then_apology - blame_only < alone


def test_apology_before_blame_is_still_worth_its_full_weight():
    name = cue(K.CUSTOMER_NAME, 100)
    alone = mood_delta(NEUTRAL, [cue(K.APOLOGY), name]) - mood_delta(NEUTRAL, [name])
    apology_then_blame = mood_delta(NEUTRAL, [cue(K.APOLOGY, 0), cue(K.BLAME, 30), name])
    blame_only = mood_delta(NEUTRAL, [cue(K.BLAME, 0), name])
    assert apology_then_blame - blame_only == alone


def test_the_third_apology_is_worth_little():
    first = mood_delta(NEUTRAL, [cue(K.APOLOGY)], history={})
    second = mood_delta(NEUTRAL, [cue(K.APOLOGY)], history={"apology": 1})
    third = mood_delta(NEUTRAL, [cue(K.APOLOGY)], history={"apology": 2})
    assert first > second > third >= 0
    assert third <= first / 4


def test_repeated_blame_never_wears_off():
    assert mood_delta(NEUTRAL, [cue(K.BLAME)], history={"blame": 5}) == mood_delta(
        NEUTRAL, [cue(K.BLAME)]
    )


def test_the_same_cue_twice_in_one_turn_counts_once():
    assert mood_delta(NEUTRAL, [cue(K.APOLOGY, 0), cue(K.APOLOGY, 20)]) == mood_delta(
        NEUTRAL, [cue(K.APOLOGY)]
    )


def test_a_persona_calmed_by_apology_values_it_more():
    sensitive = replace(NEUTRAL, calmed_by=(Trigger("apology", 10),))
    assert mood_delta(sensitive, [cue(K.APOLOGY)]) > mood_delta(NEUTRAL, [cue(K.APOLOGY)])


def test_stronger_triggers_move_mood_further():
    slight = replace(NEUTRAL, inflamed_by=(Trigger("jargon", 1),))
    strong = replace(NEUTRAL, inflamed_by=(Trigger("jargon", 10),))
    assert mood_delta(strong, [cue(K.JARGON)]) < mood_delta(slight, [cue(K.JARGON)]) < 0


def test_a_persona_inflamed_by_a_usually_good_cue_is_upset_by_it():
    hates_scripts = replace(NEUTRAL, inflamed_by=(Trigger("apology", 5),))
    assert mood_delta(hates_scripts, [cue(K.APOLOGY)]) < 0


def test_trainer_trigger_aliases_are_understood():
    persona = replace(NEUTRAL, inflamed_by=(Trigger("calm down", 10), Trigger("transfer", 10)))
    assert cue_weight(persona, K.DISMISSIVE) < cue_weight(NEUTRAL, K.DISMISSIVE)
    assert cue_weight(persona, K.HOLD_OR_TRANSFER) < cue_weight(NEUTRAL, K.HOLD_OR_TRANSFER)


def test_confused_customer_is_hurt_more_by_jargon_than_a_neutral_one():
    assert mood_delta(WALTER, [cue(K.JARGON)]) < mood_delta(NEUTRAL, [cue(K.JARGON)])


def test_vague_turn_costs_an_impatient_persona_more():
    calm_patient = replace(PRIYA, temperament="talkative", inflamed_by=())
    assert mood_delta(PRIYA, []) < mood_delta(calm_patient, []) < 0


def test_silence_costs_more_than_a_vague_reply_for_an_anxious_customer():
    assert mood_delta(AMARA, [], text="") < mood_delta(AMARA, [], text="Okay.")


def test_a_question_that_earns_a_fact_is_not_vague():
    assert mood_delta(NEUTRAL, [], earned_fact=True) == 0


def test_skeptical_customer_is_less_moved_by_apologies_than_by_next_steps():
    assert mood_delta(GRAHAM, [cue(K.APOLOGY)]) < mood_delta(GRAHAM, [cue(K.NEXT_STEPS)])


def test_one_turn_moves_mood_at_most_the_step_limit():
    everything_good = [cue(k, i * 10) for i, k in enumerate(list(K)[:10])]
    assert mood_delta(ROSA, everything_good) <= MAX_GAIN
    all_bad = [cue(K.BLAME, 0), cue(K.DISMISSIVE, 10), cue(K.JARGON, 20)]
    assert mood_delta(ROSA, all_bad) >= -MAX_LOSS


def test_a_single_calm_down_does_not_end_a_call_on_its_own_from_the_middle():
    assert apply_delta(50, mood_delta(ROSA, detect_cues("Calm down."))) > 0


@pytest.mark.parametrize(("mood", "delta", "expected"), [(5, -20, 0), (95, 18, 100), (50, 3, 53)])
def test_mood_is_clamped_between_0_and_100(mood, delta, expected):
    assert apply_delta(mood, delta) == expected


@pytest.mark.parametrize(
    ("mood", "band", "label"),
    [
        (0, "low", "Furious"),
        (19, "low", "Furious"),
        (20, "low", "Upset"),
        (34, "low", "Upset"),
        (35, "mid", "Uneasy"),
        (64, "mid", "Uneasy"),
        (65, "high", "Calm"),
        (79, "high", "Calm"),
        (80, "high", "Happy"),
        (100, "high", "Happy"),
        (150, "high", "Happy"),
        (-5, "low", "Furious"),
    ],
)
def test_mood_band_and_label(mood, band, label):
    assert mood_band(mood) == band
    assert mood_label(mood) == label


def test_short_hold_costs_nothing_long_hold_costs_more_the_longer_it_lasts():
    assert hold_delta(NEUTRAL, 20) == 0
    assert 0 > hold_delta(NEUTRAL, 45) > hold_delta(NEUTRAL, 150)


def test_long_hold_costs_an_impatient_customer_more():
    assert hold_delta(PRIYA, 90) < hold_delta(NEUTRAL, 90)


def test_mood_delta_of_a_real_line():
    line = "I'm so sorry, Ms Alvarez, that must be really frustrating. I'll sort it today."
    assert mood_delta(ROSA, detect_cues(line, scenario=LATE_ORDER)) >= 12
