"""Why a grade is in front of a person: its flag codes in words.

Pure (no models): the review queue, the review page and the grade page read a grade's
``flags`` (dicts of ``{"code", "message", ...}``) through ``flag_reasons``. A code this
table does not know is shown by its own message, so a grader can add a flag without
anything here having to change first.

A flag that a completed review has already answered carries ``"review": <review id>``;
it stays on the grade (the agent still sees what was found) but is no longer a reason
to review it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

AGENT_DISPUTE = "agent_dispute"

FLAG_LABELS = {
    "prompt_injection": _("Text addressed to the grader"),
    "transcript_tampering": _("Transcript tampered with"),
    "graders_disagree": _("The graders disagree"),
    "invented_quote": _("A quote that is not in the transcript"),
    "low_confidence": _("The grader is unsure"),
    AGENT_DISPUTE: _("Disputed by the agent"),
    "llm_unavailable": _("The LLM grader was unavailable"),
}


@dataclass(frozen=True)
class Reason:
    code: str
    label: str


def flag_label(flag: dict) -> str:
    code = flag.get("code", "")
    if code in FLAG_LABELS:
        return str(FLAG_LABELS[code])
    return flag.get("message") or code or str(_("Flagged for review"))


def flag_reasons(flags: Iterable[dict], *, open_only: bool = False) -> tuple[Reason, ...]:
    """Each distinct flag code once, in the order first seen, with its words.

    ``open_only`` leaves out the flags a completed review has already answered.
    """
    seen: dict[str, Reason] = {}
    for flag in flags or ():
        if open_only and flag.get("review"):
            continue
        code = flag.get("code", "") or "flag"
        if code not in seen:
            seen[code] = Reason(code, flag_label(flag))
    return tuple(seen.values())
