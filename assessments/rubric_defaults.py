"""The Callwise QA scorecard (the default rubric), and the demo scenarios' own criteria.

The scorecard is data (``scorecard.toml``): fifteen yes/no criteria with stable keys, the
default policy for a call graded without a scenario, and the engagement and gaming
settings. ``DEFAULT_RUBRIC`` is what the graders use when no published rubric exists at
all (a fresh database, or a transcript graded with no scenario and no rubric), so a call is
never left ungraded. Scenario rubrics extend it: they keep its keys for the same criteria
and add their own (``SCENARIO_CRITERIA``, then each scenario's). Patterns are regular
expressions, matched case-insensitively against the agent's lines.
"""

from __future__ import annotations

from .graders.base import CriterionData, RubricData
from .graders.reading import scorecard

DEFAULT_CRITERIA: list[dict] = [dict(spec) for spec in scorecard()["criteria"]]

# What every scenario rubric adds to the scorecard: the scenario's facts and policy.
SCENARIO_CRITERIA: list[dict] = [
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
        "key": "policy_with_empathy",
        "label": "Explained policy with empathy, not as a script",
        "section": "communication",
        "skills": ["empathy", "policy-compliance"],
        "rule": "cue_absent",
        "params": {"cues": ["policy_without_empathy"]},
        "description": "Policy comes with acknowledgement, not instead of it.",
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
        ],
    },
    {
        "slug": "refund-outside-window",
        "name": "Refund outside the policy window",
        "scenarios": ["refund-outside-window"],
        "criteria": [],
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
                "rule": "verified_first",
                "params": {
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
        ],
    },
    {
        "slug": "tech-support",
        "name": "Technical support call",
        "scenarios": ["tech-support-frustrated"],
        "criteria": [],
    },
    {
        "slug": "shipped-order-change",
        "name": "Change to a shipped order",
        "scenarios": ["shipped-order-change-anxious"],
        "criteria": [],
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
    name=scorecard()["name"],
    slug=scorecard()["slug"],
    pass_mark=scorecard()["pass_mark"],
    criteria=tuple(criterion_data(spec) for spec in DEFAULT_CRITERIA),
)


def scenario_criteria(spec: dict) -> list[dict]:
    """A scenario rubric's own criteria: the scenario base, then the scenario's."""
    own = {c["key"] for c in spec["criteria"]}
    return [c for c in SCENARIO_CRITERIA if c["key"] not in own] + list(spec["criteria"])


def scenario_rubric_data(scenario_slug: str) -> RubricData:
    """The demo rubric for a scenario as plain data (tests, and a database without rubrics)."""
    criteria = {c.key: c for c in DEFAULT_RUBRIC.criteria}
    for spec in SCENARIO_RUBRICS:
        if scenario_slug in spec["scenarios"]:
            for c in scenario_criteria(spec):
                criteria[c["key"]] = criterion_data(c)
            return RubricData(
                name=spec["name"],
                slug=spec["slug"],
                pass_mark=70,
                criteria=tuple(criteria.values()),
            )
    return DEFAULT_RUBRIC
