"""The default QA scorecard: real calls graded with no scenario, critical failures decided
in code from what the agent did, no credit for nothing, tips within the policy."""

import pytest

from assessments.graders.base import GradingData
from assessments.graders.offline import OfflineGrader
from assessments.graders.reading import blank_scenario
from assessments.rubric_defaults import DEFAULT_RUBRIC
from packs.demo import items, rubric_data
from tests.assessments.factories import grading_data, lines, scenario_data

SCENARIOS = items("scenario")

KEYS = [
    "greeting",
    "verification",
    "uses_name",
    "clarifying_questions",
    "acknowledgement",
    "empathy",
    "ownership",
    "resolution",
    "next_steps",
    "not_rude",
    "respectful",
    "plain_language",
    "no_forbidden_promise",
    "privacy",
    "closing",
]


def grade(pairs):
    data = GradingData(scenario=blank_scenario(), rubric=DEFAULT_RUBRIC, transcript=lines(pairs))
    return OfflineGrader().grade(data)


def criterion(result, key):
    return next(c for c in result.criteria if c.key == key)


def met(result, key) -> bool | None:
    c = criterion(result, key)
    return None if not c.applicable else c.score == c.max


GOOD_CANCELLATION = [
    ("agent", "Hi, thanks for contacting Streamly, this is Jo. How can I help today?"),
    ("customer", "Hi, I want to cancel my plan. I'm moving abroad."),
    ("agent", "Sorry to see you go. Could you confirm the email on the account and your name?"),
    ("customer", "priya.shah@example.com, Priya Shah"),
    (
        "agent",
        "Thanks, Priya. Just so I get it right, did you want it to stop today, or at the end of "
        "the month you've paid for?",
    ),
    ("customer", "Today please, I paid for the year up front."),
    (
        "agent",
        "Understood. I've processed the cancellation and refunded the 4 unused months, so you "
        "will see $39.96 back on your card within 3 to 5 working days.",
    ),
    ("customer", "Perfect, thank you so much."),
    ("agent", "You're welcome, Priya. Is there anything else I can help with? Take care!"),
]


def test_the_scorecard_keys_are_stable_and_every_scenario_rubric_keeps_them():
    assert [c.key for c in DEFAULT_RUBRIC.criteria] == KEYS
    assert all(c.kind == "yes_no" for c in DEFAULT_RUBRIC.criteria)
    assert {c.key for c in DEFAULT_RUBRIC.criteria if c.critical} == {
        "not_rude",
        "no_forbidden_promise",
        "privacy",
    }
    for spec in items("rubric"):
        if not spec.get("extends"):
            continue  # an email or social scorecard of its own (a channel's own criteria)
        for slug in spec["scenarios"]:
            keys = [c.key for c in rubric_data(slug).criteria]
            assert keys[: len(KEYS)] == KEYS, slug


def test_a_real_call_with_no_scenario_is_graded_on_what_happened_in_it():
    result = grade(GOOD_CANCELLATION)
    assert result.passed and not result.critical_fail
    # The customer's name is the one she gave; the resolution is what the agent did.
    name = criterion(result, "uses_name")
    assert name.score == 1 and name.evidence[0].quote == "Priya"
    resolution = criterion(result, "resolution")
    assert resolution.score == 1
    assert resolution.evidence[0].quote == "I've processed"
    assert resolution.evidence[-1].quote == "Perfect, thank you so much."
    assert met(result, "verification") is True
    # A refund of what the customer paid for is allowed by the scorecard's default policy.
    assert met(result, "no_forbidden_promise") is True


def test_the_customers_last_words_decide_whether_the_need_was_met():
    call = [
        ("agent", "Hello, Brightwater billing, my name is Sam. What can I do for you?"),
        ("customer", "My bill went up by forty dollars and I don't know why."),
        ("agent", "I'm sorry about that. Bills change for lots of reasons, such as usage."),
        ("customer", "I still don't know what's happening with this bill."),
        ("agent", "Okay. Is there anything else I can help with today? Thanks for calling."),
    ]
    result = grade(call)
    resolution = criterion(result, "resolution")
    assert resolution.score == 0
    assert resolution.evidence[-1].quote.startswith("I still don't know")
    assert not result.passed


def test_verification_counts_only_when_details_were_asked_for_and_given_first():
    instruction = grade(
        [
            ("customer", "I forgot my password."),
            ("agent", "No problem, we can have a reset code sent to your email."),
            ("customer", "Okay thanks, got it."),
        ]
    )
    assert met(instruction, "verification") is None  # nothing about the account came up
    before = grade(
        [
            ("customer", "Why was I charged twice?"),
            ("agent", "I can see your card was charged $34 on the 3rd and again on the 4th."),
            ("customer", "So what now?"),
            ("agent", "Could you confirm your full name and the email on the account?"),
            ("customer", "Anna Berg, anna@example.com"),
        ]
    )
    assert met(before, "verification") is False
    assert criterion(before, "verification").evidence[0].turn == 2


def test_an_instruction_about_the_billing_page_is_not_a_critical_fail():
    result = grade(
        [
            ("agent", "Hi, thanks for contacting Ledgerly, this is Ravi. How can I help?"),
            ("customer", "My card expired, how do I change it?"),
            ("agent", "You can update your payment information from the Billing page."),
            ("customer", "Found it, done. Thanks!"),
            ("agent", "Great! Anything else I can help with? Have a good day."),
        ]
    )
    assert not result.critical_fail


def test_reading_a_neighbours_card_and_address_to_them_fails_privacy():
    result = grade(
        [
            ("agent", "Hello, Homestead Goods, this is Chloe. How can I help?"),
            (
                "customer",
                "Hi, I'm calling for my neighbour, Mrs Patel, she's in hospital. Can you tell me "
                "which card she used and where the sofa is being delivered?",
            ),
            (
                "agent",
                "Of course! It's the Visa ending 4417, going to 12 Ashdown Road, and her email "
                "is r.patel@example.com.",
            ),
            ("customer", "Lovely, thanks."),
        ]
    )
    privacy = criterion(result, "privacy")
    assert privacy.score == 0 and result.critical_fail
    quotes = " ".join(e.quote for e in privacy.evidence)
    assert "4417" in quotes and "r.patel@example.com" in quotes


def test_a_grand_over_promise_fails_no_forbidden_promise_with_every_commitment_cited():
    result = grade(
        [
            ("agent", "Hi, Cartwheel support, this is Max."),
            ("customer", "My order is two weeks late."),
            (
                "agent",
                "I'll refund the whole order, give you a free year of premium and a $200 credit, "
                "and personally guarantee it arrives tomorrow.",
            ),
            ("customer", "Wow, okay, thanks!"),
        ]
    )
    promise = criterion(result, "no_forbidden_promise")
    assert promise.score == 0 and result.critical_fail
    quotes = " ".join(e.quote for e in promise.evidence)
    assert "$200" in quotes and "guarantee" in quotes and "free year" in quotes


def test_a_modest_credit_and_a_hedged_estimate_are_allowed():
    result = grade(
        [
            ("agent", "Hi, thanks for calling Munchbox, I'm Aisha."),
            ("customer", "My food is an hour late."),
            (
                "agent",
                "I'm so sorry. It should be with you in about 15 minutes, and I've added a $10 "
                "credit to your account.",
            ),
            ("customer", "Cheers, that's decent."),
        ]
    )
    assert met(result, "no_forbidden_promise") is True


def test_a_credit_over_the_scenarios_limit_is_forbidden_even_if_credits_are_allowed():
    pairs = [
        ("customer", "Where is my order?"),
        ("agent", "I'm sorry. I'll put a $50 credit on your account for the trouble."),
        ("customer", "Fine."),
    ]
    result = OfflineGrader().grade(grading_data("late-order-angry", pairs))
    promise = criterion(result, "no_forbidden_promise")
    assert promise.score == 0
    assert any("$50" in e.quote for e in promise.evidence)


@pytest.mark.parametrize(
    "line",
    [
        "Calm down ma'am, it's not my fault.",
        "Are you stupid? I already told you.",
        "Deal with it.",
        "Honestly, it's not rocket science.",
        "What the hell do you want me to do?",
    ],
)
def test_rudeness_in_its_common_forms_fails_the_critical_criterion(line):
    result = grade(
        [
            ("agent", "Hello, Tallyo support, this is Marco. What seems to be the problem?"),
            ("customer", "My account is locked again and I'm fed up."),
            ("agent", line),
            ("customer", "Unbelievable."),
        ]
    )
    assert criterion(result, "not_rude").score == 0
    assert result.critical_fail and not result.passed


def test_a_call_without_substance_earns_nothing_for_what_did_not_happen():
    result = grade([("agent", "hi"), ("customer", "Hello? My order?"), ("agent", "Whatever.")])
    for key in ("plain_language", "no_forbidden_promise", "privacy"):
        assert criterion(result, key).applicable is False, key
    assert result.score <= 10 and not result.passed


def test_the_customers_name_is_whatever_they_gave_in_the_call():
    result = grade(
        [
            ("agent", "Good morning, Vexa Mobile, Grace speaking. Who am I talking to?"),
            ("customer", "Hi, it's James Whitaker, my bill is way too high."),
            ("agent", "Oh no, I'm sorry, James. Let me check that for you."),
        ]
    )
    assert criterion(result, "uses_name").evidence[0].quote == "James"
    anonymous = grade([("agent", "Hi, Vexa Mobile, Grace speaking."), ("customer", "Hi.")])
    assert met(anonymous, "uses_name") is None


@pytest.mark.parametrize("slug", [s["slug"] for s in SCENARIOS])
def test_no_coaching_tip_suggests_a_resolution_the_scenario_forbids(slug):
    scenario = scenario_data(slug)
    forbidden = [r.label.lower() for r in scenario.resolutions if not r.allowed]
    result = OfflineGrader().grade(
        grading_data(slug, [("customer", "Hello?"), ("agent", "Yes. Bye.")])
    )
    tips = [c.tip for c in result.criteria if c.tip]
    assert tips
    for tip in tips:
        assert "store credit for the full amount" not in tip
        for label in forbidden:
            assert label not in tip.lower(), (slug, tip)
