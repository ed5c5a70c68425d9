"""The checks of emails, social replies and outbound calls, and of handle time.

Email: a clear subject, a greeting by name and a signed sign-off, short paragraphs and
plain sentences, every question of the customer's emails answered. Social: nothing about
an account asked for or given in public, the customer moved to a private message, public
replies short. Outbound: consent asked, the price and terms said, a clear way to say no,
no pressure and no second push after a no, and an offer accepted or a no respected.
Efficiency: handle time within the scenario's target, little of it on hold.

The words they look for are data (``channels.toml``). Not applicable on a call of another
kind: a phone call has no subject line, an inbound call asks no consent. Pure.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from simulations.understanding import CueKind
from simulations.understanding.text import normalise

from ..base import CriterionData, Evidence
from ..reading import AgentTurn, CallAnalysis, _identifiers
from ..rules import RuleOutcome, _cue_evidence, _matches, excerpt

TABLES = Path(__file__).resolve().parent.parent / "channels.toml"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"[^\W\d_]{3,}")
_PRICE = r"[$£€]\s?\d+(?:[.,]\d{1,2})?|\b\d+(?:[.,]\d{1,2})? (?:dollars|pounds|euros)\b"
_QUESTION_WORDS = frozenset(
    "what when where which will would could should does have that this there your with "
    "from about just also been they them their into know like want need please able".split()
)


@functools.cache
def tables() -> dict:
    data = tomllib.loads(TABLES.read_text(encoding="utf-8"))
    compiled = {}
    for section, values in data.items():
        compiled[section] = {
            k: re.compile(v, re.I | re.M) if isinstance(v, str) else v for k, v in values.items()
        }
    return compiled


def _na(note) -> RuleOutcome:
    return RuleOutcome(0, applicable=False, note=str(note))


def _emails(call: CallAnalysis) -> tuple[AgentTurn, ...]:
    return tuple(t for t in call.counted if t.subject) if _is_email(call) else ()


def _is_email(call: CallAnalysis) -> bool:
    return call.data.scenario.channel == "email" or any(t.subject for t in call.agent)


def _public(call: CallAnalysis) -> tuple[AgentTurn, ...]:
    return tuple(t for t in call.agent if t.public)


def _outbound(call: CallAnalysis) -> bool:
    return call.data.scenario.direction == "outbound"


def _first_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


# --- email ---------------------------------------------------------------------------


def email_subject(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """The first reply's subject says what the email is about (or keeps the thread's)."""
    emails = _emails(call)
    if not emails:
        return _na(_("Not an email."))
    subject = emails[0].subject.strip()
    if tables()["email"]["generic_subjects"].match(normalise(subject).text):
        return RuleOutcome(
            0, note=str(_("The subject “%(s)s” says nothing about the case.") % {"s": subject})
        )
    return RuleOutcome(c.maximum, note=str(_("Subject: “%(s)s”.") % {"s": subject}))


def email_greeting_signoff(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Every email greets the customer by name and ends with a sign-off and a name."""
    emails = _emails(call)
    if not emails:
        return _na(_("Not an email."))
    t = tables()["email"]
    found, missing = [], []
    for e in emails:
        first = _first_line(e.text)
        named = any(n.lower() in first.lower() for n in call.names if len(n) > 1)
        if not (t["greeting"].search(normalise(first).text) and (named or not call.names)):
            missing.append(Evidence(e.turn, excerpt(first)))
            continue
        last = [line.strip() for line in e.text.splitlines() if line.strip()][-3:]
        signed = any(t["signoff"].search(normalise(line).text) for line in last)
        if not signed or len(last) < 2:
            missing.append(Evidence(e.turn, excerpt(last[-1] if last else first)))
            continue
        found.append(Evidence(e.turn, first.strip()))
    if missing:
        return RuleOutcome(
            0,
            evidence=tuple(missing),
            note=str(_("An email without a greeting by name or without a sign-off.")),
        )
    return RuleOutcome(c.maximum, evidence=tuple(found[:1]))


def email_structure(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Short paragraphs, plain sentences, no jargon: easy to read on a phone."""
    emails = _emails(call)
    if not emails:
        return _na(_("Not an email."))
    t = tables()["email"]
    longest = int(c.params.get("max_sentence_words", 35) or 35)
    problems: list[Evidence] = []
    for e in emails:
        paragraphs = [p for p in re.split(r"\n\s*\n", e.text) if p.strip()]
        words = len(e.text.split())
        if words > t["one_paragraph_words"] and len(paragraphs) < 2:
            problems.append(Evidence(e.turn, excerpt(e.text)))
        for p in paragraphs:
            if len(p.split()) > t["max_paragraph_words"]:
                problems.append(Evidence(e.turn, excerpt(p.strip())))
        for m in _SENTENCE.finditer(e.text):
            if len(m.group(0).split()) > longest:
                problems.append(Evidence(e.turn, m.group(0).strip()))
    problems += _cue_evidence(emails, {CueKind.JARGON})
    if problems:
        return RuleOutcome(
            0,
            evidence=tuple(dict.fromkeys(problems)),
            note=str(_("A wall of text, a very long sentence or jargon.")),
        )
    return RuleOutcome(c.maximum)


def _keys(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(normalise(text).text) if w not in _QUESTION_WORDS}


def _answered(question: str, reply: str) -> bool:
    asked, said = _keys(question), _keys(reply)
    if not asked:
        return True
    for family in tables()["email"]["families"]:
        if asked & set(family) and said & set(family):
            return True
    return bool(asked & said)


def answered_every_question(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Every question in the customer's emails is answered in the agent's next email."""
    emails = _emails(call)
    if not emails:
        return _na(_("Not an email."))
    unanswered: list[str] = []
    questions = 0
    for line, text in call.customer_said:
        reply = next((e for e in emails if e.turn > line), None)
        if reply is None:
            continue
        for m in _SENTENCE.finditer(text):
            sentence = m.group(0).strip()
            if sentence.endswith("?"):
                questions += 1
                if not _answered(sentence, reply.text):
                    unanswered.append(sentence)
    if not questions:
        return _na(_("The customer asked no question."))
    if unanswered:
        return RuleOutcome(
            0,
            note=str(_("Not answered: %(q)s") % {"q": " ".join(f"“{q}”" for q in unanswered[:3])}),
        )
    return RuleOutcome(c.maximum, evidence=(Evidence(emails[0].turn, excerpt(emails[0].text)),))


# --- social --------------------------------------------------------------------------


def no_account_details_in_public(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """No public reply asks for or gives an order number, email, address or card details."""
    public = _public(call)
    if not public:
        return _na(_("Nothing was said in public."))
    details = tables()["social"]["details"]
    values = [f.value.lower() for f in call.data.scenario.hidden_facts if len(f.value) >= 4]
    offending: list[Evidence] = []
    for t in public:
        folded = normalise(t.text).text
        kinds = {str(cue.kind) for cue in t.cues}
        private = CueKind.PRIVATE_CHANNEL in kinds
        asks = (
            CueKind.VERIFICATION in kinds or _identifiers().search(folded) or details.search(folded)
        )
        told = [v for v in values if v in t.text.lower()]
        for d in t.understood.disclosures if t.understood else ():
            told.append(d.quote.lower())
        if told:
            start = t.text.lower().find(told[0])
            quote = t.text[start : start + len(told[0])] if start >= 0 else excerpt(t.text)
            offending.append(Evidence(t.turn, quote))
        elif asks and not private:
            m = details.search(t.text) or _identifiers().search(t.text)
            offending.append(Evidence(t.turn, m.group(0) if m else excerpt(t.text)))
    if offending:
        return RuleOutcome(
            0,
            evidence=tuple(offending),
            note=str(_("Account details asked for or given in a public reply.")),
        )
    return RuleOutcome(c.maximum)


def moved_to_private(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    public = _public(call)
    if not public:
        return _na(_("Nothing was said in public."))
    found = _cue_evidence(public, {CueKind.PRIVATE_CHANNEL})
    if found:
        return RuleOutcome(c.maximum, evidence=tuple(found[:1]))
    return RuleOutcome(0, note=str(_("The customer was never invited to a private message.")))


def public_reply_short(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    public = _public(call)
    if not public:
        return _na(_("Nothing was said in public."))
    limit = int(c.params.get("max_chars", 280) or 280)
    long = [Evidence(t.turn, excerpt(t.text)) for t in public if len(t.text) > limit]
    if long:
        return RuleOutcome(
            0,
            evidence=tuple(long),
            note=str(_("A public reply over %(n)d characters.") % {"n": limit}),
        )
    return RuleOutcome(c.maximum)


# --- outbound ------------------------------------------------------------------------


def _offers(call: CallAnalysis) -> list[AgentTurn]:
    return [
        t
        for t in call.counted
        if t.resolutions or any(cue.kind == CueKind.ALLOWED_RESOLUTION for cue in t.cues)
    ]


def _declined_at(call: CallAnalysis) -> int | None:
    """The transcript line where the customer said no to an offer, if they did."""
    offers = _offers(call)
    if not offers:
        return None
    pattern = tables()["outbound"]["declined"]
    for line, folded in call.customer_folded:
        if line > offers[0].turn and pattern.search(folded):
            return line
    return None


def _pushes(call: CallAnalysis) -> list[Evidence]:
    """Pressure anywhere, and any offer made again after the customer's no."""
    found = _cue_evidence(call.counted, {CueKind.PRESSURE})
    no = _declined_at(call)
    if no is not None:
        found += [
            t.quote(t.resolutions[0]) if t.resolutions else Evidence(t.turn, excerpt(t.text))
            for t in _offers(call)
            if t.turn > no
        ]
    return sorted(set(found), key=lambda e: e.turn)


def consent_asked(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    if not _outbound(call):
        return _na(_("The customer called us."))
    within = int(c.params.get("within", 2) or 2)
    found = _cue_evidence(call.counted[:within], {CueKind.CONSENT})
    if found:
        return RuleOutcome(c.maximum, evidence=tuple(found[:1]))
    return RuleOutcome(
        0,
        evidence=tuple(Evidence(t.turn, excerpt(t.text)) for t in call.counted[:1]),
        note=str(_("Never asked whether it was a good time to talk.")),
    )


def honest_terms(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """The offer's price and its terms (how it renews, how to cancel) said, and no terms
    the policy forbids (a made-up trial, "it never renews")."""
    offers = _offers(call)
    if not _outbound(call) or not offers:
        return _na(_("Nothing was offered."))
    forbidden = {r.key for r in call.data.scenario.resolutions if not r.allowed}
    misstated = [t.quote(o) for t in call.agent for o in t.resolutions if o.key in forbidden]
    if misstated:
        return RuleOutcome(
            0, evidence=tuple(misstated), note=str(_("Terms the policy does not allow."))
        )
    patterns = c.params.get("patterns")
    price = _matches(call.counted, patterns) if patterns else _matches(call.counted, [_PRICE])
    conditions = [
        t.quote(cue)
        for t in call.counted
        for cue in t.cues
        if cue.kind == CueKind.TERMS
        and tables()["outbound"]["conditions"].search(normalise(cue.quote).text)
    ]
    if price and conditions:
        return RuleOutcome(c.maximum, evidence=(price[0], conditions[0]))
    missing = _("its price") if not price else _("how it renews or how to cancel")
    return RuleOutcome(
        0,
        evidence=tuple(price[:1]),
        note=str(_("Made an offer without saying %(what)s.") % {"what": missing}),
    )


def easy_decline(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    offers = _offers(call)
    if not _outbound(call) or not offers:
        return _na(_("Nothing was offered."))
    found = _cue_evidence(call.counted, {CueKind.EASY_DECLINE})
    if found:
        return RuleOutcome(c.maximum, evidence=tuple(found[:1]))
    if _declined_at(call) is not None and not _pushes(call):
        return RuleOutcome(c.maximum, note=str(_("The customer's no was accepted at once.")))
    return RuleOutcome(0, note=str(_("Never made it easy to say no.")))


def no_pressure(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    if not _outbound(call):
        return _na(_("The customer called us."))
    pushes = _pushes(call)
    if pushes:
        return RuleOutcome(
            0, evidence=tuple(pushes), note=str(_("Pressure, or the offer again after a no."))
        )
    return RuleOutcome(c.maximum)


def offer_outcome(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """The offer accepted without pressure, or the customer's no respected."""
    if not _outbound(call):
        return _na(_("The customer called us."))
    if _pushes(call):
        return RuleOutcome(0, note=str(_("The customer was pressed.")))
    if call.data.outcome == "declined" or (
        not call.data.outcome and _declined_at(call) is not None
    ):
        return RuleOutcome(
            c.maximum, note=str(_("The customer said no, and the no was respected."))
        )
    if call.need == "met":
        return RuleOutcome(c.maximum, note=str(_("The customer accepted the offer.")))
    return RuleOutcome(0, note=str(_("Neither an accepted offer nor a respected no.")))


# --- handle time ---------------------------------------------------------------------


def _mmss(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def efficiency(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """Handle time within the scenario's target (with a tolerance), little of it on hold."""
    target = call.data.scenario.target_handle_seconds
    handle, hold = call.data.handle_seconds, call.data.hold_seconds or 0
    if not target or handle is None:
        return _na(_("No handle-time target, or no timings (an external transcript)."))
    tolerance = float(c.params.get("tolerance", 0.25) or 0)
    share = float(c.params.get("max_hold_share", 0.25) or 0)
    note = _("Handle time %(h)s against a target of %(t)s; %(o)s on hold.") % {
        "h": _mmss(handle),
        "t": _mmss(target),
        "o": _mmss(hold),
    }
    within = handle <= target * (1 + tolerance) and (not share or hold <= share * max(1, handle))
    return RuleOutcome(c.maximum if within else 0, note=str(note))
