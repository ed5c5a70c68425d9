"""The customer: scripted calls by eight agent styles, their endings and coherence checks.

`make bench customer` plays every call in corpora/calls/ (dev, then held-out; see its
README) against the offline customer through the conversation logic the call screen uses,
and prints, per part, style and scenario: expected endings met, turns that failed a
coherence check (bench/_calls.py: "not asked" when asked, a fact given twice as if new, the
meter rising on a refusal or confusion, a repeated sentence, internal wording spoken), and
the time per turn (the agent's line understood, the customer's decision and its wording).
Every failing call is listed with its first problems. BENCH_PART=dev or heldout plays one.
"""

from __future__ import annotations

import os
from collections import defaultdict

from ._calls import PARTS, STYLES, play, scripts
from ._stats import percentile

NEEDS_DATABASE = False


def run() -> list[str]:
    parts = [os.environ["BENCH_PART"]] if os.environ.get("BENCH_PART") else list(PARTS)
    out: list[str] = []
    for part in parts:
        played = [play(script) for script in scripts(part)]
        if not played:
            continue
        out.append(f"-- {part}: {len(played)} calls")
        by: dict[tuple[str, str], list] = defaultdict(list)
        for p in played:
            by[(p.script.style, p.script.scenario)].append(p)
        out.append(f"{'style':<16}{'scenario':<30}{'endings met':>12}{'checks failed':>15}")
        for style in STYLES:
            for (s, scenario), calls in sorted(by.items()):
                if s != style:
                    continue
                met = sum(p.ending_met for p in calls)
                failed = sum(len(p.problems) for p in calls)
                out.append(f"{style:<16}{scenario:<30}{met:>6}/{len(calls):<5}{failed:>15}")
        times = [t.seconds * 1000 for p in played for t in p.turns]
        met = sum(p.ending_met for p in played)
        failed_turns = sum(len(p.problems) for p in played)
        out.append(
            f"all: endings met {met}/{len(played)}, coherence checks failed {failed_turns} "
            f"in {len(times)} turns; time per turn p50 {percentile(times, 50):.1f} ms, "
            f"p95 {percentile(times, 95):.1f} ms"
        )
        for p in played:
            if p.ending_met and not p.problems:
                continue
            ending = "" if p.ending_met else f" ended {p.ending}, expected {p.script.expect};"
            first = "; ".join(p.problems[:3])
            out.append(f"  ✗ {p.script.scenario}/{p.script.name}:{ending} {first}".rstrip(";"))
    return out
