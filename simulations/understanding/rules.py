"""The rules backend: phrase families, clause-scoped negation, questions told from
instructions, and the scenario's facts and resolutions matched by meaning.

Deterministic and offline; the floor the LLM backend can only add to. Everything it
knows about a language is in ``tables/<language>.toml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .kinds import Cue, CueKind
from .language import line_language
from .model import reconsider
from .result import Context, Span, StepTold, Understanding
from .scenario import offered_resolutions, requested_facts, told_steps
from .scope import clause, negated
from .tables import Table, table
from .text import Normalised, normalise, sentences
from .values import commitments, disclosures

# Positive cues that a negation in their clause cancels ("I can't help", "no refund").
NEGATABLE = frozenset(
    {
        CueKind.ACKNOWLEDGEMENT,
        CueKind.EMPATHY,
        CueKind.APOLOGY,
        CueKind.OWNERSHIP,
        CueKind.NEXT_STEPS,
        CueKind.ALLOWED_RESOLUTION,
        CueKind.FORBIDDEN_PROMISE,
        CueKind.CLOSING,
        CueKind.HOLD_OR_TRANSFER,
    }
)
# Kinds the rules find from sentence shape, not from a phrase table.
QUESTION_KINDS = (CueKind.CLARIFYING_QUESTION, CueKind.VERIFICATION)
# A policy recited next to one of these is explained, not a wall ("I'm sorry but that's
# policy" is still a wall: an apology is not empathy).
WARMTH = frozenset({CueKind.EMPATHY, CueKind.ACKNOWLEDGEMENT})
TITLES = (
    r"(?:mr|mrs|ms|miss|mx|dr|sir|madam|madame|monsieur|mme|mlle|m|pak|bapak|bu|ibu|kak|"
    r"mbak|mas|г-н|г-жо|г-жа|господин|госпожо|госпожа)"
)


def _add(cues: list[Cue], kind: CueKind, n: Normalised, start: int, end: int) -> None:
    quote, first, last = n.quote(start, end)
    if not quote:
        return
    for i, other in enumerate(cues):
        if other.kind == kind and other.start < last and first < other.end:
            lo, hi = min(other.start, first), max(other.end, last)
            cues[i] = Cue(kind, n.original[lo:hi], lo, hi)
            return
    cues.append(Cue(kind, quote, first, last))


def sentence_acts(s: str, t: Table) -> tuple[bool, bool]:
    """(asks, instructs) for one folded sentence."""
    instructs = any(p.search(s) for p in t.instruction)
    asks = any(p.search(s) for p in t.question)
    polite = t.polite_instruction is not None and t.polite_instruction.search(s)
    if polite and not t.identity.search(s):  # "can you pop your email here?" asks
        instructs = True
    polite = polite and not (t.information and t.information.search(s))
    if instructs and asks and (not s.rstrip().endswith("?") or polite):
        asks = False  # "could you restart the app?" tells, it does not ask
    return asks, instructs


def _question_cues(cues, n: Normalised, t: Table, spans) -> None:
    norm = n.text
    for start, end, asks, instructs in spans:
        s = norm[start:end]
        if not asks:
            continue
        if any(p.search(s) for p in t.not_clarifying) and not t.identity.search(s):
            continue
        identity = t.identity.search(s)
        other = t.not_identity.search(s) if t.not_identity else None
        if identity:
            _add(cues, CueKind.VERIFICATION, n, start, end)
            if other:
                _add(cues, CueKind.CLARIFYING_QUESTION, n, start, end)
        elif instructs and not s.rstrip().endswith("?"):
            continue
        else:
            _add(cues, CueKind.CLARIFYING_QUESTION, n, start, end)


def _name_cues(cues, n: Normalised, context: Context) -> None:
    name = (context.scenario.customer_name if context.scenario else "") or ""
    tokens = [w for w in re.split(r"[\s.]+", name.lower()) if len(w) >= 2]
    tokens = [w for w in tokens if not re.fullmatch(TITLES, w)]
    if not tokens:
        return
    names = "|".join(re.escape(w) for w in tokens)
    for m in re.finditer(rf"(?:\b{TITLES}\.?\s+)?(?<!\w)(?:{names})(?!\w)", n.text):
        before, after = n.text[max(0, m.start() - 12) : m.start()], n.text[m.end() : m.end() + 1]
        if after == "-" or re.search(r"(?:called|named|network|wi-?fi|ssid)\W*['\"]?$", before):
            continue  # the Wi-Fi network "Delaney-5G", not the customer
        _add(cues, CueKind.CUSTOMER_NAME, n, m.start(), m.end())


_NAME = r"[A-ZÀ-ÞА-Я][a-zà-ÿа-я'’]+(?:-[A-ZÀ-ÞА-Я][a-zà-ÿа-я]+)?"
_SIGN_OFF = re.compile(
    r"^\W*(?:thanks|thank you|cheers|regards|best|kind regards|many thanks)\W*$", re.I
)


@functools.cache
def _name_patterns(language: str):
    t = table(language)
    if t.names_before is None:
        return None
    after = re.compile(rf"(?:{t.names_before.pattern}),? (?P<name>{_NAME})\b")
    trailing = re.compile(rf"(?<=, )(?P<name>{_NAME})(?=\s*[.!?]|\s*$)")
    return after, trailing


def _first_name_cues(cues, text: str, t: Table, own_name: set[int]) -> None:
    """First names without a title, told by their capital letter: "Hi Walter", ", Kemi."."""
    patterns = _name_patterns(t.language)
    if patterns is None or not any(c.isupper() for c in text):
        return
    after, trailing = patterns
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.span("name")
            name = m.group("name")
            if t.names_never is not None and t.names_never.fullmatch(name):
                continue
            if pattern is trailing:
                clause = text[max(text.rfind(". ", 0, start), 0) : start - 2]
                if end >= len(text.rstrip(" .!")) and _SIGN_OFF.match(clause):
                    continue  # "Thanks, Ash" at the end: the agent signing off
            if any(c.kind == CueKind.CUSTOMER_NAME and c.start <= start < c.end for c in cues):
                continue
            if start in own_name:
                continue
            cues.append(Cue(CueKind.CUSTOMER_NAME, name, start, end))


def _agent_name_span(norm: str) -> set[int]:
    """Where the agent names themselves ("my name is Sam"), so it is not the customer's."""
    spots: set[int] = set()
    for m in re.finditer(r"\b(?:my name is|i'm|i am|this is|it's|name's)\s+(\w+)", norm):
        spots.add(m.start(1))
    return spots


def understand_rules(text: str, context: Context, *, model: bool = True) -> Understanding:
    """The rules' reading; ``model`` lets the trained second opinion reconsider the cues."""
    n = normalise(text)
    norm = n.text
    language = line_language(norm, context.call_language)
    t = table(language if language in _known() else "en")
    cues: list[Cue] = []
    spans = []
    acts: list[str] = []
    for start, end in sentences(norm):
        asks, instructs = sentence_acts(norm[start:end], t)
        spans.append((start, end, asks, instructs))
        for act, on in (("question", asks), ("instruction", instructs)):
            if on and act not in acts:
                acts.append(act)
        if not asks and not instructs and "statement" not in acts:
            acts.append("statement")

    own_name = _agent_name_span(norm)
    for kind, patterns in t.cues.items():
        for pattern in patterns:
            for m in pattern.finditer(norm):
                if m.end() == m.start():
                    continue
                if kind in NEGATABLE and negated(norm, t, m.start(), m.end()):
                    continue
                if kind == CueKind.CUSTOMER_NAME and any(
                    m.start() <= s < m.end() for s in own_name
                ):
                    continue
                _add(cues, kind, n, m.start(), m.end())
    _question_cues(cues, n, t, spans)
    _name_cues(cues, n, context)
    _first_name_cues(cues, text, t, own_name)

    facts, again, fact_spans, asked_at = requested_facts(n, t, spans, context)
    for kind, start, end in fact_spans:
        _add(cues, kind, n, start, end)
    offers = offered_resolutions(n, t, context)
    for offer, start, end in offers:
        kind = CueKind.ALLOWED_RESOLUTION if offer.allowed else CueKind.FORBIDDEN_PROMISE
        if not _cues_for_family(offer):
            continue
        _add(cues, kind, n, start, end)

    kinds = {c.kind for c in cues}
    if not kinds & WARMTH:
        for pattern in t.policy:
            m = pattern.search(norm)
            if m:
                _add(cues, CueKind.POLICY_WITHOUT_EMPATHY, n, m.start(), m.end())
                break

    # The most specific reading of a clause wins: an offer or a forbidden promise is not
    # also a next step (ownership may go with an offer: "I'll send a replacement today";
    # the model learns when QA credits both); small talk asks nothing about the problem.
    offers_at = [
        clause(n.text, t, *_norm_span(n, c))
        if c.kind == CueKind.ALLOWED_RESOLUTION
        else _sentence_of(spans, _norm_span(n, c)[0])
        for c in cues
        if c.kind in (CueKind.ALLOWED_RESOLUTION, CueKind.FORBIDDEN_PROMISE)
    ]
    off_topic = bool(t.off_topic.search(norm)) and not t.on_topic.search(norm)
    cues = [
        c
        for c in cues
        if not (
            c.kind == CueKind.NEXT_STEPS
            and any(lo <= _norm_span(n, c)[0] < hi for lo, hi in offers_at)
        )
        and not (off_topic and c.kind == CueKind.CLARIFYING_QUESTION)
    ]
    # "Thank you for calling" opens a call, or closes one: it closes one when the line also
    # says goodbye some other way ("Thanks for calling XYZ today. Take care.").
    closings = [c for c in cues if c.kind == CueKind.CLOSING]
    greetings = [c for c in cues if c.kind == CueKind.GREETING]
    farewell = [
        c for c in closings if not any(g.start < c.end and c.start < g.end for g in greetings)
    ]
    if farewell:
        cues = [
            c
            for c in cues
            if c.kind != CueKind.GREETING
            or not any(o.start < c.end and c.start < o.end for o in closings)
        ]
    greetings = [c for c in cues if c.kind == CueKind.GREETING]
    cues = [
        c
        for c in cues
        if c.kind != CueKind.CLOSING
        or not any(g.start < c.end and c.start < g.end for g in greetings)
    ]
    # A closing question is not a clarifying one; a closing "take care" not ownership.
    closings = [c for c in cues if c.kind == CueKind.CLOSING]
    cues = [
        c
        for c in cues
        if c.kind not in (CueKind.CLARIFYING_QUESTION, CueKind.OWNERSHIP)
        or not any(o.start <= c.start and c.end <= o.end + 2 for o in closings)
    ]
    # A rude question ("are you stupid?") finds out nothing.
    rude = [c for c in cues if c.kind == CueKind.RUDE]
    cues = [
        c
        for c in cues
        if c.kind != CueKind.CLARIFYING_QUESTION
        or not any(r.start < c.end and c.start < r.end for r in rude)
    ]
    if model:
        cues = reconsider(cues, n, [(s, e) for s, e, _, _ in spans], acts)
    found_commitments = commitments(n, t)
    if found_commitments and "commitment" not in acts:
        acts.append("commitment")
    found_disclosures = disclosures(n, t)
    grader = [Span(*n.quote(m.start(), m.end())) for m in t.grader.finditer(norm)]
    for span in grader:  # speaking to the grader is an injection too
        if not any(c.kind == CueKind.PROMPT_INJECTION for c in cues):
            cues.append(Cue(CueKind.PROMPT_INJECTION, span.quote, span.start, span.end))
    order = list(CueKind)
    return Understanding(
        text=text,
        language=language,
        call_language=context.call_language,
        cues=tuple(sorted(cues, key=lambda c: (c.start, order.index(c.kind), c.end))),
        acts=tuple(acts) or ("statement",),
        facts=facts,
        asked_again=again,
        resolutions=tuple(
            replace(offer, **dict(zip(("quote", "start", "end"), n.quote(s, e), strict=True)))
            for offer, s, e in offers
        ),
        steps=tuple(
            StepTold(step, *n.quote(start, end))
            for step, start, end in told_steps(n, t, context, spans)
        ),
        commitments=found_commitments,
        disclosures=found_disclosures,
        off_topic=off_topic,
        addressed_to_grader=bool(grader),
        grader_spans=tuple(grader),
        fact_quotes=tuple(Span(*n.quote(s, e)) for s, e in asked_at),
    )


# Resolutions that are not offers or promises: troubleshooting steps and explanations
# (allowed), and reading data out, asking for a password or refusing to cancel (forbidden).
# They are listed as resolutions but carry no offer or promise cue.
# Carrying out a cancellation is ownership, not an offer.
NO_CUE_FAMILIES = frozenset(
    {"troubleshoot", "explain", "read_out", "ask_password", "refuse", "cancellation"}
)


def _cues_for_family(offer) -> bool:
    return offer.family not in NO_CUE_FAMILIES


@functools.cache
def _known() -> frozenset[str]:
    from .tables import languages

    return frozenset(languages())


def _norm_span(n: Normalised, cue: Cue) -> tuple[int, int]:
    """The folded-text span of a cue (the inverse of ``Normalised.span``)."""
    start = next((i for i, o in enumerate(n.origin) if o >= cue.start), len(n.text))
    end = next((i for i, o in enumerate(n.origin) if o >= cue.end), len(n.text))
    return start, max(start + 1, end)


def _sentence_of(spans, at: int) -> tuple[int, int]:
    return next(((s, e) for s, e, _, _ in spans if s <= at < e), (at, at + 1))
