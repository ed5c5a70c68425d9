"""The LLM backend: a second reader for what the rules miss, never trusted blindly.

``read_line`` is what the session service calls for each agent line. With
``UNDERSTANDING_BACKEND = "llm"`` (the default when an LLM is configured) it asks the
model for a reading in structured output (``RESPONSE_SCHEMA``), checks every quote
against the line (an invented quote drops its entry), and merges it with the rules:

- for the critical kinds (``CRITICAL_KINDS``: forbidden promises, prompt injection,
  personal data read out, forbidden resolutions, text addressed to a grader) the rules
  are the floor: the model may add, never remove;
- for the other kinds the model's reading stands, plus what the rules found with a quote
  the model did not contradict.

It has ``LLM_UNDERSTANDING_DEADLINE`` seconds; after that, on any error, or while the
LLM's circuit breaker is open, the rules' reading stands and the call goes on.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace

import openai
from django.conf import settings

from .kinds import Cue, CueKind
from .result import (
    ACTS,
    COMMITMENT_KINDS,
    DISCLOSURE_KINDS,
    Commitment,
    Context,
    Disclosure,
    OfferedResolution,
    Span,
    Understanding,
)
from .rules import understand_rules

logger = logging.getLogger(__name__)
CRITICAL_KINDS = frozenset(
    {
        CueKind.FORBIDDEN_PROMISE,
        CueKind.PROMPT_INJECTION,
        CueKind.BLAME,
        CueKind.DISMISSIVE,
        CueKind.RUDE,
    }
)
MAX_TOKENS = 700


class BadReading(ValueError):
    """The model's reply is not a usable reading."""


def _items(required: dict) -> dict:
    return {
        "type": "array",
        "items": {
            "type": "object",
            "additionalProperties": False,
            "required": list(required),
            "properties": required,
        },
    }


def response_schema(context: Context) -> dict:
    scenario = context.scenario
    fact_keys = [f.key for f in scenario.hidden_facts] if scenario else []
    resolution_keys = [r.key for r in scenario.resolutions] if scenario else []
    string = {"type": "string"}
    schema = {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "language",
            "cues",
            "acts",
            "facts",
            "resolutions",
            "commitments",
            "disclosures",
            "off_topic",
            "addressed_to_grader",
        ],
        "properties": {
            "language": string,
            "cues": _items(
                {"kind": {"type": "string", "enum": [k.value for k in CueKind]}, "quote": string}
            ),
            "acts": {"type": "array", "items": {"type": "string", "enum": list(ACTS)}},
            "facts": {"type": "array", "items": {"type": "string", "enum": fact_keys or [""]}},
            "resolutions": _items(
                {"key": {"type": "string", "enum": resolution_keys or [""]}, "quote": string}
            ),
            "commitments": _items(
                {
                    "kind": {"type": "string", "enum": list(COMMITMENT_KINDS)},
                    "value": string,
                    "quote": string,
                }
            ),
            "disclosures": _items(
                {"kind": {"type": "string", "enum": list(DISCLOSURE_KINDS)}, "quote": string}
            ),
            "off_topic": {"type": "boolean"},
            "addressed_to_grader": {"type": "boolean"},
        },
    }
    return {
        "type": "json_schema",
        "json_schema": {"name": "agent_line", "schema": schema, "strict": True},
    }


def build_messages(text: str, context: Context) -> list[dict]:
    kinds = "\n".join(f"- {k.value}: {k.label}" for k in CueKind)
    lines = [
        "You read one line a contact-centre agent said to a customer and report what it "
        "does. Quote the agent's exact words for every item (copied character for "
        "character); report only what the line really does. A question about identity "
        "details is verification; an opening like 'how can I help?' is not a clarifying "
        "question; an instruction is not a question; an offer the agent says is not "
        "available is not an offer; a hedged estimate is not a commitment.",
        f"Cue kinds:\n{kinds}",
    ]
    scenario = context.scenario
    if scenario is not None:
        facts = "\n".join(f"- {f.key}: {f.label}" for f in scenario.hidden_facts)
        resolutions = "\n".join(
            f"- {r.key}: {r.label} ({'allowed' if r.allowed else 'forbidden'})"
            for r in scenario.resolutions
        )
        lines.append(f"Facts the agent may ask the customer for:\n{facts}")
        lines.append(f"Resolutions the agent may offer:\n{resolutions}")
    system = "\n\n".join(lines)
    user = json.dumps(
        {"customer_said": context.customer_said, "agent_line": text}, ensure_ascii=False
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where an exact (case-insensitive) quote sits in the line; None when it does not."""
    quote = (quote or "").strip()
    if not quote:
        return None
    at = text.find(quote)
    if at == -1:
        at = text.lower().find(quote.lower())
    return (at, at + len(quote)) if at != -1 else None


def parse_reading(content: str, text: str, context: Context) -> Understanding:
    """The model's reply as an Understanding; entries with invented quotes are dropped."""
    try:
        data = json.loads(content or "")
    except json.JSONDecodeError as exc:
        raise BadReading(f"not JSON: {exc.msg}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("cues", []), list):
        raise BadReading("not a reading object")
    scenario = context.scenario
    facts = {f.key: f for f in scenario.hidden_facts} if scenario else {}
    resolutions = {r.key: r for r in scenario.resolutions} if scenario else {}
    cues, found_resolutions, commitments, disclosures = [], [], [], []
    for item in _list(data, "cues"):
        span = _locate(text, item.get("quote", ""))
        if span and item.get("kind") in CueKind._value2member_map_:
            cues.append(Cue(CueKind(item["kind"]), text[span[0] : span[1]], *span))
    for item in _list(data, "resolutions"):
        span = _locate(text, item.get("quote", ""))
        if span and item.get("key") in resolutions:
            found_resolutions.append(
                OfferedResolution(resolutions[item["key"]], text[span[0] : span[1]], *span)
            )
    for item in _list(data, "commitments"):
        span = _locate(text, item.get("quote", ""))
        if span and item.get("kind") in COMMITMENT_KINDS:
            value = str(item.get("value", ""))[:40]
            commitments.append(Commitment(item["kind"], value, text[span[0] : span[1]], *span))
    for item in _list(data, "disclosures"):
        span = _locate(text, item.get("quote", ""))
        if span and item.get("kind") in DISCLOSURE_KINDS:
            disclosures.append(Disclosure(item["kind"], text[span[0] : span[1]], *span))
    known = context.known
    asked = [facts[k] for k in data.get("facts", []) if isinstance(k, str) and k in facts]
    return Understanding(
        text=text,
        language=str(data.get("language") or context.call_language)[:10],
        call_language=context.call_language,
        cues=tuple(cues),
        acts=tuple(a for a in ACTS if a in set(data.get("acts") or ())),
        facts=tuple(f for f in asked if f.key not in known),
        asked_again=tuple(f for f in asked if f.key in known),
        resolutions=tuple(found_resolutions),
        commitments=tuple(commitments),
        disclosures=tuple(disclosures),
        off_topic=bool(data.get("off_topic")),
        addressed_to_grader=bool(data.get("addressed_to_grader")),
        backend="llm",
    )


def _list(data: dict, key: str) -> list[dict]:
    value = data.get(key) or []
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def merge(rules: Understanding, model: Understanding) -> Understanding:
    """The model's reading, with the rules as the floor for everything critical."""
    model_kinds = {c.kind for c in model.cues}
    cues = list(model.cues)
    for cue in rules.cues:
        if cue.kind in CRITICAL_KINDS or cue.kind not in model_kinds and _overlaps(cue, model.cues):
            if not any(
                c.kind == cue.kind and c.start < cue.end and cue.start < c.end for c in cues
            ):
                cues.append(cue)
    resolutions = list(model.resolutions)
    for offer in rules.resolutions:
        if not offer.allowed and offer.key not in {r.key for r in resolutions}:
            resolutions.append(offer)
    commitments = list(model.commitments)
    for c in rules.commitments:
        if (c.kind, c.value) not in {(m.kind, m.value) for m in commitments}:
            commitments.append(c)
    # A fact is earned by asking for it: the model's facts count only on a line the rules read
    # as a question or an instruction ("Let me check what happened" asks for nothing, whatever
    # a weak model says), and the facts the rules found always stand.
    asks = bool({"question", "instruction"} & set(rules.acts))
    added = _new_facts(model.facts if asks else (), rules.facts)
    again = (*rules.asked_again, *_new_facts(model.asked_again if asks else (), rules.asked_again))
    whole_line = Span(rules.text, 0, len(rules.text))  # the model names no words for its ask
    fact_quotes = (*rules.fact_quotes, *(whole_line for _ in added))
    disclosures = list(model.disclosures)
    for d in rules.disclosures:
        if d.kind not in {m.kind for m in disclosures}:
            disclosures.append(d)
    return replace(
        model,
        language=rules.language,
        cues=tuple(sorted(cues, key=lambda c: (c.start, c.end))),
        acts=tuple(a for a in ACTS if a in {*model.acts, *rules.acts})
        if not model.acts
        else model.acts,
        facts=(*rules.facts, *added),
        asked_again=again,
        resolutions=tuple(sorted(resolutions, key=lambda r: r.start)),
        commitments=tuple(sorted(commitments, key=lambda c: c.start)),
        disclosures=tuple(sorted(disclosures, key=lambda d: d.start)),
        addressed_to_grader=model.addressed_to_grader or rules.addressed_to_grader,
        fact_quotes=fact_quotes,
        grader_spans=rules.grader_spans,
        backend="rules+llm",
    )


def _new_facts(facts, known) -> tuple:
    """The facts not already among ``known`` (by key)."""
    keys = {f.key for f in known}
    return tuple(f for f in facts if f.key not in keys)


def _overlaps(cue: Cue, others) -> bool:
    """A rules cue the model left alone: no model cue of any kind claims its words."""
    return not any(o.start < cue.end and cue.start < o.end for o in others)


def ask_model(text: str, context: Context, *, timeout: float) -> str:
    from lms.llm import structured_completion

    response = structured_completion(
        model=settings.OPENAI_UNDERSTANDING_MODEL,
        messages=build_messages(text, context),
        response_format=response_schema(context),
        temperature=0,
        max_tokens=MAX_TOKENS,
        timeout=timeout,
        max_retries=0,  # LLM_UNDERSTANDING_DEADLINE is the budget for the whole reading
    )
    choices = getattr(response, "choices", None)
    return (getattr(choices[0].message, "content", None) if choices else None) or ""


def read_line(text: str, context: Context) -> Understanding:
    """The line's reading for the conversation: rules, and the LLM's within its budget."""
    rules = understand_rules(text, context)
    if settings.UNDERSTANDING_BACKEND != "llm" or not text.strip():
        return rules
    from lms.llm import CircuitBreaker

    breaker = CircuitBreaker("understanding")
    if breaker.is_open():
        return replace(rules, fallback="llm_paused")
    try:
        content = ask_model(text, context, timeout=settings.LLM_UNDERSTANDING_DEADLINE)
        model = parse_reading(content, text, context)
    except BadReading as exc:
        logger.warning("LLM understanding unusable, rules kept: %s", exc)
        return replace(rules, fallback="llm_malformed")
    except Exception as exc:  # noqa: BLE001 - any transport or API failure: the rules stand
        breaker.record_failure()
        logger.warning("LLM understanding failed, rules kept: %s", exc)
        # A body that is not JSON at all is reported as malformed (it still counts as a failure).
        unreadable = isinstance(exc, ValueError | openai.APIResponseValidationError)
        return replace(rules, fallback="llm_malformed" if unreadable else "llm_unavailable")
    breaker.record_success()
    return merge(rules, model)
