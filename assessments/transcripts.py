"""Checking an external transcript (the command and the API share the limits and messages)."""

from __future__ import annotations

MAX_LINES = 400
MAX_LINE_CHARS = 4000
MAX_TOTAL_CHARS = 200_000
SPEAKERS = ("agent", "customer")


class TranscriptError(ValueError):
    pass


def transcript_clean(raw) -> list[dict]:
    """[{"speaker", "text"}] checked and stripped; TranscriptError says what is wrong."""
    if isinstance(raw, dict) and "transcript" in raw:
        raw = raw["transcript"]
    if not isinstance(raw, list):
        raise TranscriptError('The transcript must be a list of {"speaker", "text"} lines.')
    if not raw:
        raise TranscriptError("The transcript is empty.")
    if len(raw) > MAX_LINES:
        raise TranscriptError(f"The transcript has {len(raw)} lines; the limit is {MAX_LINES}.")
    lines = []
    for number, line in enumerate(raw, 1):
        if not isinstance(line, dict):
            raise TranscriptError(f'Line {number} must be an object with "speaker" and "text".')
        speaker = str(line.get("speaker", "")).strip().lower()
        if speaker not in SPEAKERS:
            raise TranscriptError(
                f"Line {number}: speaker must be 'agent' or 'customer', "
                f"not {line.get('speaker')!r}."
            )
        text = line.get("text")
        if not isinstance(text, str) or not text.strip():
            raise TranscriptError(f"Line {number} has no text.")
        if len(text) > MAX_LINE_CHARS:
            raise TranscriptError(
                f"Line {number} is {len(text)} characters; the limit is {MAX_LINE_CHARS}."
            )
        lines.append({"speaker": speaker, "text": text.strip()})
    if sum(len(line["text"]) for line in lines) > MAX_TOTAL_CHARS:
        raise TranscriptError(f"The transcript is over {MAX_TOTAL_CHARS} characters.")
    if not any(line["speaker"] == "agent" for line in lines):
        raise TranscriptError("The transcript has no agent lines to grade.")
    return lines
