"""The QA scorecard's checks of how the call went: they need the whole call, not one cue.

Greeting that says who is answering, verification before the account, the customer's
name as the customer gave it, a real question about the problem, ownership, the need
met, next steps and a close (not applicable when the customer walked out). Pure: no
Django models, no database.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from simulations.understanding import CueKind
from simulations.understanding.rules import TITLES
from simulations.understanding.text import normalise, sentences

from ..base import CriterionData, Evidence
from ..reading import (
    ACCOUNT_COMMITMENTS,
    NOT_ACCOUNT_FAMILIES,
    CallAnalysis,
    is_salutation,
    scorecard,
)
from ..rules import RuleOutcome, _cue_evidence, _kinds, _matches, _missing_note, excerpt
from .critical import forbidden_evidence, is_reference_number, said_by_customer


def greeting_introduced(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """The first agent turn greets and says who is answering (not a bare "hi")."""
    if not call.agent:
        return RuleOutcome(0, note=str(_("The agent said nothing.")))
    first = call.agent[0]
    greetings = [x for x in first.cues if x.kind == CueKind.GREETING]
    salute = _greeting("salutes").search(normalise(first.text).text)
    if first.quarantined or not (greetings or salute):
        return RuleOutcome(
            0,
            evidence=_first_words(first),
            note=str(_("The first line does not greet the customer.")),
        )
    introduced = [first.quote(x) for x in greetings if not is_salutation(x.quote)]
    m = _greeting("introduces", re.M).search(first.text)
    if m and not introduced:
        introduced = [Evidence(first.turn, m.group(0).strip())]
    if not introduced:
        hello = first.quote(greetings[0]) if greetings else _first_words(first)[0]
        return RuleOutcome(0, evidence=(hello,), note=str(_("Says hello, not who it is.")))
    said = [first.quote(x) for x in greetings[:1]] + [e for e in introduced if e.quote]
    return RuleOutcome(c.maximum, evidence=tuple(dict.fromkeys(said))[:2])


@functools.cache
def _greeting(key: str, flags: int = re.I) -> re.Pattern:
    return re.compile(scorecard()["greeting"][key], flags)


def verified_first(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Identifying details asked for and given before the first account detail."""
    first = _first_account_detail(call, c.params)
    asked = next(
        (
            t.quote(x)
            for t in call.counted
            for x in t.cues
            if x.kind == CueKind.VERIFICATION
            and (call.verified_at is None or t.turn < call.verified_at)
        ),
        None,
    )
    holder = call.third_party_at is None
    if first is None:
        if call.verified_at is not None and holder:
            return RuleOutcome(c.maximum, evidence=(asked,) if asked else ())
        return RuleOutcome(0, applicable=False, note=str(_("No account detail came up.")))
    turn, quote = first
    if call.verified_before(turn) and not call.third_party_before(turn):
        return RuleOutcome(c.maximum, evidence=(asked,) if asked else ())
    note = (
        _("The caller is not the account holder.")
        if call.third_party_before(turn)
        else _("The account was discussed before the caller was verified.")
    )
    return RuleOutcome(0, evidence=(Evidence(turn, quote),), note=str(note))


def name_used(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Addressed the customer by a name they gave (or the scenario's record holds)."""
    used = [
        t.quote(x)
        for t in call.counted
        for x in t.cues
        if x.kind == CueKind.CUSTOMER_NAME and _a_name(t, x, call)
    ]
    if used:
        return RuleOutcome(c.maximum, evidence=tuple(used[:2]))
    if not call.names or call.third_party_at is not None and not used:
        return RuleOutcome(0, applicable=False, note=str(_("The customer's name never came up.")))
    return RuleOutcome(0, note=_missing_note(call))


_TITLE = re.compile(rf"^{TITLES}\b\.?", re.I)


def _a_name(turn, cue, call: CallAnalysis) -> bool:
    """A name the agent could know: one the caller gave (or the record holds), or any name
    with a title ("Mr Okafor") from a caller who is the account holder; never part of an
    email address."""
    text = turn.text
    if text[cue.end : cue.end + 1] in ("@", ".", "_") and text[cue.end + 1 : cue.end + 2].strip():
        return False
    if cue.start and text[cue.start - 1] in "@._":
        return False
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", cue.quote)}
    known = {n.lower() for n in call.names}
    if words & known:
        return True
    return not known and call.third_party_at is None and bool(_TITLE.match(cue.quote))


def asked_about_problem(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """A real question about the problem: not identity details alone, not a bare "yes?"."""
    asks_more = _verification("asks_more")
    identifiers = _verification("identifiers")
    found = []
    for t in call.counted:
        checks = [x for x in t.cues if x.kind == CueKind.VERIFICATION]
        for x in t.cues:
            if x.kind != CueKind.CLARIFYING_QUESTION:
                continue
            folded = normalise(x.quote).text
            rest = identifiers.sub(" ", folded)
            identity = any(v.start < x.end and x.start < v.end for v in checks) or rest != folded
            if identity and not asks_more.search(rest) or len(folded.split()) <= 2:
                continue
            found.append(t.quote(x))
    if found:
        return RuleOutcome(c.maximum, evidence=tuple(found[:3]))
    return RuleOutcome(0, note=_missing_note(call))


@functools.cache
def _verification(key: str) -> re.Pattern:
    return re.compile(scorecard()["verification"][key], re.I)


_FIRST_PERSON = re.compile(
    r"^\W*(?:i'?ve|i have|i'?ll|i will|i'?m going to|i am going to|let me|i'?m)\b", re.I
)


def owned(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Took the problem on: ownership, or carrying out an allowed fix in the first person
    ("I'll send a replacement today", "I've refunded it")."""
    found = _cue_evidence(call.counted, {CueKind.OWNERSHIP})
    for t in call.counted:
        found += [t.quote(o) for o in t.resolutions if o.allowed and _FIRST_PERSON.match(o.quote)]
    if found:
        return RuleOutcome(c.maximum, evidence=tuple(found[:2]))
    return RuleOutcome(0, note=_missing_note(call))


def need_met(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """The agent did or offered something the policy allows, and the need was met."""
    helped = _helpful(call)
    last = _last_customer_evidence(call)
    if call.need != "met":
        note = (
            _("The customer's last words say the need was not met.")
            if call.need == "unmet"
            else _("Nothing shows the customer's need was met.")
        )
        return RuleOutcome(0, evidence=last, note=str(note))
    forbidden = forbidden_evidence(c, call)
    # Without a scenario there is no list of fixes: what the agent did is the fix.
    no_policy = not call.data.scenario.resolutions
    allowed_fix = [e for e in helped if e.kind == "fix" or no_policy and e.kind == "owned"]
    if not helped or forbidden and not allowed_fix:
        note = (
            _("The only fix offered is one the policy forbids.")
            if forbidden
            else _("The agent did nothing that meets the need.")
        )
        return RuleOutcome(0, evidence=tuple(forbidden[:1]) + last, note=str(note))
    return RuleOutcome(c.maximum, evidence=(helped[0].evidence, *last))


def next_steps_given(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Said what happens next, or when (not applicable when the customer walked out with
    nothing settled)."""
    if call.customer_left and call.need != "met":
        return RuleOutcome(0, applicable=False, note=str(_("The customer left first.")))
    found = _cue_evidence(call.counted, {CueKind.NEXT_STEPS})
    for t in call.counted:
        u = t.understood
        for m in u.commitments if u else ():
            if m.kind in ("date", "time"):
                found.append(Evidence(t.turn, m.quote))
        for x in t.cues:  # an offer said as what will happen ("Halden will email you a label")
            if x.kind == CueKind.ALLOWED_RESOLUTION and _WILL_HAPPEN.search(_sentence(t.text, x)):
                found.append(t.quote(x))
    if found:
        return RuleOutcome(c.maximum, evidence=tuple(found[:2]))
    return RuleOutcome(0, note=_missing_note(call))


_WILL_HAPPEN = re.compile(
    r"\b(?:(?<!\bi )(?<!\bwe )(?:will|'ll)|should (?:arrive|get|see|come|be)|within|by "
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end)|tomorrow|"
    r"(?:in|within) (?:\d+|a few|one|two|three) (?:minutes|hours|days|working days|business days))",
    re.I,
)


def _sentence(text: str, cue) -> str:
    """The sentence of ``text`` a cue is in."""
    return next((text[s:e] for s, e in sentences(text) if s <= cue.start < e), text)


def closed(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """A close in the agent's last turns (not applicable when the customer walked out)."""
    window = int(c.params.get("turns", 2) or 2)
    last = call.agent[-window:]
    found = _cue_evidence((t for t in last if not t.quarantined), {CueKind.CLOSING})
    if found:
        return RuleOutcome(c.maximum, evidence=tuple(found[:2]))
    if call.customer_left:
        return RuleOutcome(0, applicable=False, note=str(_("The customer left first.")))
    return RuleOutcome(
        0,
        evidence=tuple(Evidence(t.turn, excerpt(t.text)) for t in last[-1:] if excerpt(t.text)),
        note=str(_("The call ends without a close.")),
    )


# --- helpers -------------------------------------------------------------------------


def _first_account_detail(call: CallAnalysis, params) -> tuple[int, str] | None:
    """(turn, quote) of the first agent words that discuss the account."""
    extra = params.get("patterns") or ()
    before = _kinds(params, "before")
    # Offering a product on an outbound call is not discussing the account; a refund is.
    outbound = call.data.scenario.direction == "outbound"
    for t in call.agent:
        u = t.understood
        if u is None:
            continue
        spots: list[tuple[int, str]] = []
        told = call.customer_before(t.turn)
        spots += [
            (d.start, d.quote)
            for d in u.disclosures
            if not said_by_customer(d.quote, told) and not is_reference_number(t.text, d)
        ]
        spots += [
            (m.start, m.quote)
            for m in u.commitments
            if m.kind in ACCOUNT_COMMITMENTS and not _conditional(t.text, m.start)
        ]
        spots += [
            (o.start, o.quote)
            for o in u.resolutions
            if o.family not in NOT_ACCOUNT_FAMILIES
            and not _conditional(t.text, o.start)
            and (not outbound or o.family in ACCOUNT_COMMITMENTS)
        ]
        spots += [(x.start, x.quote) for x in u.cues if str(x.kind) in before]
        folded = normalise(t.text)
        for m in _verification("specifics").finditer(folded.text):
            quote, start, _end = folded.quote(m.start(), m.end())
            if not _conditional(t.text, start):
                spots.append((start, quote))
        for e in _matches([t], extra):
            if not _conditional(t.text, t.text.find(e.quote)):
                spots.append((t.text.find(e.quote), e.quote))
        if spots:
            return t.turn, min(spots)[1]
    return None


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)\s*|\n")  # not the point in "$177.99"
_CONDITION = re.compile(r"\b(?:if|whether|once|when|as soon as|unless|after|until)\b", re.I)
# A sentence about what happens in general ("Refunds are processed within 5-7 business days").
_GENERAL = re.compile(
    r"^\W*(?:\d+\W+)?(?:refunds|returns|orders|deliveries|payments|holds|charges|parcels|"
    r"replacements|credits) (?:are|usually|normally|typically|generally|can|take|go|arrive|show)\b",
    re.I,
)


def _conditional(text: str, start: int) -> bool:
    """Whether words at ``start`` are said under a condition ("If both show as completed,
    the order was charged twice"; "I'll refund it as soon as I've confirmed it") or as
    what happens in general ("Refunds are processed within..."): not about this account."""
    before = _SENTENCE_END.split(text[:start])[-1]
    after = _SENTENCE_END.split(text[start:], maxsplit=1)[0][:80]
    return bool(_CONDITION.search(before) or _CONDITION.search(after) or _GENERAL.match(before))


@dataclass(frozen=True)
class _Help:
    kind: str  # "fix": an allowed offer or a step done; "owned": ownership; "other": the rest
    evidence: Evidence


def _helpful(call: CallAnalysis) -> list[_Help]:
    """What the agent did for the customer, the best evidence first: an allowed offer or a
    step carried out, then ownership and next steps, then an instruction."""
    fixes, other = [], []
    for t in call.counted:
        u = t.understood
        fixes += [t.quote(o) for o in t.resolutions if o.allowed]
        fixes += [t.quote(x) for x in t.cues if x.kind == CueKind.ALLOWED_RESOLUTION]
        fixes += [Evidence(t.turn, s.quote) for s in (u.steps if u else ())]
        if u and "instruction" in u.acts:
            other.append(Evidence(t.turn, excerpt(t.text)))
    owned = _cue_evidence(call.counted, {CueKind.OWNERSHIP})
    other = _cue_evidence(call.counted, {CueKind.NEXT_STEPS}) + other
    found = [_Help("fix", e) for e in dict.fromkeys(fixes) if e.quote]
    found += [_Help("owned", e) for e in dict.fromkeys(owned) if e.quote]
    return found + [_Help("other", e) for e in dict.fromkeys(other) if e.quote]


def _last_customer_evidence(call: CallAnalysis) -> tuple[Evidence, ...]:
    if not call.customer_said:
        return ()
    number, text = call.customer_said[-1]
    quote = excerpt(text)
    return (Evidence(number, quote),) if quote else ()


def _first_words(turn) -> tuple[Evidence, ...]:
    quote = excerpt(turn.text)
    return (Evidence(turn.turn, quote),) if quote else ()
