"""The email, social and outbound rubrics against human labels (corpora/channels/).

`make bench channels` grades every labelled contact with its scenario's rubric (the demo
pack's), as a finished practice contact is graded (subjects, public replies, handle and
hold time included), and prints per part (dev, then held-out) how often the grader agrees
with the labels on each criterion, the labelled critical failures it caught and the
pass/fail agreement. BENCH_VERBOSE=1 lists every disagreement (on dev only: held-out is
never tuned on). tests/assessments/test_channel_rubrics.py holds the same numbers to
their targets. Pure: no database, no network.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .grading import transcripts, verdict

NEEDS_DATABASE = False
CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "channels"
PARTS = ("dev", "heldout")


def contacts(part: str) -> list[dict]:
    return transcripts(part, CORPUS)


def grading_data(item: dict):
    from assessments.graders.base import GradingData
    from packs.demo import rubric_data, scenario_data
    from simulations.engines.base import Speaker, TranscriptLine

    slug = item["scenario"]
    return GradingData(
        scenario=scenario_data(slug),
        rubric=rubric_data(slug),
        transcript=tuple(
            TranscriptLine(
                Speaker(line["speaker"]),
                line["text"],
                subject=line.get("subject") or "",
                public=bool(line.get("public")),
            )
            for line in item["transcript"]
        ),
        handle_seconds=item.get("handle_seconds"),
        hold_seconds=item.get("hold_seconds"),
    )


@dataclass
class Agreement:
    contacts: int = 0
    labels: int = 0
    agreed: int = 0
    criticals: int = 0  # labelled critical failures
    caught: int = 0  # of which the grader failed too
    false_alarms: int = 0  # critical criteria the grader failed and the labels did not
    verdicts: int = 0  # pass/fail the same as the label
    disagreements: list[str] = field(default_factory=list)


def agreement(part: str) -> Agreement:
    from assessments.graders.offline import OfflineGrader

    grader = OfflineGrader()
    out = Agreement()
    for item in contacts(part):
        data = grading_data(item)
        result = grader.grade(data)
        critical = {c.key for c in data.rubric.criteria if c.critical}
        out.contacts += 1
        out.verdicts += item["passed"] == result.passed
        if item["passed"] != result.passed:
            out.disagreements.append(
                f"{item['id']}: label passed={item['passed']}, grader {result.score}"
                f"{' critical' if result.critical_fail else ''}"
            )
        for key, label in item["labels"].items():
            machine = verdict(result, key)
            out.labels += 1
            out.agreed += label == machine
            if label != machine:
                c = next((c for c in result.criteria if c.key == key), None)
                note = f" ({c.note})" if c and c.note else ""
                out.disagreements.append(
                    f"{item['id']} {key}: label {label}, grader {machine}{note}"
                )
            if key in critical:
                out.criticals += label == "not_met"
                out.caught += label == "not_met" and machine == "not_met"
                out.false_alarms += label != "not_met" and machine == "not_met"
    return out


def run() -> list[str]:
    parts = [os.environ["BENCH_PART"]] if os.environ.get("BENCH_PART") else list(PARTS)
    verbose = bool(os.environ.get("BENCH_VERBOSE"))
    out: list[str] = []
    for part in parts:
        a = agreement(part)
        if not a.contacts:
            continue
        out.append(
            f"-- {part}: {a.contacts} contacts; criteria agree {a.agreed}/{a.labels} "
            f"({a.agreed / a.labels:.0%}); critical failures caught {a.caught}/{a.criticals} "
            f"(false alarms {a.false_alarms}); pass/fail agreement {a.verdicts}/{a.contacts}"
        )
        if verbose:
            out.extend(f"    {line}" for line in a.disagreements)
    return out
