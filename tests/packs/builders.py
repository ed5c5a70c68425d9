"""A small pack written to a folder: a persona, a scenario that practises a lesson of a
course, a rubric for it, a quiz on the course, and a program; tests change one thing."""

from __future__ import annotations

import copy
from pathlib import Path

from packs.writer import dump

PERSONA = {
    "slug": "pat-reyes",
    "name": "Pat Reyes",
    "temperament": "impatient",
    "starting_mood": 30,
    "patience": 3,
    "calmed_by": {"ownership": 7, "next_steps": 6},
    "inflamed_by": {"dismissive": 8},
    "language": "en",
}
SCENARIO = {
    "slug": "parcel-left-outside",
    "title": "The parcel left in the rain",
    "summary": "A parcel was left outside and got wet.",
    "persona": "pat-reyes",
    "channel": "phone",
    "difficulty": "beginner",
    "skills": ["empathy"],
    "lesson": "where-parcels-go",
    "language": "en",
    "customer_name": "Mx Reyes",
    "problem": "The courier left the parcel on the step in the rain.",
    "goal": "A replacement that arrives dry.",
    "opening_line": "Your courier left my parcel in a puddle.",
    "hidden_facts": [
        {
            "key": "order_number",
            "label": "Order number",
            "value": "XYZ-777",
            "earned_by": ["order number"],
            "reveal_line": "XYZ-777.",
        }
    ],
    "resolutions": [
        {
            "key": "replacement",
            "label": "A replacement",
            "phrases": ["send a replacement"],
            "allowed": True,
            "requires": ["order_number"],
        }
    ],
    "accept_requires": ["order_number"],
}
COURSE = {
    "slug": "parcels-101",
    "title": "Parcels 101",
    "category": "product",
    "summary": "Where parcels go.",
    "skills": ["product-knowledge"],
    "lessons": [
        {
            "slug": "where-parcels-go",
            "title": "Where parcels go",
            "body": [
                {"rich_text": "<p>Parcels go to the hub first.</p>"},
                {
                    "knowledge_check": {
                        "question": "Where does a parcel go first?",
                        "choices": [
                            {"text": "The hub", "correct": True},
                            {"text": "The moon"},
                        ],
                        "skills": ["product-knowledge"],
                    }
                },
                {"practice_scenario": {"scenario_slug": "parcel-left-outside"}},
            ],
        }
    ],
}
RUBRIC = {
    "slug": "parcel-call",
    "name": "Parcel call",
    "extends": "callwise-standard",
    "scenarios": ["parcel-left-outside"],
    "criteria": [
        {"key": "offered_replacement", "label": "Offered a replacement", "rule": ""},
    ],
}
QUIZ = {
    "slug": "parcels-check",
    "title": "Parcels check",
    "course": "parcels-101",
    "pass_mark": 50,
    "questions": [
        {"type": "true_false", "prompt": "Parcels go to the hub first.", "answer": True},
    ],
}
PROGRAM = {
    "slug": "parcel-handler",
    "title": "Parcel handler",
    "level": "junior_agent",
    "requirements": [
        {"course_completed": {"course": "parcels-101"}},
        {"scenario_graded": {"scenario": "parcel-left-outside", "min_score": 70}},
    ],
}
ITEMS = {
    "personas": PERSONA,
    "scenarios": SCENARIO,
    "courses": COURSE,
    "rubrics": RUBRIC,
    "quizzes": QUIZ,
    "programs": PROGRAM,
}


def write(root: Path, *, changes: dict | None = None, translations: dict | None = None) -> Path:
    """The pack in ``root``; ``changes`` maps a folder to a function that edits its item."""
    contains, files = {}, {}
    for folder, data in ITEMS.items():
        data = copy.deepcopy(data)
        if changes and folder in changes:
            data = changes[folder](data) or data
        files[f"{folder}/{data['slug']}.yaml"] = data
        contains[folder] = [data["slug"]]
    manifest = {"name": "parcels", "version": "1.0", "language": "en", "contains": contains}
    for (locale, folder), data in (translations or {}).items():
        files[f"translations/{locale}/{folder}/{ITEMS[folder]['slug']}.yaml"] = data
        manifest.setdefault("translations", {}).setdefault(locale, {})[folder] = [
            ITEMS[folder]["slug"]
        ]
    files["pack.yaml"] = manifest
    for relpath, data in files.items():
        target = root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump(data), encoding="utf-8")
    return root


def line_of(path: Path, text: str) -> int:
    """The line of a file where ``text`` first appears (1-based)."""
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")
