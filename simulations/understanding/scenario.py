"""The scenario's hidden facts and resolutions, matched by meaning.

A hidden fact belongs to a family ("order_number", "email", "light"...) found from its
key and label; a question or request about it in any wording earns it: the family's
vocabulary, the label's own words, and the trainer's phrases, which add and never
replace. A resolution belongs to an offer family ("refund", "pause"...); it is offered
when its family's words sit in an offering clause that is not negated, and amounts and
conditions pick between resolutions of one family (a "$50 credit" is not "up to $15").
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from simulations.engines.base import HiddenFact, Resolution

from .kinds import CueKind
from .result import Context, OfferedResolution
from .scope import clause as clause_of
from .scope import negated
from .tables import Table
from .text import Normalised, normalise

_FAMILIES = tomllib.loads((Path(__file__).parent / "families.toml").read_text(encoding="utf-8"))
# Which family a fact or a resolution is, from the words of its key and label.
FACT_FAMILY_WORDS = tuple(_FAMILIES["facts"].items())
OFFER_FAMILY_WORDS = tuple(_FAMILIES["offers"].items())
IDENTITY_FAMILIES = frozenset({"email", "postcode", "name", "phone", "date_of_birth"})
# Facts a statement can bring back to mind (the customer forgot, the agent reminds them).
RECALLED_FAMILIES = frozenset({"subscription"})
STOPWORDS = frozenset(
    "the a an of on in for to and or is it its your my our their his her with from by at "
    "what which that this reason plans charge shown free full account".split()
)
_AMOUNT = re.compile(
    r"(?:[$£€]|rp\.?)\s?(\d+(?:[.,]\d+)?)|"
    r"(\d+(?:[.,]\d+)?)\s?(?:dollars|pounds|euros|€|\$|dolar|dólar|美元|元|块|долара|лева|лв|евро|rupiah)"
)
_ZHE = re.compile(r"(\d{1,2})\s?折")  # 75折: the customer pays 75%, so 25% off
_PLEASE = re.compile(
    r"\b(?:please|pls|plz|i(?:'ll| will)? need|need to|s'il vous pla[iî]t|svp|tolong|mohon|"
    r"моля)\b|请"
)
# "The bulbs should reconnect by themselves": something other than the customer does it.
_SOMETHING_ELSE_WILL = re.compile(
    r"\b(?!you\b|i\b|we\b|let\b)[a-z]+\s+(?:should|will|would|might|may|can|'ll)\s+"
    r"(?:\w+\s+)?$"
)
# A cancellation carried out ("cancelled with immediate effect", "cancelling it now").
_CARRIED_OUT = re.compile(
    r"cancel+(?:ed|ing (?:it|that|your|the|this)\b[^.!?]*\b(?:now|today|for you|right away))"
)
# Advice for later is not an instruction for now ("if it drops off again, unplug it").
_CONDITIONAL = re.compile(
    r"\b(?:if|whenever|next time|in future|in the future|should it|in case|si|la prochaine fois)\b"
)
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|per ?cent|percent|persen|процента)")


def fact_family(fact: HiddenFact) -> str:
    about = f"{fact.key} {fact.label}".lower()
    return next((f for f, words in FACT_FAMILY_WORDS if any(w in about for w in words)), "")


def offer_family(resolution: Resolution) -> str:
    about = resolution.key.lower()
    found = next((f for f, words in OFFER_FAMILY_WORDS if any(w in about for w in words)), "")
    if found:
        return found
    label = resolution.label.lower()
    return next((f for f, words in OFFER_FAMILY_WORDS if any(w in label for w in words)), "")


@functools.cache
def _phrases(phrases: tuple[str, ...]) -> re.Pattern | None:
    cleaned = [normalise(p).text.strip() for p in phrases if p and p.strip()]
    if not cleaned:
        return None
    # Words may be quoted in the line ("the network that doesn't say '5G'").
    parts = [
        (r"\b" if p[:1].isalnum() else "")
        + re.escape(p).replace(r"\ ", r"[\s'\"‘’“”]+")
        + (r"\b" if p[-1:].isalnum() else "")
        for p in sorted(cleaned, key=len, reverse=True)
    ]
    return re.compile("|".join(parts), re.I)


@functools.cache
def _label_words(label: str) -> re.Pattern | None:
    words = [
        w
        for w in re.findall(r"\w+", normalise(label).text)
        if len(w) >= 4 and w not in STOPWORDS and not w.isdigit()
    ]
    if not words:
        return None
    return re.compile("|".join(rf"\b{re.escape(w[:6])}\w*" for w in words), re.I)


def _fact_match(fact: HiddenFact, t: Table, sentence: str):
    for pattern in (
        _phrases(tuple(fact.earned_by)),
        t.fact_families.get(fact_family(fact)),
        _label_words(fact.label),
    ):
        if pattern is not None and (m := pattern.search(sentence)):
            return m
    return None


def requested_facts(n: Normalised, t: Table, spans, context: Context):
    """(facts asked for, facts asked again, cue spans, where each fact was asked) from the
    sentences that ask."""
    scenario = context.scenario
    if scenario is None or not scenario.hidden_facts:
        return (), (), [], []
    facts: list[HiddenFact] = []
    again: list[HiddenFact] = []
    cue_spans = []
    asked_at: list[tuple[int, int]] = []
    for start, end, asks, instructs in spans:
        sentence = n.text[start:end]
        told_to_tell = bool(instructs and t.information and t.information.search(sentence))
        # "Full name plus two of: email, postcode or order number, please."
        polite = instructs or _PLEASE.search(sentence)
        requesting = asks or (polite and t.identity.search(sentence)) or told_to_tell
        if not requesting:
            for fact in () if instructs else _recalled(scenario, sentence, facts, again):
                if fact.key not in context.known:  # a reminder of what was said is not a question
                    facts.append(fact)
                    asked_at.append((start, end))
            continue
        # An instruction ("select the network called Delaney and enter your password")
        # asks for nothing but identity details, unless it asks to be told ("tell me what
        # the light does").
        only_identity = not asks and not told_to_tell
        if any(p.search(sentence) for p in t.not_clarifying) and not t.identity.search(sentence):
            continue
        identity_request = bool(t.identity.search(sentence))
        again_here: list[HiddenFact] = []
        new_here = 0
        for fact in scenario.hidden_facts:
            if fact in facts or fact in again:
                continue
            family = fact_family(fact)
            if only_identity and family not in IDENTITY_FAMILIES:
                continue
            if identity_request and family not in IDENTITY_FAMILIES:
                # "for security, your email and postcode" asks for nothing else: only the
                # trainer's phrases or the family's own words ("your niece's address").
                own = _phrases(tuple(fact.earned_by))
                vocabulary = t.fact_families.get(family)
                if not any(p is not None and p.search(sentence) for p in (own, vocabulary)):
                    continue
            if _fact_match(fact, t, sentence) is None:
                continue
            if fact.key in context.known:
                again_here.append(fact)
            else:
                facts.append(fact)
                asked_at.append((start, end))
                new_here += 1
            identity = family in IDENTITY_FAMILIES
            kind = CueKind.VERIFICATION if identity else CueKind.CLARIFYING_QUESTION
            cue_spans.append((kind, start, end))
        # "Her full address, with the ZIP code": the ZIP is part of the address asked for,
        # not the billing postcode again.
        here = [f for f, (s, _) in zip(facts, asked_at, strict=True) if s == start]
        if any(fact_family(f) == "address" for f in here + again_here):
            again_here = [f for f in again_here if fact_family(f) != "postcode"]
            for i in reversed(range(len(facts))):
                if asked_at[i][0] == start and fact_family(facts[i]) == "postcode":
                    del facts[i], asked_at[i]
        if not new_here:  # a known detail asked with a new one is part of the new ask
            again.extend(again_here)
    return tuple(facts), tuple(again), cue_spans, asked_at


def _recalled(scenario, sentence: str, facts: list, again: list) -> list[HiddenFact]:
    """A statement that mentions what the customer has forgotten ("it's the monthly box
    your daughter set up") brings it back: the trainer's phrases for a fact of a family
    that is remembered rather than looked up."""
    found = []
    for fact in scenario.hidden_facts:
        if fact in facts or fact in again or fact_family(fact) not in RECALLED_FAMILIES:
            continue
        pattern = _phrases(tuple(fact.earned_by))
        if pattern is not None and pattern.search(sentence):
            found.append(fact)
    return found


@functools.lru_cache(maxsize=512)
def _folded(text: str) -> str:
    return normalise(text).text


def _limit(text: str) -> float | None:
    m = _AMOUNT.search(text)
    return float((m.group(1) or m.group(2)).replace(",", ".")) if m else None


def _fit(resolution: Resolution, clause: str) -> int:
    """How well the terms in the clause fit this resolution (amounts, percentages, "if")."""
    score = 0
    label = _folded(f"{resolution.label} {' '.join(resolution.phrases)}")
    said = _limit(clause)
    limit = _limit(resolution.label)
    if said is not None and limit is not None:
        over = "over" in resolution.label.lower() or not resolution.allowed
        score += 2 if (said > limit) == over else -2
    said_pct = _PERCENT.search(clause)
    zhe = _ZHE.search(clause)
    if said_pct or zhe:
        if zhe:
            paid = int(zhe.group(1))
            pct = str(100 - (paid * 10 if paid < 10 else paid))
        else:
            pct = said_pct.group(1)
        in_label = {m.group(1) for m in _PERCENT.finditer(label)}
        if in_label:
            score += 2 if pct in in_label else -2
        elif not resolution.allowed:
            score += 1
    conditional = " if " in f" {resolution.key.replace('_', ' ')} "
    clause_if = bool(
        re.search(
            r"\b(?:if|once|should it|si|jika|kalau|apabila|ако)\b|如果|假如|要是|的话", clause
        )
    )
    score += 1 if conditional == clause_if else -1
    return score


def offered_resolutions(n: Normalised, t: Table, context: Context):
    """[(OfferedResolution, start, end)] the line offers, in text order (norm spans)."""
    scenario = context.scenario
    if scenario is None or not scenario.resolutions:
        return []
    norm = n.text
    candidates: dict[str, list] = {}
    for resolution in scenario.resolutions:
        family = offer_family(resolution)
        hit = None
        phrases = _phrases(tuple(resolution.phrases))
        if phrases is not None:
            hit = next((m for m in phrases.finditer(norm) if not negated(norm, t, *m.span())), None)
        strong = hit is not None
        pattern = t.offer_families.get(family)
        if hit is None and pattern is not None:
            for m in pattern.finditer(norm):
                if negated(norm, t, *m.span()):
                    continue
                left, right = clause_of(norm, t, m.start(), m.end())
                if re.match(r"\s*(?:or|and|either)\b", norm[left : m.start()]) and left > 1:
                    left = clause_of(norm, t, left - 2, left - 1)[0]  # "I can X, or Y"
                clause = norm[max(left, m.start() - 60) : right]
                if family in ("read_out", "ask_password", "promise_date", "exception", "refuse"):
                    hit = m
                elif (
                    family == "explain" and m.group(0) != "pending" and not _asked_at(norm, m.end())
                ):
                    hit = m  # "it's only a hold": an explanation is given, not offered
                    # (a bare "pending" names the thing; it does not explain it)
                elif (
                    family == "cancellation"
                    and _CARRIED_OUT.match(norm, m.start())
                    and not _asked_at(norm, m.end())
                ):
                    hit = m  # "cancelled with immediate effect": done, not offered
                elif t.offer_context.search(clause):
                    hit = m
                if hit:
                    break
        if hit is None:
            continue
        clause = _sentence(norm, hit.start(), hit.end())
        score = _fit(resolution, clause) + (3 if strong else 0)
        candidates.setdefault(family or resolution.key, []).append((score, resolution, hit))
    found = []
    for family, options in candidates.items():
        options.sort(key=lambda o: (o[0], o[1].allowed), reverse=True)
        score, resolution, hit = options[0]
        if score < -1:
            continue
        offer = OfferedResolution(resolution, hit.group(0), hit.start(), hit.end(), family)
        found.append((offer, hit.start(), hit.end()))
    found.sort(key=lambda f: f[1])
    return found


def told_steps(n: Normalised, t: Table, context: Context, spans=()):
    """[(step, start, end)] of the scenario's steps the line performs, in text order: a
    trainer's phrase for the step in a sentence that tells or asks the customer to do
    something (not "the bulbs should reconnect by themselves"), in a clause that is not
    negated ("don't unplug it yet") and not advice for later ("if it drops off again")."""
    scenario = context.scenario
    if scenario is None or not scenario.steps:
        return []
    telling = [(s, e) for s, e, asks, instructs in spans if asks or instructs]

    def told(m) -> bool:
        if any(s <= m.start() < e for s, e in telling):
            return True
        # A statement: told unless something else is its subject ("they should reconnect").
        return not _SOMETHING_ELSE_WILL.search(n.text[max(0, m.start() - 40) : m.start()])

    found = []
    for step in scenario.steps:
        pattern = _phrases(tuple(step.phrases))
        if pattern is None:
            continue
        hit = next(
            (
                m
                for m in pattern.finditer(n.text)
                if not negated(n.text, t, *m.span())
                and not _CONDITIONAL.search(_sentence_before(n.text, m.start()))
                and told(m)
            ),
            None,
        )
        if hit is not None:
            found.append((step, hit.start(), hit.end()))
    found.sort(key=lambda f: f[1])
    return found


def _asked_at(norm: str, end: int) -> bool:
    """The sentence that ``end`` is in is a question (ends with a question mark)."""
    rights = [i for i in (norm.find(c, end) for c in ".!?\n。") if i != -1]
    return bool(rights) and norm[min(rights)] == "?"


def _sentence_before(norm: str, start: int) -> str:
    """The sentence that ``start`` is in, up to ``start``."""
    return norm[max(norm.rfind(c, 0, start) for c in ".!?\n。") + 1 : start]


def _sentence(norm: str, start: int, end: int) -> str:
    left = max(norm.rfind(c, 0, start) for c in ".!?\n。") + 1
    rights = [i for i in (norm.find(c, end) for c in ".!?\n。") if i != -1]
    return norm[left : min(rights) if rights else len(norm)]
