"""The "check a line" box on a scenario's Try it page and its admin preview.

A trainer types an agent line and sees what the product understood from it against the
scenario's latest revision: the cues (their quotes highlighted in the line), what the line
does, the hidden facts it asks for, the resolutions it offers, commitments, personal data
read out, and the language. A plain GET form: without JavaScript it shows the Try it page
with the result; with it, ``simulations/check_line.js`` fetches just the result
(``?fragment=1``) and puts it in place. The reading is the API's
(``POST /api/v1/simulations/understand``, simulations.authoring).
"""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from accounts.permissions import can_author

from . import authoring, selectors
from .models import CUE_LABELS
from .understanding.kinds import NEGATIVE_KINDS

ACT_LABELS = {
    "question": _("Asks a question"),
    "instruction": _("Asks the customer to do something"),
    "statement": _("States something"),
    "commitment": _("Commits to something"),
}
COMMITMENT_LABELS = {
    "refund": _("Refund"),
    "credit": _("Credit"),
    "discount": _("Discount"),
    "percentage": _("Percentage"),
    "date": _("Date"),
    "time": _("Time"),
    "guarantee": _("Guarantee"),
    "promise": _("Promise"),
}
DISCLOSURE_LABELS = {
    "card_digits": _("Card digits"),
    "address": _("Address"),
    "email": _("Email address"),
    "phone": _("Phone number"),
    "date_of_birth": _("Date of birth"),
    "password": _("Password"),
    "security_answer": _("Security answer"),
}


def _segments(text: str, cues: list[dict]) -> list[dict]:
    """The line cut where cues start and end; each piece with the cues that cover it."""
    bounds = sorted({0, len(text), *(c["start"] for c in cues), *(c["end"] for c in cues)})
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        covering = [c for c in cues if c["start"] <= start and end <= c["end"]]
        tone = ""
        if covering:
            tone = "bad" if any(c["tone"] == "bad" for c in covering) else "good"
        pieces.append(
            {
                "text": text[start:end],
                "tone": tone,
                "labels": ", ".join(str(c["label"]) for c in covering),
            }
        )
    return pieces


def _language_name(code: str) -> str:
    return str(dict(settings.LANGUAGES).get(code, code))


def check_result(understanding) -> dict:
    """What the result template shows, from an ``Understanding``."""
    text = understanding.text
    cues = []
    for cue in understanding.cues:
        start, end = max(0, min(cue.start, len(text))), max(0, min(cue.end, len(text)))
        cues.append(
            {
                "kind": str(cue.kind),
                "label": CUE_LABELS.get(str(cue.kind), str(cue.kind)),
                "tone": "bad" if cue.kind in NEGATIVE_KINDS else "good",
                "quote": cue.quote,
                "start": start,
                "end": max(start, end),
            }
        )
    return {
        "text": text,
        "segments": _segments(text, cues),
        "cues": cues,
        "acts": [ACT_LABELS.get(a, a) for a in understanding.acts],
        "facts": [{"key": f.key, "label": f.label} for f in understanding.facts],
        "resolutions": [
            {
                "key": r.key,
                "label": r.resolution.label or r.key,
                "allowed": r.allowed,
                "quote": r.quote,
            }
            for r in understanding.resolutions
        ],
        "commitments": [
            {"label": COMMITMENT_LABELS.get(c.kind, c.kind), "value": c.value, "quote": c.quote}
            for c in understanding.commitments
        ],
        "disclosures": [
            {"label": DISCLOSURE_LABELS.get(d.kind, d.kind), "quote": d.quote}
            for d in understanding.disclosures
        ],
        "language": understanding.language,
        "language_name": _language_name(understanding.language),
        "call_language_name": _language_name(understanding.call_language),
        "other_language": understanding.other_language,
        "off_topic": understanding.off_topic,
        "addressed_to_grader": understanding.addressed_to_grader,
        "json": json.dumps(understanding.to_dict(), indent=2, ensure_ascii=False),
    }


@login_required
def check_line(request, pk):
    """GET ?line=…&language=…: the Try it page (or with fragment=1 just the result)."""
    if not can_author(request.user):
        raise Http404("Scenario not found.")
    draft = selectors.scenario_draft_for_trial(pk)
    line = request.GET.get("line", "")
    language = request.GET.get("language", "")
    check = {"line": line, "language_code": language}
    try:
        text = authoring.line_text_clean(line)
        code = authoring.line_language_clean(language)
    except authoring.LineError as exc:
        check["error"] = str(exc)
    else:
        check["language_code"] = code
        data = draft.to_data()
        understanding = authoring.understand_line(text, scenario=data, language=code)
        check["result"] = check_result(understanding)
    if request.GET.get("fragment"):
        return render(
            request,
            "simulations/includes/check_line_result.html",
            {"scenario": draft, "check": check},
        )
    return render(
        request, "simulations/briefing.html", {"scenario": draft, "trial": True, "check": check}
    )
