"""Understanding: precision and recall per kind and language on the held-out corpus.

`make bench understanding` reads corpora/understanding/heldout/ (written by people who
never saw the rules; the rules were never tuned on it) and prints, per language, each cue
kind's precision, recall and support (lines with the kind, by the labels), then acts,
commitments, disclosures, facts and resolutions, and the rules backend's time per line
(on a second pass: tables and scenario phrases compile once per process, on first use).
Scoring is per line: a kind is found when the line has it at least once. BENCH_PART=dev
scores the development part instead.
"""

from __future__ import annotations

import functools
import json
import os
import time
from collections import Counter
from pathlib import Path

NEEDS_DATABASE = False
ROOT = Path(__file__).resolve().parent.parent / "corpora" / "understanding"
LANGUAGES = ("en", "fr", "zh-hans", "id", "bg")
TARGET_PRECISION, TARGET_RECALL = 0.90, 0.85


def rows(part: str, language: str) -> list[dict]:
    """Every line of one part in one language: ``<lang>.jsonl`` and any ``<lang>.*.jsonl``."""
    folder = ROOT / part
    paths = [folder / f"{language}.jsonl", *sorted(folder.glob(f"{language}.*.jsonl"))]
    return [
        json.loads(line)
        for path in paths
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@functools.cache
def _scenario(slug: str):
    from packs.demo import scenario_data

    return scenario_data(slug)  # a call builds its scenario once, not once per line


def context_for(row: dict, language: str):
    from simulations.understanding import Context

    scenario = _scenario(row["scenario"]) if row.get("scenario") else None
    return Context(
        scenario=scenario, customer_said=row.get("customer_said") or "", language=language
    )


def labels(row: dict) -> dict[str, set[str]]:
    """What one line has, by group: the corpus's labels or the component's reading."""
    return {
        "cue": {c["kind"] for c in row["cues"]},
        "act": set(row["acts"]),
        "commitment": {c["kind"] for c in row["commitments"]},
        "disclosure": {d["kind"] for d in row["disclosures"]},
        "fact": set(row["facts"]),
        "resolution": {r["key"] for r in row["resolutions"]},
        "flag": {k for k in ("off_topic", "addressed_to_grader") if row.get(k)},
    }


def predicted(row: dict, language: str) -> dict[str, set[str]]:
    from simulations.understanding import understand

    result = understand(row["text"], context_for(row, language)).to_dict()
    return labels(result)


def score(part: str, language: str):
    """(counts per (group, label): [tp, fp, fn], seconds per line, mistakes)."""
    counts: dict[tuple[str, str], list[int]] = {}
    mistakes = []
    data = rows(part, language)
    # Tables and each scenario's phrases are compiled once per process, on first use: a
    # first pass warms them, the second is timed (what every later line costs).
    readings = [predicted(row, language) for row in data]
    started = time.perf_counter()
    for row in data:
        predicted(row, language)
    per_line = (time.perf_counter() - started) / max(1, len(data))
    for row, got in zip(data, readings, strict=True):
        want = labels(row)
        for group in want:
            for label in want[group] | got[group]:
                c = counts.setdefault((group, label), [0, 0, 0])
                if label in want[group] and label in got[group]:
                    c[0] += 1
                elif label in got[group]:
                    c[1] += 1
                    mistakes.append(("fp", group, label, row))
                else:
                    c[2] += 1
                    mistakes.append(("fn", group, label, row))
    return counts, per_line, mistakes


def _pr(c) -> tuple[float, float]:
    tp, fp, fn = c
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def run() -> list[str]:
    from simulations.understanding import CueKind

    part = os.environ.get("BENCH_PART", "heldout")
    out = [f"part: {part}; target precision >= {TARGET_PRECISION}, recall >= {TARGET_RECALL}"]
    totals = Counter()
    for language in LANGUAGES:
        counts, per_line, _ = score(part, language)
        n = len(rows(part, language))
        out.append(f"-- {language}: {n} lines, rules {per_line * 1000:.3f} ms per line")
        for group in ("cue", "act", "commitment", "disclosure", "fact", "resolution", "flag"):
            keys = sorted(k for g, k in counts if g == group)
            if group == "cue":
                # Rudeness is labelled in the grading corpus (not_rude), not in this one.
                keys = [
                    k.value for k in CueKind if ("cue", k.value) in counts and k != CueKind.RUDE
                ]
            for key in keys:
                c = counts[(group, key)]
                p, r = _pr(c)
                support = c[0] + c[2]
                met = p >= TARGET_PRECISION and r >= TARGET_RECALL
                if group == "cue":
                    totals["cells"] += 1
                    totals["met"] += met
                out.append(
                    f"   {group:<10} {key:<24} P {p:.2f}  R {r:.2f}  n {support:>3}"
                    f"{'' if met else '  below target'}"
                )
    out.append(
        f"cue kinds meeting both targets: {totals['met']} of {totals['cells']} (kind x language)"
    )
    return out
