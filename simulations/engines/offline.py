"""The offline customer: deterministic, seeded, table-driven; no network, answers in milliseconds.

It words the ``CallState`` the conversation logic decided: the intent, the mood band, the
customer's temperament and scenario (problem, goal, earned facts, offered resolution, the
agent's own words). Lines come from ``scenario.customer_lines`` first, then from the
engine's tables (``lines/<language>.yaml``, read by ``line_tables``). The choice is
seeded by ``random.Random(f"{seed}:{turn}")``, a line never repeats the previous one, and
a line never contains the value of a fact the agent has not earned.

This module decides which lines fit the turn (the table key and the tiers of templates,
best first); ``offline_context`` gives the values of their placeholders and
``offline_choice`` fills them in and picks one.
"""

from __future__ import annotations

import random

from simulations.mood import mood_band

from .base import CallState, CustomerEngine, Intent, Speaker
from .line_tables import LineTables, languages, line_tables
from .offline_choice import _expand, _pick, _sentence_keys
from .offline_context import _band_lines, _context, _language, _temperament

LONG_HOLD_SECONDS = 60


class OfflineEngine(CustomerEngine):
    name = "offline"
    supports_streaming = False

    def reply(self, call: CallState, *, timeout: float | None = None) -> str:
        opening = call.scenario.opening_line.strip()
        if call.intent == Intent.OPEN and opening and opening != call.last_customer_line.strip():
            return opening
        private = call.scenario.private_opening_line.strip()
        if call.intent == Intent.MOVE_PRIVATE and private:
            return private
        table = _table(call)
        rng = random.Random(f"{call.seed}:{call.turn_index}")  # noqa: S311 - not security
        context = _context(call, table)
        tiers = [
            _expand(templates, context, call) for templates in _template_tiers(call, table, context)
        ]
        line = _pick(rng, tiers, call)
        if call.intent == Intent.ACCEPT and call.revealed_now:  # "Yes please. It's 18 Larch..."
            line = f"{line} {context['fact'][0]}"
        return line


# --- which lines fit the turn ----------------------------------------------------------------


def _table(call: CallState) -> LineTables:
    language = _language(call)
    return line_tables(language if language in languages() else "en")


def _engine_lines(call: CallState, table: LineTables, key: str, band: str) -> list[str]:
    own = _band_lines(table.LINES.get(_temperament(call), {}).get(key, {}), band)
    default = _band_lines(table.LINES["default"].get(key, {}), band)
    # The persona's own temperament speaks; the common lines only fill in when it has few.
    return list(own) if len(set(own)) >= 2 else [*own, *default]


def _scenario_lines(call: CallState, key: str) -> list[str]:
    entry = (call.scenario.customer_lines or {}).get(key) or {}
    if isinstance(entry, (list, tuple)):
        return [str(line) for line in entry]
    return [str(line) for line in _band_lines(entry, mood_band(call.mood))]


def _table_key(call: CallState) -> str:
    intent = call.intent
    if call.pushed:
        return "pushed"
    if (
        "consent" in call.agent_cues
        and not call.revealed_now
        and intent in (Intent.ANSWER, Intent.CALM, Intent.VENT)
    ):
        return "consent"  # "Is now a good time?": they say whether it is
    if intent == Intent.CLOSE and call.declined and not call.courtesy:
        return "close_declined"
    if intent == Intent.CALM and call.courtesy:
        return "courtesy"
    if intent == Intent.ACCEPT and call.chose:
        return "choose"
    if intent == Intent.PUSH_BACK and "closing" in call.agent_cues:
        return "premature_close"
    if intent == Intent.ANSWER and call.asked_again and not call.revealed_now:
        return "asked_again"
    if intent == Intent.ANSWER and call.restated and not call.revealed_now:
        return "still"
    if intent == Intent.ANSWER and not call.revealed_now and "verification" in call.agent_cues:
        return "unknown_detail"  # a detail the customer does not have to hand
    if intent == Intent.CLARIFY and getattr(call.understood, "other_language", False):
        return "other_language"
    if intent == Intent.REFUSE and call.offered is not None:
        if not call.offered.allowed:
            return "refuse_forbidden"
        if not call.offered.satisfies:
            return "refuse_unsatisfying"
    return str(intent)


def _template_tiers(call: CallState, table: LineTables, context: dict) -> list[list[str]]:
    """The candidate templates, best first; the common lines for the intent come last, so
    a persona whose own lines all need a missing placeholder still has something to say."""
    tiers = _own_tiers(call, table, context)
    band = mood_band(call.mood)
    key = _table_key(call)
    return [*tiers, list(_band_lines(table.LINES["default"].get(key, {}), band))]


def _own_tiers(call: CallState, table: LineTables, context: dict) -> list[list[str]]:
    band = mood_band(call.mood)
    key = _table_key(call)
    reaction = call.offered.customer_reaction.strip() if call.offered else ""
    if call.intent == Intent.WAIT:
        length = "long" if call.hold_seconds >= LONG_HOLD_SECONDS else "short"
        return [_scenario_lines(call, "wait"), _engine_lines(call, table, "wait", length)]
    if call.intent == Intent.ANSWER and call.revealed_now:
        return [["{lead} {fact} {tail}"]]
    if call.intent == Intent.REPORT:
        return [_report(call, table)]
    if key == "courtesy":  # a long, friendly wrap-up: the calm lines when these run out
        return [
            _scenario_lines(call, key),
            _engine_lines(call, table, key, band),
            _scenario_lines(call, "calm"),
            _engine_lines(call, table, "calm", band),
        ]
    if key in (
        "premature_close",
        "asked_again",
        "other_language",
        "still",
        "unknown_detail",
        "pushed",
        "close_declined",
        "consent",
    ):
        return [_scenario_lines(call, key), _engine_lines(call, table, key, band)]
    if key == "choose":
        return [_engine_lines(call, table, key, band)]
    if call.intent == Intent.ACCEPT or (call.intent == Intent.REFUSE and key != "refuse"):
        first = [reaction] if reaction else []
        return [
            first + _scenario_lines(call, str(call.intent)),
            _engine_lines(call, table, key, band),
        ]
    if key == "refuse" and not context.get("unmet_line"):
        key = "refuse_unsatisfying" if call.offered is not None else "push_back"
    return [_scenario_lines(call, str(call.intent)), _engine_lines(call, table, key, band)]


def _report(call: CallState, table: LineTables) -> list[str]:
    """What the customer says after doing the steps the agent told them: the trainer's
    report for each step done, and a line of the tables for one tried too early or again.
    Returned as literal templates (braces escaped)."""
    rng = random.Random(f"{call.seed}:{call.turn_index}:report")  # noqa: S311 - not security
    said = set().union(
        *(_sentence_keys(t.text) for t in call.transcript if t.speaker == Speaker.CUSTOMER)
    )
    parts: list[str] = []
    for step, status in call.steps_now:
        own = (
            step.report if status == "done" else step.blocked_report if status == "blocked" else ""
        )
        if own.strip() and not _sentence_keys(own) & said:
            parts.append(own.strip())
        else:  # tried again, or the trainer wrote nothing for it: never the same words twice
            key = "report_again" if status == "again" else "report_blocked"
            options = [
                line
                for line in _engine_lines(call, table, key, "any")
                if not _sentence_keys(line) & said
            ]
            parts.append(rng.choice(options or _engine_lines(call, table, key, "any")))
    text = " ".join(dict.fromkeys(p for p in parts if p))
    return [text.replace("{", "{{").replace("}", "}}")] if text else []
