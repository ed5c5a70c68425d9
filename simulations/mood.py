"""The mood model: how the customer's mood (0 furious .. 100 content) moves with the agent's words.

One visible table of base weights per cue kind (``BASE_WEIGHTS``), scaled by the persona's
triggers (``calmed_by`` / ``inflamed_by``, strength 1..10) and temperament
(``TEMPERAMENT_FACTORS``), with diminishing returns for repeats (``REPEAT_FACTORS``).
Shared by both customer engines, so the mood meter means the same whichever engine speaks.
Pure: no Django models, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext, gettext_lazy, gettext_noop

from simulations.engines.base import PersonaData
from simulations.understanding.kinds import USEFUL_KINDS, Cue, CueKind

MOOD_MIN = 0
MOOD_MAX = 100
MAX_GAIN = 18  # no single turn lifts the mood further than this
MAX_LOSS = 20  # ... or drops it further than this (one "calm down" rarely ends a call alone)

# Pseudo cues: things that are not phrases in the agent's line.
SILENCE = "silence"  # an empty turn
VAGUE = "vague"  # a turn with nothing useful in it
LONG_HOLD = "long_hold"  # per 30 seconds on hold past the first 30
ASKED_AGAIN = "asked_again"  # asked for something the customer already gave (not listening)
# The pseudo cues a trainer may pick as a persona trigger (after the cue kinds), in words.
TRIGGER_PSEUDO_CUES: dict[str, object] = {
    SILENCE: gettext_lazy("Silence or an empty reply"),
    VAGUE: gettext_lazy("A vague reply"),
    LONG_HOLD: gettext_lazy("A long time on hold"),
}

BASE_WEIGHTS: dict[str, float] = {
    CueKind.GREETING: 2,
    CueKind.CUSTOMER_NAME: 4,
    CueKind.ACKNOWLEDGEMENT: 5,
    CueKind.EMPATHY: 8,
    CueKind.APOLOGY: 6,
    CueKind.CLARIFYING_QUESTION: 2,
    CueKind.VERIFICATION: 1,
    CueKind.OWNERSHIP: 7,
    CueKind.NEXT_STEPS: 6,
    CueKind.ALLOWED_RESOLUTION: 8,
    CueKind.FORBIDDEN_PROMISE: -3,
    CueKind.BLAME: -12,
    CueKind.JARGON: -5,
    CueKind.DISMISSIVE: -15,
    CueKind.POLICY_WITHOUT_EMPATHY: -8,
    CueKind.HOLD_OR_TRANSFER: -3,
    CueKind.CLOSING: 1,
    CueKind.PROMPT_INJECTION: -4,
    CueKind.RUDE: -18,
    CueKind.CONSENT: 5,
    CueKind.TERMS: 3,
    CueKind.EASY_DECLINE: 5,
    CueKind.PRESSURE: -12,
    CueKind.PRIVATE_CHANNEL: 3,
    SILENCE: -6,
    VAGUE: -4,
    LONG_HOLD: -3,
    ASKED_AGAIN: -3,
}

# How much the n-th turn with the same positive cue is worth (the third apology is worth little).
# Negative cues never wear off.
REPEAT_FACTORS = (1.0, 0.5, 0.2, 0.1)

# An apology (or empathy) in the same turn after blame or dismissal is worth this much.
AFTER_BLAME_FACTOR = 0.3

# Temperament: how each kind of persona weighs positive and negative cues, and particular cues.
TEMPERAMENT_FACTORS: dict[str, dict[str, float]] = {
    "angry": {"positive": 0.85, "negative": 1.3, CueKind.APOLOGY: 1.2, CueKind.OWNERSHIP: 1.2},
    "confused": {
        CueKind.JARGON: 2.0,
        CueKind.CLARIFYING_QUESTION: 1.5,
        VAGUE: 1.5,
        ASKED_AGAIN: 0.3,
    },
    "impatient": {
        VAGUE: 2.0,
        SILENCE: 2.0,
        LONG_HOLD: 2.0,
        CueKind.HOLD_OR_TRANSFER: 2.0,
        CueKind.NEXT_STEPS: 1.3,
        CueKind.CLARIFYING_QUESTION: 0.6,
    },
    "anxious": {
        CueKind.NEXT_STEPS: 1.5,
        CueKind.OWNERSHIP: 1.3,
        CueKind.EMPATHY: 1.2,
        SILENCE: 1.5,
        LONG_HOLD: 1.5,
    },
    "skeptical": {
        CueKind.APOLOGY: 0.6,
        CueKind.EMPATHY: 0.7,
        CueKind.NEXT_STEPS: 1.4,
        CueKind.FORBIDDEN_PROMISE: 2.0,
        CueKind.VERIFICATION: 2.0,
    },
    "talkative": {CueKind.ACKNOWLEDGEMENT: 1.5, CueKind.CUSTOMER_NAME: 1.3, ASKED_AGAIN: 0.3},
    "low_tech": {CueKind.JARGON: 2.0, CueKind.CLARIFYING_QUESTION: 1.3, VAGUE: 1.5},
    # Outbound calls: the customer did not expect the call.
    "busy": {CueKind.CONSENT: 2.0, VAGUE: 2.0, CueKind.HOLD_OR_TRANSFER: 2.0, "negative": 1.2},
    "suspicious": {
        CueKind.CONSENT: 1.5,
        CueKind.TERMS: 2.0,
        CueKind.PRESSURE: 2.0,
        CueKind.VERIFICATION: 0.5,
        CueKind.EMPATHY: 0.7,
    },
    "open": {"positive": 1.1, CueKind.TERMS: 1.5, CueKind.EASY_DECLINE: 1.3},
}

# What trainers may write as a trigger cue, mapped to the cue kind it means.
TRIGGER_ALIASES: dict[str, str] = {
    "name": CueKind.CUSTOMER_NAME,
    "using_name": CueKind.CUSTOMER_NAME,
    "using_their_name": CueKind.CUSTOMER_NAME,
    "calm_down": CueKind.DISMISSIVE,
    "transfer": CueKind.HOLD_OR_TRANSFER,
    "transferred": CueKind.HOLD_OR_TRANSFER,
    "being_transferred": CueKind.HOLD_OR_TRANSFER,
    "hold": CueKind.HOLD_OR_TRANSFER,
    "policy": CueKind.POLICY_WITHOUT_EMPATHY,
    "reciting_policy": CueKind.POLICY_WITHOUT_EMPATHY,
    "clear_next_steps": CueKind.NEXT_STEPS,
    "long_silence": SILENCE,
    "long_silences": SILENCE,
    "silences": SILENCE,
    "long_holds": LONG_HOLD,
    "vagueness": VAGUE,
}

# The mood scale: the ONE table of what a mood value means, read by everything that shows
# or uses the mood (the customer prompt, the engines' line tables, the meter and its
# template tags, the API and the call screen, ``ScenarioCustomerLine.band`` choices).
# Each level: its upper bound (inclusive; the lower bound is the previous level's + 1),
# its band (the key the customer line tables use: "low", "mid" or "high"; a band is one
# or more consecutive levels), its name (the meter's colour, CSS ``mood--<name>``) and its
# label (the meter's word; marked with gettext_noop, translate with gettext at display).
# No level straddles two bands, so the meter's word always agrees with how the customer
# speaks (the band boundaries 34/64 are the engines'; the golden transcripts rest on them).


@dataclass(frozen=True)
class MoodLevel:
    top: int
    band: str
    name: str
    label: str


MOOD_SCALE: tuple[MoodLevel, ...] = (
    MoodLevel(19, "low", "furious", gettext_noop("Furious")),
    MoodLevel(34, "low", "upset", gettext_noop("Upset")),
    MoodLevel(64, "mid", "uneasy", gettext_noop("Uneasy")),
    MoodLevel(79, "high", "calm", gettext_noop("Calm")),
    MoodLevel(100, "high", "happy", gettext_noop("Happy")),
)
# The bands, lowest first: ("low", "mid", "high").
BANDS: tuple[str, ...] = tuple(dict.fromkeys(level.band for level in MOOD_SCALE))


def clamp(mood: float) -> int:
    return int(max(MOOD_MIN, min(MOOD_MAX, round(mood))))


def mood_level(mood: float) -> MoodLevel:
    """The row of ``MOOD_SCALE`` a mood value falls in (values outside 0..100 are clamped)."""
    value = clamp(mood)
    return next(level for level in MOOD_SCALE if value <= level.top)


def mood_band(mood: float) -> str:
    """ "low", "mid" or "high": the engines' line tables are keyed by band."""
    return mood_level(mood).band


def mood_label(mood: float) -> str:
    """The meter's word, untranslated (English): Furious, Upset, Uneasy, Calm, Happy."""
    return mood_level(mood).label


def mood_reading(mood: float) -> dict:
    """The mood as the API, the call screen and the templates show it, label translated."""
    level = mood_level(mood)
    return {
        "mood": clamp(mood),
        "band": level.band,
        "level": level.name,
        "label": gettext(level.label),
    }


def band_range(band: str) -> tuple[int, int]:
    """The lowest and highest mood in a band."""
    low = MOOD_MIN
    for level in MOOD_SCALE:
        if level.band == band:
            return low, max(lv.top for lv in MOOD_SCALE if lv.band == band)
        low = level.top + 1
    raise KeyError(band)


def band_label(band: str):
    """A band in words for trainers, e.g. "Furious / Upset (0–34)" (lazy)."""
    labels = [gettext_lazy(level.label) for level in MOOD_SCALE if level.band == band]
    low, high = band_range(band)
    pattern = " / ".join("{}" for _ in labels) + " ({}–{})"
    return format_lazy(pattern, *labels, low, high)


def trigger_kind(cue: str) -> str:
    key = (cue or "").strip().lower().replace(" ", "_").replace("-", "_")
    return TRIGGER_ALIASES.get(key, key)


def cue_weight(persona: PersonaData, kind: str) -> float:
    """The weight of one occurrence of ``kind`` for this persona, before repeats."""
    base = BASE_WEIGHTS.get(kind, 0.0)
    factors = TEMPERAMENT_FACTORS.get(persona.temperament, {})
    weight = base * factors.get("positive" if base > 0 else "negative", 1.0)
    weight *= factors.get(kind, 1.0)
    for trigger in persona.calmed_by:
        if trigger_kind(trigger.cue) == kind:
            strength = max(0, min(10, trigger.strength))
            weight = abs(weight or 3.0) * (1 + strength / 10)
    for trigger in persona.inflamed_by:
        if trigger_kind(trigger.cue) == kind:
            strength = max(0, min(10, trigger.strength))
            weight = -abs(weight or 3.0) * (1 + strength / 10)
    return weight


def _repeat_factor(previous_turns: int) -> float:
    return REPEAT_FACTORS[min(previous_turns, len(REPEAT_FACTORS) - 1)]


def is_vague(cues: Iterable[Cue]) -> bool:
    """A turn with nothing useful in it: no cue that moves the call forward."""
    return not any(c.kind in USEFUL_KINDS for c in cues)


def mood_delta(
    persona: PersonaData,
    cues: Iterable[Cue],
    *,
    history: Mapping[str, int] | None = None,
    text: str | None = None,
    earned_fact: bool = False,
    asked_again: int = 0,
    vague: bool | None = None,
) -> int:
    """How far this turn moves the mood (before clamping to 0..100).

    ``history`` counts, per cue kind, the earlier agent turns that had it (diminishing
    returns). ``text`` (the agent's line) lets an empty turn count as silence.
    ``earned_fact``: the turn earned a hidden fact, so it is not vague.
    ``asked_again``: how many facts the customer already gave were asked for again.
    ``vague``: whether the turn had nothing useful in it (default: no useful cue and no fact).
    Each kind counts once per turn.
    """
    cues = tuple(cues)
    history = history or {}
    if text is not None and not text.strip():
        return _bounded(cue_weight(persona, SILENCE))
    total = 0.0
    seen: set[str] = set()
    blamed_at = min(
        (c.start for c in cues if c.kind in (CueKind.BLAME, CueKind.DISMISSIVE)), default=None
    )
    for cue in cues:
        if cue.kind in seen:
            continue
        seen.add(cue.kind)
        weight = cue_weight(persona, cue.kind)
        if weight > 0:
            weight *= _repeat_factor(history.get(cue.kind, 0))
            if (
                cue.kind in (CueKind.APOLOGY, CueKind.EMPATHY)
                and blamed_at is not None
                and blamed_at < cue.start
            ):
                weight *= AFTER_BLAME_FACTOR
        total += weight
    if vague is None:
        vague = is_vague(cues) and not earned_fact
    if vague:
        total += cue_weight(persona, VAGUE)
    if asked_again:
        total += cue_weight(persona, ASKED_AGAIN) * min(asked_again, 2)
    return _bounded(total)


def accept_delta(persona: PersonaData, base: int) -> int:
    """The relief of accepting a resolution: ``base``, scaled by how much an allowed
    resolution calms this persona (its trigger), between half and one and a half ``base``. The
    offer's own words never move the mood: only its acceptance does."""
    usual = BASE_WEIGHTS[CueKind.ALLOWED_RESOLUTION]
    factor = cue_weight(persona, CueKind.ALLOWED_RESOLUTION) / usual
    return int(round(base * max(0.5, min(1.5, factor))))


def hold_delta(persona: PersonaData, seconds: float) -> int:
    """A hold costs nothing for the first 30 seconds, then LONG_HOLD per 30 seconds begun."""
    if seconds <= 30:
        return 0
    periods = int((seconds - 30) // 30) + 1
    return _bounded(cue_weight(persona, LONG_HOLD) * periods)


def _bounded(total: float) -> int:
    return int(round(max(-MAX_LOSS, min(MAX_GAIN, total))))


def apply_delta(mood: int, delta: int) -> int:
    return clamp(mood + delta)
