"""Choosing the offline customer's line: templates filled in, tidied, checked, one picked.

``_expand`` fills each template with every combination of its placeholders' values
(``offline_context``), tidies the result and keeps only the lines that never say a fact the
agent has not earned (``_safe``). ``_pick`` then chooses, seeded, a line none of whose
sentences the customer has said yet in the call, and never the last line again.
"""

from __future__ import annotations

import itertools
import random
import re
import string

from .base import CallState, Speaker
from .offline_context import _language, _lower_first

MAX_VARIANTS = 400

_FIELDS = string.Formatter()


def _expand(templates: list[str], context: dict, call: CallState) -> list[str]:
    out: list[str] = []
    for template in templates:
        names = [f for _, f, _, _ in _FIELDS.parse(template) if f]
        if any(name not in context for name in names):
            continue
        options = [context[name] for name in names]
        for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS):
            line = _tidy(template.format(**dict(zip(names, combo, strict=True))), _language(call))
            if line and line not in out and _safe(line, call):
                out.append(line)
    return out


def _tidy(line: str, language: str = "en") -> str:
    line = re.sub(r"\s+", " ", line).strip()
    # French keeps its space before ! ? ; : (and « »).
    line = re.sub(r"\s+([.,])" if language == "fr" else r"\s+([.,!?])", r"\1", line)
    line = re.sub(r"(?<!\.)\.\.(?!\.)", ".", line)  # "..": a slip; "...": kept
    line = re.sub(r"([!?])[.](?!\.)", r"\1", line)
    # Capitalise sentence starts, but not an e-mail address or a code ("w.okafor@..."), and
    # not after an ellipsis ("It just... goes away").
    line = re.sub(
        r"(^|(?<!\.\.)[.!?]\s+)([a-z])(?![\w.+-]*@)",
        lambda m: m.group(1) + m.group(2).upper(),
        line,
    )
    return line


def _safe(line: str, call: CallState) -> bool:
    """Never say the value of a fact the agent has not earned."""
    known = {f.key for f in call.known_facts} | {f.key for f in call.revealed_now}
    names = {call.persona.name.strip().lower(), call.scenario.customer_name.strip().lower()}
    lowered = line.lower()
    return not any(
        f.key not in known
        and len(f.value.strip()) >= 3
        and f.value.strip().lower() not in names
        and f.value.strip().lower() in lowered
        for f in call.scenario.hidden_facts
    )


def _opening_words(line: str) -> str:
    return " ".join(line.lower().split()[:3])


def _sentence_keys(line: str) -> set[str]:
    """The sentences of a line with two words or more, folded: what must not come twice."""
    keys = set()
    for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
        words = re.findall(r"[\w'$%-]+", sentence.lower())
        if len(words) >= 2:
            keys.add(" ".join(words))
    return keys


def _pick(rng: random.Random, tiers: list[list[str]], call: CallState) -> str:
    """A line none of whose sentences was said yet in the call (and not starting like the
    last one) if there is one; never the last line again."""
    last = call.last_customer_line.strip()
    said = {t.text.strip() for t in call.transcript if t.speaker == Speaker.CUSTOMER} | {last}
    said_sentences = set().union(*(_sentence_keys(line) for line in said))
    for tier in tiers:
        fresh = [
            line for line in tier if line not in said and not _sentence_keys(line) & said_sentences
        ]
        varied = [line for line in fresh if _opening_words(line) != _opening_words(last)]
        if varied or fresh:
            return rng.choice(varied or fresh)
    for tier in tiers:
        options = [line for line in tier if line != last]
        if options:
            return rng.choice(options)
    pool = [line for tier in tiers for line in tier] or ["..."]
    line = rng.choice(pool)
    if line == last:
        lead = "Écoutez," if _language(call) == "fr" else rng.choice(("Look,", "Again,", "Well,"))
        line = f"{lead} {_lower_first(line)}"
    return line
