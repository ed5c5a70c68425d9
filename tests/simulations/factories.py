"""Personas, scenarios and sessions for tests, built as a pack import builds them.

``published_scenario()`` gives a small, fast scenario (the late-order shape, trimmed);
``demo_scenario(slug)`` loads one of the real demo scenarios when a test needs its content.
"""

from __future__ import annotations

import copy

from django.utils.text import slugify

from packs.importer import build_item
from simulations import services

PERSONA = {
    "slug": "test-rosa",
    "name": "Test Rosa",
    "temperament": "angry",
    "starting_mood": 25,
    "patience": 3,
    "calmed_by": {"apology": 7, "ownership": 8, "next_steps": 6, "empathy": 6},
    "inflamed_by": {"dismissive": 9, "blame": 8},
    "speaking_style": "Short, sharp sentences.",
    "language": "en",
    "voice": "female",
}

SCENARIO = {
    "slug": "test-late-order",
    "title": "Test: late order",
    "summary": "A parcel is late.",
    "channel": "phone",
    "difficulty": "beginner",
    "skills": ["empathy", "patience"],
    "language": "en",
    "customer_name": "Ms Test",
    "customer_record": "Name: Rosa Test\nEmail: rosa@example.com",
    "order_details": "Order: XYZ-1\nPromised: 5 June",
    "policy_excerpt": "7 or more days late: free reship or refund.",
    "problem": "Her order is nine days late.",
    "goal": "A free reship she can track.",
    "opening_line": "My order is nine days late. Where is it?",
    "hidden_facts": [
        {
            "key": "order_number",
            "label": "Order number",
            "value": "XYZ-1",
            "earned_by": ["order number"],
            "reveal_line": "It's XYZ-1.",
        }
    ],
    "resolutions": [
        {
            "key": "reship",
            "label": "A free reship",
            "phrases": ["reship", "send a replacement"],
            "allowed": True,
            "satisfies": True,
            "customer_reaction": "",
        },
        {
            "key": "date_promise",
            "label": "Promising a date",
            "phrases": ["guarantee it will arrive tomorrow"],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": "",
        },
    ],
    "accept_requires": ["order_number"],
    "acceptance_note": "Accepts a reship once she has given her order number.",
    "max_turns": 12,
    "time_limit_seconds": 600,
    "customer_lines": {},
}


def persona(*, publish: bool = True, **overrides):
    data = {**copy.deepcopy(PERSONA), **overrides}
    if "name" in overrides and "slug" not in overrides:
        data["slug"] = slugify(overrides["name"])
    return build_item("persona", data, publish=publish)


def published_scenario(*, publish: bool = True, persona_obj=None, **overrides):
    data = {**copy.deepcopy(SCENARIO), **overrides}
    data["persona"] = (persona_obj or persona()).slug
    return build_item("scenario", data, publish=publish)


def demo_scenario(slug: str, *, publish: bool = True):
    from packs import demo

    return demo.build("scenario", slug, publish=publish)


def session(user, scenario=None, **kwargs):
    return services.session_start(user=user, scenario=scenario or published_scenario(), **kwargs)
