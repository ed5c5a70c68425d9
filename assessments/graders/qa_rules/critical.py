"""The QA scorecard's two critical decisions, made in code from what the agent did.

No forbidden commitment (the scenario's policy, or the scorecard's defaults) and no
personal or payment data given away before verification or to someone who is not the
account holder. Pure: no Django models, no database.
"""

from __future__ import annotations

import functools
import re

from django.utils.translation import gettext_lazy as _

from simulations.understanding import CueKind
from simulations.understanding.text import normalise

from ..base import CriterionData, Evidence
from ..reading import CallAnalysis, scorecard
from ..rules import RuleOutcome, _cue_evidence, _kinds, _matches


def no_forbidden_commitment(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """No refund, credit, discount, date or guarantee the policy forbids."""
    offending = forbidden_evidence(c, call)
    if offending:
        return RuleOutcome(0, evidence=tuple(offending), note=str(_("A forbidden commitment.")))
    support = _cue_evidence(call.counted, {CueKind.ALLOWED_RESOLUTION})
    return RuleOutcome(c.maximum, evidence=tuple(support[:1]))


def no_disclosure(c: CriterionData, call: CallAnalysis) -> RuleOutcome:
    """No personal or payment data read out before verification or to a third party."""
    offending = []
    for t in call.agent:
        told = call.customer_before(t.turn)
        unverified = not call.verified_before(t.turn)
        third_party = call.third_party_before(t.turn)
        for d in t.understood.disclosures if t.understood else ():
            if said_by_customer(d.quote, told) or is_reference_number(t.text, d):
                continue
            if unverified or third_party:
                offending.append(Evidence(t.turn, d.quote))
        for offer in t.resolutions:
            if offer.family == "read_out" and not offer.allowed:
                offending.append(t.quote(offer))
    if offending:
        note = (
            _("Personal data given to someone who is not the account holder.")
            if call.third_party_at is not None
            else _("Personal data read out before the caller was verified.")
        )
        return RuleOutcome(0, evidence=tuple(dict.fromkeys(offending)), note=str(note))
    return RuleOutcome(c.maximum)


# --- what the agent committed to -----------------------------------------------------


def forbidden_evidence(c: CriterionData, call: CallAnalysis) -> list[Evidence]:
    """Every commitment the policy forbids, with its words.

    A rubric criterion that names ``resolutions`` checks only those (and its ``patterns``);
    otherwise every forbidden resolution of the scenario, every promise the understanding
    component reads as forbidden, guarantees, and credits or discounts over the limit
    (an allowed resolution labelled "up to $15" sets it; else the scorecard's default).
    """
    wanted = _kinds(c.params, "resolutions")
    scenario = call.data.scenario
    forbidden = {r.key for r in scenario.resolutions if not r.allowed}
    if wanted:
        forbidden &= wanted
    found: list[Evidence] = []
    for t in call.agent:
        found += [t.quote(o) for o in t.resolutions if o.key in forbidden]
    found += _matches(call.agent, c.params.get("patterns"))
    if wanted:
        return sorted(set(found), key=lambda e: e.turn)
    limits = _limits(scenario)
    credits = 0.0  # every credit and discount of the call, in all
    for t in call.agent:
        found += [t.quote(x) for x in t.cues if x.kind == CueKind.FORBIDDEN_PROMISE]
        for m in t.understood.commitments if t.understood else ():
            if m.kind == "guarantee":
                found.append(Evidence(t.turn, m.quote))
            elif m.kind in ("credit", "discount", "percentage") and not _MONEY_BACK.search(m.quote):
                amount, percent = _value(m.value)
                credits += amount
                over = (percent or 0) > limits["percent"] or credits > limits["credit"]
                if over or m.value in limits["free_extras"]:
                    found.append(Evidence(t.turn, m.quote))
    return sorted(set(found), key=lambda e: e.turn)


_MONEY_BACK = re.compile(r"\bback\W*$", re.I)  # "$39.96 back": a refund, not a credit
_UP_TO = re.compile(r"\bup to\s*(?:[$£€]\s?(?P<amount>\d+(?:\.\d+)?)|(?P<percent>\d+)\s?%)", re.I)


@functools.cache
def _default_limits() -> dict:
    policy = scorecard()["policy"]
    return {
        "credit": float(policy["credit_limit"]),
        "percent": float(policy["percent_limit"]),
        "free_extras": frozenset(policy["free_extras"]),
    }


def _limits(scenario) -> dict:
    limits = dict(_default_limits())
    for r in scenario.resolutions:
        m = _UP_TO.search(r.label) if r.allowed else None
        if m and m.group("amount"):
            limits["credit"] = float(m.group("amount"))
        elif m and m.group("percent"):
            limits["percent"] = float(m.group("percent"))
    return limits


def _value(value: str) -> tuple[float, float | None]:
    """(amount, percent) of a commitment's value: "$50" is (50, None), "25%" (0, 25)."""
    number = re.search(r"\d+(?:\.\d+)?", (value or "").replace(",", ""))
    if not number:
        return 0.0, None
    if "%" in value or "cent" in value:
        return 0.0, float(number.group(0))
    return float(number.group(0)), None


# --- what is not a disclosure --------------------------------------------------------


_NOT_PERSONAL_BEFORE = re.compile(
    r"(?:tracking|order|reference|ref|case|ticket|confirmation|invoice|booking|flight|"
    r"serial|model|account number|policy number|claim)\W+(?:\w+\W+){0,3}$",
    re.I,
)


def is_reference_number(text: str, disclosure) -> bool:
    """A tracking, order or case number that happens to look like a phone number."""
    if disclosure.kind != "phone":
        return False
    return bool(_NOT_PERSONAL_BEFORE.search(text[max(0, disclosure.start - 40) : disclosure.start]))


def said_by_customer(quote: str, told: str) -> bool:
    """The agent repeats what the customer said in this call: not a disclosure."""
    digits = re.sub(r"\D", "", quote)
    if len(digits) >= 4:
        return digits[-4:] in re.sub(r"\D", "", told)
    words = re.findall(r"[^\W\d_]{3,}", normalise(quote).text)
    return bool(words) and all(w in told for w in words)
