"""The grader against human labels: per-criterion kappa, critical failures, pass/fail, speed.

`make bench grading` grades every labelled transcript in corpora/grading/ (see its README
and GUIDE.md) with the offline grader, as the grade-transcript API does: a demo scenario's
transcript with that scenario's rubric and policy, any other with the default QA scorecard
and no scenario. Per part (dev, then held-out) it prints, for each of the scorecard's
criteria (``scorecard.toml``: the labels hold the same keys), Cohen's kappa between the
grader and the labels over met / not met / not applicable, the critical failures the
labels hold and how many the grader caught, and pass/fail agreement; then throughput.
BENCH_PART=dev or heldout runs one part; BENCH_VERBOSE=1 lists every disagreement (do that
on dev only: held-out is never tuned on).
Pure: no database, no network.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

NEEDS_DATABASE = False
CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "grading"
PARTS = ("dev", "heldout")
CRITICAL = ("not_rude", "no_forbidden_promise", "privacy")
LABELS = {"met": 0, "not_met": 1, "na": 2}


def transcripts(part: str, corpus: Path = CORPUS) -> list[dict]:
    """Every labelled item of one part of a corpus (``corpora/grading`` by default)."""
    found = []
    for path in sorted((corpus / part).glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            item["file"] = path.name
            found.append(item)
    return found


def grading_data(item: dict):
    from assessments.graders.base import GradingData
    from assessments.graders.reading import blank_scenario
    from assessments.rubric_defaults import DEFAULT_RUBRIC
    from packs.demo import rubric_data, scenario_data
    from simulations.engines.base import Speaker, TranscriptLine

    slug = item.get("scenario")
    return GradingData(
        scenario=scenario_data(slug) if slug else blank_scenario(item.get("language", "en")),
        rubric=rubric_data(slug) if slug else DEFAULT_RUBRIC,
        transcript=tuple(
            TranscriptLine(Speaker(line["speaker"]), line["text"]) for line in item["transcript"]
        ),
    )


def verdict(result, key: str) -> str:
    """The grader's reading of one criterion in the labels' terms."""
    c = next((c for c in result.criteria if c.key == key), None)
    if c is None or not c.applicable:
        return "na"
    return "met" if c.score >= c.max else "not_met"


def run() -> list[str]:
    from assessments.agreement import cohen_kappa
    from assessments.graders.offline import OfflineGrader
    from assessments.rubric_defaults import DEFAULT_RUBRIC

    keys = [c.key for c in DEFAULT_RUBRIC.criteria]  # the scorecard's: what the labels hold
    grader = OfflineGrader()
    parts = [os.environ["BENCH_PART"]] if os.environ.get("BENCH_PART") else list(PARTS)
    verbose = bool(os.environ.get("BENCH_VERBOSE"))
    out: list[str] = []
    for part in parts:
        items = transcripts(part)
        if not items:
            continue
        graded = [(item, grader.grade(grading_data(item))) for item in items]
        out.append(f"-- {part}: {len(items)} labelled transcripts")
        out.append(f"{'criterion':<22}{'kappa':>7}{'agree':>8}{'labels m/n/na':>16}")
        worst = 1.0
        for key in keys:
            human = [item["labels"][key] for item, _r in graded]
            machine = [verdict(r, key) for _i, r in graded]
            kappa = cohen_kappa([LABELS[h] for h in human], [LABELS[m] for m in machine])
            agree = sum(h == m for h, m in zip(human, machine, strict=True))
            counts = "/".join(str(human.count(v)) for v in LABELS)
            shown = f"{kappa:.2f}" if kappa is not None else "-"
            worst = min(worst, kappa if kappa is not None else agree / len(human))
            out.append(f"{key:<22}{shown:>7}{agree:>5}/{len(human):<3}{counts:>15}")
            if verbose:
                for (item, r), h, m in zip(graded, human, machine, strict=True):
                    if h != m:
                        c = next((c for c in r.criteria if c.key == key), None)
                        why = f" ({c.note})" if c and c.note else ""
                        out.append(f"    {item['id']}: label {h}, grader {m}{why}")
        failures = [
            (r, k) for item, r in graded for k in CRITICAL if item["labels"][k] == "not_met"
        ]
        caught = sum(verdict(r, k) == "not_met" for r, k in failures)
        false_alarms = sum(
            1
            for item, r in graded
            for k in CRITICAL
            if item["labels"][k] != "not_met" and verdict(r, k) == "not_met"
        )
        passed = sum(item["passed"] == r.passed for item, r in graded)
        out.append(
            f"critical failures caught {caught}/{len(failures)} (false alarms {false_alarms}); "
            f"pass/fail agreement {passed}/{len(graded)}; lowest kappa {worst:.2f}"
        )
        if verbose:
            for item, r in graded:
                if item["passed"] != r.passed:
                    out.append(f"    {item['id']}: label passed={item['passed']}, grader {r.score}")
    out.append(_throughput())
    return out


def _throughput() -> str:
    """Transcripts graded per second: in one process, and in one per core (as the grading
    queue's workers run), each grading every labelled transcript for about three seconds."""
    cases = [grading_data(item) for part in PARTS for item in transcripts(part)]
    if not cases:
        return "no labelled transcripts"
    graded, elapsed = _grade_for(3.0, cases)
    cores = os.cpu_count() or 1
    line = (
        f"offline grader: {graded / elapsed:.0f} transcripts/s in one process "
        f"({1000 * elapsed / graded:.1f} ms each, {len(cases)} labelled transcripts)"
    )
    if cores > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(cores) as pool:
            started = time.perf_counter()
            counts = pool.starmap(_grade_for, [(3.0, cases)] * cores)
            wall = time.perf_counter() - started
        line += f"; {sum(n for n, _s in counts) / wall:.0f} transcripts/s in {cores} processes"
    return line


def _grade_for(seconds: float, cases) -> tuple[int, float]:
    from assessments.graders.offline import OfflineGrader

    grader = OfflineGrader()
    graded, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for data in cases:
            grader.grade(data)
        graded += len(cases)
    return graded, time.perf_counter() - started
