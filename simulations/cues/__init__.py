"""The cue detector: what the agent did in one line, with the exact words as evidence.

Pure and table-driven: the phrases live in one table per language (``en.py``, ``fr.py``);
the scenario adds what only it knows (the customer's name, the resolutions its policy allows
and forbids, the questions that earn its hidden facts). Shared by the conversation logic,
both customer engines and the offline grader, so it imports no Django models and never
touches the database. A quote is always ``text[start:end]``: graders cite it verbatim.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from simulations.engines.base import Resolution, ScenarioData

from . import en, fr
from .kinds import NEGATIVE_KINDS, USEFUL_KINDS, Cue, CueKind

__all__ = [
    "NEGATIVE_KINDS",
    "USEFUL_KINDS",
    "Cue",
    "CueKind",
    "detect_cues",
    "match_resolutions",
    "earned_facts",
    "asked_again",
    "phrase_table",
    "TABLES",
]

TABLES: dict[str, ModuleType] = {"en": en, "fr": fr}

# Positive cues a nearby negation cancels ("I can't help", "no refund is possible").
NEGATABLE = frozenset(
    {
        CueKind.ACKNOWLEDGEMENT,
        CueKind.EMPATHY,
        CueKind.APOLOGY,
        CueKind.OWNERSHIP,
        CueKind.NEXT_STEPS,
        CueKind.ALLOWED_RESOLUTION,
        CueKind.FORBIDDEN_PROMISE,
    }
)

# A hidden fact whose key or label mentions one of these is identity data: asking for it
# is verification; any other earning question is a clarifying question.
IDENTITY_WORDS = (
    "name",
    "email",
    "e-mail",
    "postcode",
    "post code",
    "zip",
    "address",
    "account",
    "order",
    "phone",
    "birth",
    "dob",
    "identity",
    "last four",
    "card",
    "nom",
    "adresse",
    "compte",
    "commande",
    "code postal",
)

TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam", "madame", "monsieur", "mme", "m")

_CLAUSE_BREAK = re.compile(r"[.!?;,:\n]|\bbut\b|\bmais\b|\bhowever\b|\bcependant\b", re.I)
_AFTER_NEGATION = re.compile(
    r"\b(?:is|are|was|isn't|aren't|wasn't)?\s*(?:not|n't) (?:possible|available|an option|"
    r"allowed|something)\b|\bimpossible\b|\bpas (?:possible|autorisée?)\b|\bwon't be possible\b",
    re.I,
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _language_of(scenario: ScenarioData | None, language: str) -> str:
    lang = (scenario.language if scenario is not None and scenario.language else language) or "en"
    return lang.split("-")[0].split("_")[0].lower()


def phrase_table(language: str = "en") -> dict[CueKind, tuple[str, ...]]:
    """The phrase table for a language (English when the language has none)."""
    return TABLES.get(language, en).PHRASES


@functools.cache
def _compiled(language: str):
    """(phrases per kind, policy regexes, negation regex) for a language, compiled once.

    A language other than English also gets the English table after its own.
    """
    modules = [TABLES.get(language, en)]
    if modules[0] is not en:
        modules.append(en)
    phrases: dict[CueKind, list[re.Pattern]] = {}
    policy: list[re.Pattern] = []
    negations = []
    for module in modules:
        for kind, patterns in module.PHRASES.items():
            phrases.setdefault(kind, []).extend(re.compile(p, re.I | re.M) for p in patterns)
        policy.extend(re.compile(p, re.I) for p in module.POLICY)
        negations.append(f"(?:{module.NEGATION})")
    return phrases, policy, re.compile("|".join(negations), re.I)


def _negated(text: str, start: int, end: int, negation: re.Pattern) -> bool:
    """Is the phrase at text[start:end] negated within its clause (a few words either side)?"""
    before = text[max(0, start - 60) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    window = " ".join(before.split()[-5:])
    if negation.search(window):
        return True
    after = text[end : end + 50]
    cut = _CLAUSE_BREAK.search(after)
    if cut:
        after = after[: cut.start()]
    return bool(_AFTER_NEGATION.search(after))


@functools.cache
def _phrase_regex(phrase: str) -> re.Pattern:
    body = re.escape(phrase.strip())
    left = r"\b" if phrase.strip()[:1].isalnum() else ""
    right = r"\b" if phrase.strip()[-1:].isalnum() else ""
    return re.compile(left + body + right, re.I)


def _name_regex(customer_name: str) -> re.Pattern | None:
    tokens = [
        t
        for t in re.split(r"[\s.]+", customer_name)
        if len(t) >= 2 and t.lower().strip(".") not in TITLES
    ]
    if not tokens:
        return None
    titles = "|".join(TITLES)
    names = "|".join(re.escape(t) for t in tokens)
    return re.compile(rf"(?:\b(?:{titles})\.?\s+)?\b(?:{names})\b", re.I)


def match_resolutions(
    text: str, scenario: ScenarioData, *, language: str | None = None
) -> tuple[tuple[Resolution, Cue], ...]:
    """Resolutions the agent's text offers (not negated), each with its cue, in text order."""
    text = text.translate(_APOSTROPHES)
    _, _, negation = _compiled(_language_of(scenario, language or "en"))
    found: list[tuple[Resolution, Cue]] = []
    for resolution in scenario.resolutions:
        kind = CueKind.ALLOWED_RESOLUTION if resolution.allowed else CueKind.FORBIDDEN_PROMISE
        for phrase in resolution.phrases:
            if not phrase.strip():
                continue
            match = next(
                (
                    m
                    for m in _phrase_regex(phrase).finditer(text)
                    if not _negated(text, m.start(), m.end(), negation)
                ),
                None,
            )
            if match:
                found.append((resolution, Cue(kind, match.group(0), match.start(), match.end())))
                break
    found.sort(key=lambda pair: pair[1].start)
    return tuple(found)


# A fact is earned by asking: its phrase must sit in a question or a request
# ("Could you give me your order number?", "Please confirm your email."), not in a statement
# ("I'll email you the instructions").
_REQUEST = re.compile(
    r"\?|\b(?:can|could|may|would|will|do|did|have) (?:you|i)\b|\bplease\b|"
    r"\b(?:tell|give|send|read) me\b|\b(?:confirm|verify)\b|"
    r"^\s*(?:and |so |also |then |now )?(?:what|which|when|where|how|why|who)\b|"
    r"\bi(?:'ll| will)? need\b|\blet me (?:have|take|get)\b|\bmind (?:telling|sharing)\b|"
    r"\b(?:pouvez|pourriez|quel|quelle|quand|comment|pourquoi|donner|confirmer|vérifier|"
    r"indiquer|rappeler)\b|s'il vous pla[iî]t",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _requested(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a sentence that asks for something?"""
    for sentence in _SENTENCE.finditer(text):
        if sentence.start() <= start < sentence.end():
            return bool(_REQUEST.search(sentence.group(0)))
    return False


def _fact_matches(text: str, scenario: ScenarioData, known=frozenset()):
    """(fact, match) for each hidden fact (not already known) the agent's text asks for."""
    for fact in scenario.hidden_facts:
        if fact.key in known:
            continue
        for phrase in fact.earned_by:
            if not phrase.strip():
                continue
            match = next(
                (
                    m
                    for m in _phrase_regex(phrase).finditer(text)
                    if _requested(text, m.start(), m.end())
                ),
                None,
            )
            if match:
                yield fact, match
                break


def earned_facts(text: str, scenario: ScenarioData, known: frozenset[str] | set[str] = frozenset()):
    """Hidden facts (not already known) that the agent's line asks for with an earning phrase."""
    return tuple(fact for fact, _ in _fact_matches(text.translate(_APOSTROPHES), scenario, known))


def asked_again(text: str, scenario: ScenarioData, known) -> tuple:
    """Hidden facts the customer already gave that the agent's line asks for again."""
    known = set(known)
    norm = text.translate(_APOSTROPHES)
    return tuple(fact for fact, _ in _fact_matches(norm, scenario) if fact.key in known)


def _fact_cues(text: str, scenario: ScenarioData) -> list[Cue]:
    cues = []
    for fact, match in _fact_matches(text, scenario):
        about = f"{fact.key} {fact.label}".lower().replace("_", " ")
        is_identity = any(word in about for word in IDENTITY_WORDS)
        kind = CueKind.VERIFICATION if is_identity else CueKind.CLARIFYING_QUESTION
        cues.append(Cue(kind, match.group(0), match.start(), match.end()))
    return cues


def _add(cues: list[Cue], cue: Cue, text: str) -> None:
    """Add a cue; overlapping cues of the same kind merge into one covering both spans."""
    for i, other in enumerate(cues):
        if other.kind == cue.kind and other.start < cue.end and cue.start < other.end:
            start, end = min(other.start, cue.start), max(other.end, cue.end)
            cues[i] = Cue(cue.kind, text[start:end], start, end)
            return
    cues.append(cue)


def detect_cues(
    text: str, *, scenario: ScenarioData | None = None, language: str = "en"
) -> tuple[Cue, ...]:
    """Every cue in the agent's line, in text order. The scenario's language picks the table."""
    if not text or not text.strip():
        return ()
    # Same length, so spans found in ``norm`` quote ``text`` exactly.
    norm = text.translate(_APOSTROPHES)
    lang = _language_of(scenario, language)
    phrases, policy, negation = _compiled(lang)
    cues: list[Cue] = []
    for kind, patterns in phrases.items():
        for pattern in patterns:
            for m in pattern.finditer(norm):
                if m.end() == m.start():
                    continue
                if kind in NEGATABLE and _negated(norm, m.start(), m.end(), negation):
                    continue
                _add(cues, Cue(kind, text[m.start() : m.end()], m.start(), m.end()), text)
    if scenario is not None:
        name = _name_regex(scenario.customer_name or "")
        if name:
            for m in name.finditer(norm):
                _add(cues, Cue(CueKind.CUSTOMER_NAME, text[m.start() : m.end()], *m.span()), text)
        for _resolution, cue in match_resolutions(text, scenario, language=lang):
            _add(cues, Cue(cue.kind, text[cue.start : cue.end], cue.start, cue.end), text)
        for cue in _fact_cues(norm, scenario):
            _add(cues, Cue(cue.kind, text[cue.start : cue.end], cue.start, cue.end), text)
    closings = [c for c in cues if c.kind == CueKind.CLOSING]
    cues = [
        c
        for c in cues
        if c.kind not in (CueKind.CLARIFYING_QUESTION, CueKind.OWNERSHIP)
        or not any(o.start < c.end and c.start < o.end for o in closings)
    ]
    kinds = {c.kind for c in cues}
    if not kinds & {CueKind.EMPATHY, CueKind.ACKNOWLEDGEMENT, CueKind.APOLOGY}:
        for pattern in policy:
            m = pattern.search(norm)
            if m:
                quote = text[m.start() : m.end()]
                _add(cues, Cue(CueKind.POLICY_WITHOUT_EMPATHY, quote, *m.span()), text)
                break
    order = list(CueKind)
    return tuple(sorted(cues, key=lambda c: (c.start, order.index(c.kind), c.end)))
