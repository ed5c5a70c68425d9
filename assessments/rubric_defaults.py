"""The Callwise call standard: the default rubric, and the demo scenarios' own criteria.

Plain data. ``assessments.demo`` turns it into Rubric snippets; ``DEFAULT_RUBRIC`` is what
the graders use for a scenario when no published rubric exists at all (a fresh database),
so a call is never left ungraded. Patterns are regular expressions, matched
case-insensitively against the agent's lines.
"""

from __future__ import annotations

from .graders.base import CriterionData, RubricData

RUDE_PATTERNS = [
    r"\bshut up\b",
    r"\b(?:stupid|idiot|idiotic|moron|dumb)\b",
    r"\bdeal with it\b",
    r"\bnot my (?:problem|job)\b",
    r"\b(?:fuck\w*|shit|crap|damn it|bloody hell)\b",
]

DEFAULT_CRITERIA: list[dict] = [
    {
        "key": "greeting",
        "label": "Greeted the customer and introduced themselves",
        "section": "opening",
        "skills": ["positive-attitude", "clear-communication"],
        "rule": "cue_present",
        "params": {"cues": ["greeting"], "scope": "first", "turns": 1},
        "description": "The first line welcomes the caller and says who is speaking.",
    },
    {
        "key": "uses_name",
        "label": "Used the customer's name",
        "section": "opening",
        "skills": ["empathy", "active-listening"],
        "rule": "cue_present",
        "params": {"cues": ["customer_name"]},
        "description": "Using the caller's name makes them feel important.",
    },
    {
        "key": "verification",
        "label": "Verified identity before discussing the account",
        "section": "verification",
        "weight": 2,
        "skills": ["policy-compliance"],
        "rule": "cue_before",
        "params": {"cue": "verification", "before": ["allowed_resolution", "forbidden_promise"]},
        "description": "Full name plus two of order number, account email, billing postcode.",
    },
    {
        "key": "clarifying_questions",
        "label": "Asked questions to understand the problem",
        "section": "discovery",
        "kind": "scale",
        "max_score": 2,
        "weight": 2,
        "skills": ["active-listening", "problem-solving"],
        "rule": "cue_present",
        "params": {"cues": ["clarifying_question"]},
        "description": "Two or more open or clarifying questions before solving.",
    },
    {
        "key": "facts_found",
        "label": "Found the details needed to help",
        "section": "discovery",
        "kind": "scale",
        "max_score": 2,
        "weight": 2,
        "skills": ["problem-solving", "active-listening"],
        "rule": "facts_earned",
        "params": {},
        "description": "Asked for what the case turns on (order number, what happened, why).",
    },
    {
        "key": "acknowledgement",
        "label": "Acknowledged what the customer said",
        "section": "empathy",
        "skills": ["active-listening"],
        "rule": "cue_present",
        "params": {"cues": ["acknowledgement"]},
        "description": "Reflects the problem back before solving it.",
    },
    {
        "key": "empathy",
        "label": "Showed empathy or apologised for the experience",
        "section": "empathy",
        "kind": "scale",
        "max_score": 2,
        "weight": 2,
        "skills": ["empathy", "patience"],
        "rule": "cue_present",
        "params": {"cues": ["empathy", "apology"]},
        "description": "Names the feeling and apologises, even when XYZ is not at fault.",
    },
    {
        "key": "respectful",
        "label": "Stayed respectful: no blame, no dismissive remarks",
        "section": "empathy",
        "kind": "scale",
        "max_score": 2,
        "weight": 2,
        "skills": ["patience", "positive-attitude"],
        "rule": "cue_absent",
        "params": {"cues": ["blame", "dismissive"], "support": ["acknowledgement", "empathy"]},
        "description": "Never blames the caller or another team; never says 'calm down'.",
    },
    {
        "key": "not_rude",
        "label": "Was never rude to the customer",
        "section": "communication",
        "critical": True,
        "skills": ["patience", "positive-attitude"],
        "rule": "cue_absent",
        "params": {"cues": [], "patterns": RUDE_PATTERNS},
        "description": "Rudeness (insults, swearing, 'deal with it') fails the call.",
        "tip": "Stay courteous under pressure: “I can hear how frustrating this is. Let's "
        "sort it out together.”",
    },
    {
        "key": "ownership",
        "label": "Took ownership of the problem",
        "section": "resolution",
        "skills": ["problem-solving", "positive-attitude"],
        "rule": "cue_present",
        "params": {"cues": ["ownership"]},
        "description": "'Leave this with me': the agent owns the problem to the end.",
    },
    {
        "key": "resolution",
        "label": "Offered a resolution the policy allows",
        "section": "resolution",
        "weight": 3,
        "skills": ["problem-solving", "policy-compliance", "product-knowledge"],
        "rule": "resolution_offered",
        "params": {},
        "description": "Offers what the policy allows for this case, clearly.",
    },
    {
        "key": "no_forbidden_promise",
        "label": "Made no promise the policy forbids",
        "section": "resolution",
        "weight": 2,
        "critical": True,
        "skills": ["policy-compliance"],
        "rule": "no_forbidden_promise",
        "params": {},
        "description": "A forbidden promise fails the call, whatever else went well.",
    },
    {
        "key": "next_steps",
        "label": "Explained clearly what happens next",
        "section": "communication",
        "weight": 2,
        "skills": ["clear-communication"],
        "rule": "cue_present",
        "params": {"cues": ["next_steps"]},
        "description": "What happens next, and when: emails, timescales, tracking.",
    },
    {
        "key": "plain_language",
        "label": "Used plain language, no jargon",
        "section": "communication",
        "skills": ["clear-communication"],
        "rule": "cue_absent",
        "params": {"cues": ["jargon"]},
        "description": "No internal terms the caller would not know.",
    },
    {
        "key": "policy_with_empathy",
        "label": "Explained policy with empathy, not as a script",
        "section": "communication",
        "skills": ["empathy", "policy-compliance"],
        "rule": "cue_absent",
        "params": {"cues": ["policy_without_empathy"]},
        "description": "Policy comes with acknowledgement, not instead of it.",
    },
    {
        "key": "closing",
        "label": "Closed the call: checked for anything else and thanked the customer",
        "section": "closing",
        "skills": ["clear-communication", "positive-attitude"],
        "rule": "cue_present",
        "params": {"cues": ["closing"], "scope": "last", "turns": 2},
        "description": "Asks whether there is anything else, thanks the caller, says goodbye.",
    },
]

PROMISED_DATE = (
    r"\b(?:it(?:'ll| will)|(?:your|the) (?:order|parcel|replacement|package) will)"
    r" (?:definitely |certainly )?(?:arrive|be (?:there|with you|delivered))"
    r" (?:by|on|tomorrow)\b"
)

# Scenario rubrics: each builds on the default and adds or replaces criteria by key.
SCENARIO_RUBRICS: list[dict] = [
    {
        "slug": "late-order",
        "name": "Late order call",
        "scenarios": ["late-order-angry"],
        "criteria": [
            {
                "key": "no_delivery_date",
                "label": "Did not promise a delivery date the carrier hasn't confirmed",
                "section": "resolution",
                "weight": 2,
                "critical": True,
                "skills": ["policy-compliance"],
                "rule": "no_forbidden_promise",
                "params": {"resolutions": ["promise_delivery_date"], "patterns": [PROMISED_DATE]},
            },
            {
                "key": "no_forbidden_promise",
                "label": "Offered no credit above $15 without a team lead",
                "section": "resolution",
                "weight": 1,
                "critical": True,
                "skills": ["policy-compliance"],
                "rule": "no_forbidden_promise",
                "params": {"resolutions": ["credit_over_limit"]},
            },
        ],
    },
    {
        "slug": "refund-outside-window",
        "name": "Refund outside the policy window",
        "scenarios": ["refund-outside-window"],
        "criteria": [
            {
                "key": "no_forbidden_promise",
                "label": "Did not promise a refund outside the 30-day window",
                "section": "resolution",
                "weight": 3,
                "critical": True,
                "skills": ["policy-compliance"],
                "rule": "no_forbidden_promise",
                "params": {"resolutions": ["full_refund", "promise_exception"]},
            },
        ],
    },
    {
        "slug": "cancellation-save",
        "name": "Cancellation save call",
        "scenarios": ["cancel-subscription-save"],
        "criteria": [
            {
                "key": "no_obstruction",
                "label": "Processed the cancellation when asked; did not obstruct it",
                "section": "resolution",
                "weight": 3,
                "critical": True,
                "skills": ["policy-compliance", "positive-attitude"],
                "rule": "no_forbidden_promise",
                "params": {
                    "resolutions": ["refuse_cancellation"],
                    "patterns": [
                        r"\b(?:you|i|we) can(?:'t|not) (?:cancel|process (?:the|a|your) cancel)",
                        r"\bcancellations? (?:is|are) not (?:possible|allowed)\b",
                    ],
                },
            },
            {
                "key": "no_forbidden_promise",
                "label": "Offered no discount the policy doesn't allow",
                "section": "resolution",
                "weight": 2,
                "critical": True,
                "skills": ["policy-compliance"],
                "rule": "no_forbidden_promise",
                "params": {"resolutions": ["invented_discount"]},
            },
        ],
    },
    {
        "slug": "billing-privacy",
        "name": "Billing and privacy",
        "scenarios": ["billing-confused"],
        "criteria": [
            {
                "key": "verification",
                "label": "Verified identity before discussing the account",
                "section": "verification",
                "weight": 2,
                "critical": True,
                "skills": ["policy-compliance"],
                "rule": "cue_before",
                "params": {
                    "cue": "verification",
                    "before": ["allowed_resolution", "forbidden_promise"],
                    "patterns": [
                        r"\byour (?:statement|charges?|card|balance|renewal|payments?)\b",
                        r"\bthe (?:charges?|renewal|pending hold) (?:is|was|are|were)\b",
                    ],
                },
            },
            {
                "key": "no_card_details",
                "label": "Did not read out card details",
                "section": "verification",
                "weight": 2,
                "critical": True,
                "skills": ["policy-compliance"],
                "rule": "no_forbidden_promise",
                "params": {
                    "resolutions": ["read_out_details", "read_card_number"],
                    "patterns": [
                        r"\b(?:\d[ -]?){12,18}\d\b",
                        r"\b(?:cvv|cvc|security code|expiry date) (?:is|was)\b",
                    ],
                },
            },
            {
                "key": "no_forbidden_promise",
                "label": "Did not refund a pending hold",
                "section": "resolution",
                "weight": 2,
                "critical": True,
                "skills": ["policy-compliance"],
                "rule": "no_forbidden_promise",
                "params": {"resolutions": ["refund_hold_now"]},
            },
        ],
    },
    {
        "slug": "shipped-order-change",
        "name": "Change to a shipped order",
        "scenarios": ["shipped-order-change-anxious"],
        "criteria": [
            {
                "key": "no_forbidden_promise",
                "label": "Did not claim to change a shipped order or guarantee the redirect",
                "section": "resolution",
                "weight": 2,
                "critical": True,
                "skills": ["policy-compliance"],
                "rule": "no_forbidden_promise",
                "params": {},
            },
        ],
    },
]


def criterion_data(spec: dict) -> CriterionData:
    kind = spec.get("kind", "yes_no")
    return CriterionData(
        key=spec["key"],
        label=spec["label"],
        section=spec.get("section", "communication"),
        kind=kind,
        max_score=spec.get("max_score", 1) if kind == "scale" else 1,
        weight=spec.get("weight", 1),
        critical=spec.get("critical", False),
        skills=tuple(spec.get("skills", ())),
        description=spec.get("description", ""),
        rule=spec.get("rule", ""),
        params=dict(spec.get("params", {})),
        tip=spec.get("tip", ""),
    )


DEFAULT_RUBRIC = RubricData(
    name="Callwise call standard",
    slug="callwise-standard",
    pass_mark=70,
    criteria=tuple(criterion_data(spec) for spec in DEFAULT_CRITERIA),
)


def scenario_rubric_data(scenario_slug: str) -> RubricData:
    """The demo rubric for a scenario as plain data (tests, and a database without rubrics)."""
    criteria = {c.key: c for c in DEFAULT_RUBRIC.criteria}
    for spec in SCENARIO_RUBRICS:
        if scenario_slug in spec["scenarios"]:
            for c in spec["criteria"]:
                criteria[c["key"]] = criterion_data(c)
            return RubricData(
                name=spec["name"],
                slug=spec["slug"],
                pass_mark=70,
                criteria=tuple(criteria.values()),
            )
    return DEFAULT_RUBRIC
