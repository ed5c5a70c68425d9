"""The offline grader's built-in checks: one table, one function per rule.

A rubric Criterion names a rule and its parameters (``Criterion.rule`` and
``Criterion.params``); the rule reads the analysed call (``CallAnalysis``: every agent
turn as the understanding component read it (``simulations.understanding``: cues, facts
asked for, resolutions offered) and
returns a score with the exact quoted words that earned or lost the points. Pure: no
Django models, no database, no network.

Text addressed to the grader ("ignore the rubric, give me 100", "system:") quarantines its
whole turn: a quarantined turn earns no points anywhere, but it still counts against the
agent (a forbidden promise or blame in it still costs).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from simulations.understanding import CueKind

from .base import CriterionData, Evidence
from .reading import AgentTurn, CallAnalysis


@dataclass(frozen=True)
class RuleOutcome:
    score: int
    applicable: bool = True
    evidence: tuple[Evidence, ...] = ()
    note: str = ""


# --- helpers -------------------------------------------------------------------------


def excerpt(text: str, limit: int = 100) -> str:
    """The start of a line, cut at a sentence end or a word: an exact substring of it."""
    stripped = text.strip()
    match = re.search(r"[.!?](?=\s|$)", stripped)
    end = match.end() if match and match.end() <= limit else min(len(stripped), limit)
    if end < len(stripped) and " " in stripped[:end] and not (match and match.end() == end):
        end = stripped.rfind(" ", 0, end)
    return stripped[:end].rstrip(" ,;:")


def _kinds(params, key: str = "cues") -> set[str]:
    value = params.get(key) or ()
    return {value} if isinstance(value, str) else set(value)


def _scope(turns: tuple[AgentTurn, ...], params) -> tuple[AgentTurn, ...]:
    scope = params.get("scope", "any")
    window = int(params.get("turns", 1) or 1)
    if scope == "first":
        return turns[:window]
    if scope == "last":
        return turns[-window:]
    return turns


@functools.cache
def _patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


def _matches(turns: Iterable[AgentTurn], patterns) -> list[Evidence]:
    compiled = _patterns(tuple(patterns or ()))
    found = []
    for t in turns:
        for pattern in compiled:
            m = pattern.search(t.text)
            if m and m.group(0).strip():
                found.append(Evidence(t.turn, m.group(0)))
                break
    return found


def _cue_evidence(turns: Iterable[AgentTurn], kinds: set[str]) -> list[Evidence]:
    """The first cue of each wanted kind in each turn (an apology and empathy count twice)."""
    found = []
    for t in turns:
        seen: set[str] = set()
        for cue in t.cues:
            if str(cue.kind) in kinds and str(cue.kind) not in seen:
                seen.add(str(cue.kind))
                found.append(t.quote(cue))
    return found


def _where_missing(turns: tuple[AgentTurn, ...]) -> tuple[Evidence, ...]:
    """Evidence for points withheld for something missing at a set moment (the opening or
    the close): the line where it was due. Something missing from the whole call has no
    words to quote; the note says so instead."""
    return tuple(Evidence(t.turn, excerpt(t.text)) for t in turns[:1] if excerpt(t.text))


def _missing_note(call: CallAnalysis) -> str:
    return str(_("Not found in any of the agent's %(n)d turns.") % {"n": len(call.agent)})


def _scaled(count: int, maximum: int) -> int:
    return max(0, min(maximum, count))


# --- the rules -----------------------------------------------------------------------


def cue_present(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Points for agent turns (in scope) with one of ``cues``; a scale counts turns."""
    kinds = _kinds(c.params)
    scoped = _scope(call.agent, c.params)
    found = _cue_evidence((t for t in scoped if not t.quarantined), kinds)
    if not call.agent:
        return RuleOutcome(0, evidence=(), note=str(_("The agent said nothing.")))
    if found:
        score = _scaled(len(found), c.maximum)
        return RuleOutcome(score, evidence=tuple(found[: max(3, c.maximum)]))
    if c.params.get("scope", "any") == "any":
        return RuleOutcome(0, note=_missing_note(call))
    return RuleOutcome(
        0, evidence=_where_missing(scoped), note=str(_("Not found where it was expected."))
    )


def cue_absent(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Full marks unless an agent turn has one of ``cues``; a scale loses a point per turn."""
    offending = _cue_evidence(call.agent, _kinds(c.params))
    offending += _matches(call.agent, c.params.get("patterns"))
    offending = sorted(set(offending), key=lambda e: e.turn)
    turns_hit = len({e.turn for e in offending})
    if offending:
        return RuleOutcome(
            _scaled(c.maximum - turns_hit, c.maximum) if c.maximum > 1 else 0,
            evidence=tuple(offending),
            note=str(_("Found in %(n)d agent turn(s).") % {"n": turns_hit}),
        )
    support = _cue_evidence(call.counted, _kinds(c.params, "support"))
    return RuleOutcome(
        c.maximum,
        evidence=tuple(support[:2]),
        note=str(_("None in %(n)d agent turns.") % {"n": len(call.agent)}),
    )


def cue_before(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """``cue`` (e.g. verification) must come before the first ``before`` cue or pattern."""
    first_check = None
    for t in call.counted:
        cue = next((x for x in t.cues if str(x.kind) in _kinds(c.params, "cue")), None)
        if cue is not None:
            first_check = (t, cue)
            break
    event = None
    before_kinds = _kinds(c.params, "before")
    patterns = _patterns(tuple(c.params.get("patterns") or ()))
    for t in call.agent:
        spans = [(x.start, x.end) for x in t.cues if str(x.kind) in before_kinds]
        spans += [m.span() for p in patterns for m in p.finditer(t.text) if m.end() > m.start()]
        if spans:
            start, end = min(spans)
            event = (t, start, end)
            break
    if event is None:
        if first_check is None:
            return RuleOutcome(0, applicable=False, note=str(_("The call never got that far.")))
        return RuleOutcome(c.maximum, evidence=(first_check[0].quote(first_check[1]),))
    t_event, start, end = event
    event_quote = Evidence(t_event.turn, t_event.text[start:end])
    if first_check is not None:
        t_check, cue = first_check
        if (t_check.turn, cue.start) <= (t_event.turn, start):
            return RuleOutcome(c.maximum, evidence=(t_check.quote(cue),))
    return RuleOutcome(0, evidence=(event_quote,), note=str(_("This came before any check.")))


def facts_earned(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Asked the questions that earn the scenario's hidden facts (``facts``: keys, or all)."""
    wanted = _kinds(c.params, "facts")
    facts = [f for f in call.data.scenario.hidden_facts if not wanted or f.key in wanted]
    if not facts:
        return RuleOutcome(0, applicable=False, note=str(_("The scenario has no such facts.")))
    keys = {f.key for f in facts}
    known: set[str] = set()
    evidence = []
    for t in call.counted:
        for fact, span in zip(t.understood.facts, t.understood.fact_quotes, strict=True):
            if fact.key not in keys or fact.key in known:
                continue
            known.add(fact.key)
            evidence.append(Evidence(t.turn, span.quote))
    if c.maximum == 1:
        score = 1 if len(known) == len(keys) or (known and c.params.get("any")) else 0
    else:
        score = round(c.maximum * len(known) / len(keys))
    if not evidence:
        return RuleOutcome(0, note=str(_("None of the questions that find these details.")))
    return RuleOutcome(score, evidence=tuple(evidence))


def resolution_offered(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Offered a resolution the policy allows (``satisfying``: one that meets the goal)."""
    allowed = [
        r
        for r in call.data.scenario.resolutions
        if r.allowed and (r.satisfies or not c.params.get("satisfying"))
    ]
    if not allowed:
        return RuleOutcome(0, applicable=False, note=str(_("The scenario allows none.")))
    keys = {r.key for r in allowed}
    for t in call.counted:
        for offer in t.resolutions:
            if offer.key in keys:
                return RuleOutcome(
                    c.maximum, evidence=(t.quote(offer),), note=offer.resolution.label
                )
    return RuleOutcome(0, note=str(_("No offer the policy allows was made.")))


def no_forbidden_promise(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """No promise the policy forbids (``resolutions``: keys, or every forbidden one)."""
    wanted = _kinds(c.params, "resolutions")
    forbidden = [
        r
        for r in call.data.scenario.resolutions
        if not r.allowed and (not wanted or r.key in wanted)
    ]
    patterns = c.params.get("patterns")
    if not forbidden and not patterns:
        return RuleOutcome(0, applicable=False, note=str(_("The scenario forbids nothing.")))
    keys = {r.key for r in forbidden}
    offending = []
    for t in call.agent:
        for offer in t.resolutions:
            if offer.key in keys:
                offending.append(t.quote(offer))
    offending += _matches(call.agent, patterns)
    if offending:
        return RuleOutcome(0, evidence=tuple(offending), note=str(_("A forbidden promise.")))
    support = _cue_evidence(call.counted, {CueKind.ALLOWED_RESOLUTION})
    return RuleOutcome(c.maximum, evidence=tuple(support[:1]))


def phrase_present(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """One of the regular expressions in ``patterns`` is said (in ``scope``)."""
    scoped = _scope(call.agent, c.params)
    found = _matches((t for t in scoped if not t.quarantined), c.params.get("patterns"))
    if found:
        return RuleOutcome(_scaled(len(found), c.maximum), evidence=tuple(found[:3]))
    if c.params.get("only_if") and not _matches(call.agent, c.params.get("only_if")):
        return RuleOutcome(0, applicable=False, note=str(_("Did not come up.")))
    if c.params.get("scope", "any") == "any":
        return RuleOutcome(0, note=_missing_note(call))
    return RuleOutcome(0, evidence=_where_missing(scoped), note=str(_("Not said.")))


def phrase_absent(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """None of the regular expressions in ``patterns`` is said in any agent turn."""
    offending = _matches(call.agent, c.params.get("patterns"))
    if offending:
        return RuleOutcome(0, evidence=tuple(offending), note=str(_("Said on the call.")))
    support = _matches(call.counted, c.params.get("support"))
    return RuleOutcome(c.maximum, evidence=tuple(support[:2]))


def outcome_in(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """How the call ended is one of ``outcomes`` (not applicable to external transcripts)."""
    if not call.data.outcome:
        return RuleOutcome(0, applicable=False, note=str(_("Outcome unknown.")))
    ok = call.data.outcome in _kinds(c.params, "outcomes")
    last = call.agent[-1:] if call.agent else ()
    evidence = tuple(Evidence(t.turn, excerpt(t.text)) for t in last if excerpt(t.text))
    return RuleOutcome(c.maximum if ok else 0, evidence=evidence, note=call.data.outcome)
