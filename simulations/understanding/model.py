"""A small statistical second opinion on the rules' cues, trained on the corpus.

One logistic regression per cue kind over the line's words and word pairs (Han character
pairs in Chinese) and what the rules found. It learns how contact-centre QA reads a line
where phrase tables cannot: it vetoes a rules cue it is confident is wrong ("I see the
phone number we have is…" is not acknowledgement) and adds a kind the rules missed, quoting
the sentence that carries it. The rules stay the floor for the critical kinds.

Deterministic, no download: the weights are data (``model.json``), written by
``corpora/understanding/train.py`` from the development part of the corpus only.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from pathlib import Path

from .kinds import Cue, CueKind

HERE = Path(__file__).resolve().parent
MODEL_PATH = HERE / "model.json"
# What the model was trained from: if one of these changes, retrain (make train-understanding).
TRAINED_FROM = (
    "simulations/understanding/rules.py",
    "simulations/understanding/scope.py",
    "simulations/understanding/scenario.py",
    "simulations/understanding/text.py",
    "simulations/understanding/tables.py",
    "simulations/understanding/model.py",
    "simulations/understanding/families.toml",
    "simulations/understanding/tables/*.toml",
    "corpora/understanding/dev/*.jsonl",  # en.jsonl, en.b.jsonl...
)
# The model may add these kinds but never take them away from the rules.
FLOOR_KINDS = frozenset(
    {CueKind.FORBIDDEN_PROMISE, CueKind.PROMPT_INJECTION, CueKind.BLAME, CueKind.RUDE}
)
# Kinds that only the scenario, the line's shape or the tables decide (rudeness: the
# corpus labels it as dismissive or blame, so the tables alone say what is rude; the
# outbound and social kinds have no labelled corpus of their own yet).
NOT_MODELLED = frozenset(
    {
        CueKind.CUSTOMER_NAME,
        CueKind.RUDE,
        CueKind.CONSENT,
        CueKind.TERMS,
        CueKind.EASY_DECLINE,
        CueKind.PRESSURE,
        CueKind.PRIVATE_CHANNEL,
    }
)
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+|[?!%$£€]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def fingerprint() -> str:
    """A digest of everything the model was trained from (see TRAINED_FROM)."""
    root = HERE.parents[1]
    digest = hashlib.sha256()
    for pattern in TRAINED_FROM:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def features(norm: str, rule_kinds, acts) -> set[str]:
    """The features of one folded line (or sentence): shared by training and reading."""
    found = {f"r:{k}" for k in rule_kinds} | {f"a:{a}" for a in acts}
    tokens = _TOKEN.findall(norm)
    found.update(f"w:{t}" for t in tokens)
    found.update(f"b:{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False))
    han = "".join(_HAN.findall(norm))
    found.update(f"c:{han[i : i + 2]}" for i in range(len(han) - 1))
    return found


@functools.cache
def _model() -> dict | None:
    if not MODEL_PATH.exists():
        return None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    kinds = [CueKind(k) for k in data["kinds"]]
    weights = {f: [(kinds[i], w) for i, w in pairs] for f, pairs in data["weights"].items()}
    return {
        "kinds": kinds,
        "bias": {CueKind(k): b for k, b in data["bias"].items()},
        "weights": weights,
        "veto": data["thresholds"]["veto"],
        "add": data["thresholds"]["add"],
    }


def probabilities(found: set[str]) -> dict[CueKind, float]:
    model = _model()
    if model is None:
        return {}
    scores = dict(model["bias"])
    weights = model["weights"]
    for feature in found:
        for kind, weight in weights.get(feature, ()):
            scores[kind] += weight
    return {k: 1 / (1 + math.exp(-max(-30.0, min(30.0, s)))) for k, s in scores.items()}


def reconsider(cues: list[Cue], n, sentence_spans, acts) -> list[Cue]:
    """The rules' cues with the model's vetoes and additions (quotes stay exact)."""
    model = _model()
    if model is None:
        return cues
    rule_kinds = {c.kind for c in cues}
    line = probabilities(features(n.text, {k.value for k in rule_kinds}, acts))
    kept = [
        c
        for c in cues
        if c.kind in FLOOR_KINDS
        or c.kind in NOT_MODELLED
        or c.kind not in line
        or line[c.kind] > model["veto"]
    ]
    present = {c.kind for c in kept}
    for kind, p in line.items():
        if kind in present or kind in NOT_MODELLED or p <= model["add"]:
            continue
        best = _best_sentence(kind, n, sentence_spans, rule_kinds, acts)
        if best is not None:
            quote, start, end = n.quote(*best)
            if quote:
                kept.append(Cue(kind, quote, start, end))
    return kept


def _best_sentence(kind, n, spans, rule_kinds, acts):
    if len(spans) == 1:
        return spans[0]
    scored = []
    for start, end in spans:
        p = probabilities(features(n.text[start:end], {k.value for k in rule_kinds}, acts))
        scored.append((p.get(kind, 0.0), start, end))
    return max(scored)[1:] if scored else None
