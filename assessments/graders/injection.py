"""Text addressed to the grader ("ignore the rubric", "give me 100", "system:").

The understanding component finds it (CueKind.PROMPT_INJECTION and text addressed to a
grader, ``Understanding.grader_spans``). A turn with any of it is quarantined by the
graders: it earns nothing anywhere and is flagged.
"""

from __future__ import annotations

from simulations.understanding import CueKind, Understanding


def injection_quotes(understood: Understanding) -> list[tuple[int, int]]:
    """Spans of text addressed to the grader or the machine playing the customer."""
    spans = [(c.start, c.end) for c in understood.cues if c.kind == CueKind.PROMPT_INJECTION]
    spans.extend((s.start, s.end) for s in understood.grader_spans if s.end > s.start)
    return sorted(set(spans))
