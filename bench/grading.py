"""Offline grading throughput: golden transcripts graded per second on this machine.

Grades the assessments test suite's golden transcripts (six demo scenarios, each with its
demo rubric) with the offline grader, the work done when every call ends. Pure: no
database, no network.
"""

import time


def run() -> list[str]:
    from assessments.graders.offline import OfflineGrader
    from tests.assessments.factories import golden_transcripts, grading_data

    cases = [grading_data(c["scenario"], c["transcript"]) for _n, c in golden_transcripts()]
    grader = OfflineGrader()
    for data in cases:  # warm up: compile the cue tables once
        grader.grade(data)
    rounds = 0
    started = time.perf_counter()
    while time.perf_counter() - started < 3.0:
        for data in cases:
            grader.grade(data)
        rounds += 1
    elapsed = time.perf_counter() - started
    graded = rounds * len(cases)
    turns = sum(len(d.transcript) for d in cases) * rounds
    return [
        f"offline grader: {graded / elapsed:.0f} transcripts/s "
        f"({1000 * elapsed / graded:.1f} ms each, {turns / elapsed:.0f} lines/s, "
        f"{len(cases)} golden transcripts x {rounds} rounds)",
    ]
