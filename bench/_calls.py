"""Play the scripted calls of corpora/calls/ against the offline customer and check each one.

``play(call, slug)`` runs one scripted call through the same conversation logic and
understanding the call screen uses (``conversation_start`` / ``conversation_step``, the
offline engine) and returns a ``Played``: its ending, every turn with the customer's
decision, and what the automatic checks found (``Played.problems``). Used by
bench/customer.py (``make bench customer``) and tests/simulations/test_call_suite.py.
No database, no network.
"""

from __future__ import annotations

import functools
import re
import time
import tomllib
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "corpora" / "calls"
PARTS = ("dev", "heldout")
STYLES = (
    "excellent",
    "textbook",
    "mediocre",
    "rude",
    "off_topic",
    "jargon",
    "break_character",
    "adaptive",
)
ENDINGS = ("resolved", "declined", "customer_hung_up", "agent_ended")

_NOT_ASKED = re.compile(
    r"\b(?:you|nobody|no one|no-one)\s+(?:has\s+|have\s+)?(?:haven't|hasn't|didn't|never|not)"
    r"\s+(?:even\s+|yet\s+|once\s+)?(?:asked|ask)\b|\bnobody(?:'s| has)? (?:even )?asked\b",
    re.I,
)
_ALREADY = re.compile(
    r"\b(?:already|again|like I said|as I said|I told you|I said|I've told|I just gave|"
    r"I gave you|same as before|déjà|je vous l'ai)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Script:
    part: str
    scenario: str
    name: str
    style: str
    expect: str
    lines: tuple[str, ...]
    replies: tuple[tuple[tuple[str, ...], str], ...] = ()  # (when fragments, say)


@dataclass
class Turn:
    agent: str
    customer: str
    intent: str
    mood_before: int
    mood_after: int
    seconds: float


@dataclass
class Played:
    script: Script
    ending: str
    turns: list[Turn] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    opening: str = ""

    @property
    def ending_met(self) -> bool:
        return self.ending == self.script.expect


def scripts(part: str | None = None) -> list[Script]:
    """Every scripted call of one part (or of both), file by file, in file order."""
    out: list[Script] = []
    for name in (part,) if part else PARTS:
        for path in sorted((ROOT / name).glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for call in data.get("call", ()):
                out.append(
                    Script(
                        part=name,
                        scenario=path.stem,
                        name=call["name"],
                        style=call["style"],
                        expect=call["expect"],
                        lines=tuple(call["lines"]),
                        replies=tuple(
                            (tuple(w.lower() for w in r["when"]), r["say"])
                            for r in call.get("reply", ())
                        ),
                    )
                )
    return out


@functools.cache
def _demo(slug: str):
    from packs.demo import item, persona_data, scenario_data

    key = item("scenario", slug)["persona"]
    return persona_data(key), scenario_data(slug)


def _next_line(script: Script, customer_said: str, plan: list[str], used: set[int]) -> str | None:
    said = customer_said.lower()
    for index, (when, say) in enumerate(script.replies):
        if index not in used and any(fragment in said for fragment in when):
            used.add(index)
            return say
    return plan.pop(0) if plan else None


def play(script: Script) -> Played:
    from simulations.conversation import conversation_start, conversation_step
    from simulations.engines.base import Speaker, TranscriptLine
    from simulations.engines.offline import OfflineEngine

    persona, scenario = _demo(script.scenario)
    engine = OfflineEngine()
    state, call = conversation_start(persona, scenario, zlib.crc32(script.name.encode()))
    opening = engine.reply(call)
    state = state.with_customer_line(opening)
    transcript = [TranscriptLine(Speaker.CUSTOMER, opening)]
    played = Played(script=script, ending="", opening=opening)
    plan, used = list(script.lines), set()
    while not state.ended and state.turn_index < scenario.max_turns:
        line = _next_line(script, transcript[-1].text, plan, used)
        if line is None:
            break
        started = time.perf_counter()
        before = state.mood
        state, call = conversation_step(state, persona, scenario, line, tuple(transcript))
        reply = engine.reply(call)
        seconds = time.perf_counter() - started
        state = state.with_customer_line(reply)
        transcript += [TranscriptLine(Speaker.AGENT, line), TranscriptLine(Speaker.CUSTOMER, reply)]
        played.turns.append(Turn(line, reply, str(call.intent), before, state.mood, seconds))
    if state.outcome:
        played.ending = state.outcome
    else:
        played.ending = "resolved" if state.accepted else "agent_ended"
    played.problems = check(played, scenario)
    return played


# --- the automatic checks ---------------------------------------------------------------


def _sentences(text: str) -> list[str]:
    out = []
    for sentence in _SENTENCE.split(text.strip()):
        words = re.findall(r"[\w'$%-]+", sentence.lower())
        if len(words) >= 2:
            out.append(" ".join(words))
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'$%.-]+", text.lower())


def _grams(text: str, n: int) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def check(played: Played, scenario) -> list[str]:
    """What a trainer reading the transcript would flag, turn by turn."""
    from simulations.intent import UNHAPPY_INTENTS  # refusing, confused, pushing back...

    problems: list[str] = []
    facts = [f for f in scenario.hidden_facts if len(f.value.strip()) >= 4]
    # Trainer-facing wording: the acceptance note, fact values (the trainer's record, not
    # the customer's words), resolution labels; unless the trainer also wrote it as
    # something the customer says (a reaction, a line, a reveal line, a step's report).
    spoken_by_design = " ".join(
        [
            *(r.customer_reaction for r in scenario.resolutions),
            *(
                line
                for bands in scenario.customer_lines.values()
                for ls in bands.values()
                for line in ls
            ),
            *(f.reveal_line for f in scenario.hidden_facts),
            *(
                step.report + " " + step.blocked_report + " " + step.value
                for step in scenario.steps
            ),
        ]
    ).lower()
    trainer_text = " ".join(
        [scenario.acceptance_note, *(f.value for f in scenario.hidden_facts if f.reveal_line)]
    )
    trainer_grams = _grams(trainer_text, 6) - _grams(spoken_by_design, 6)
    labels = [
        r.label.lower()
        for r in scenario.resolutions
        if len(r.label.split()) >= 2 and r.label.lower() not in spoken_by_design
    ]
    said_sentences: set[str] = set(_sentences(played.opening))
    said_text = played.opening.lower()
    for number, turn in enumerate(played.turns, start=1):
        where = f"turn {number}"
        line = turn.customer
        lowered = line.lower()
        if turn.intent in UNHAPPY_INTENTS and turn.mood_after > turn.mood_before:
            problems.append(
                f"{where}: mood rose {turn.mood_before}→{turn.mood_after} on {turn.intent}"
            )
        repeats = [s for s in _sentences(line) if s in said_sentences]
        if repeats:
            problems.append(f"{where}: repeated sentence {repeats[0]!r}")
        for fact in facts:
            value = fact.value.strip().lower()
            if value not in lowered:
                continue
            if value in said_text and not _ALREADY.search(line):
                problems.append(f"{where}: gave {fact.key} again as if new")
            if value not in said_text and _ALREADY.search(line):
                problems.append(f"{where}: claims it already gave {fact.key}")
        if _NOT_ASKED.search(line) and _asked_before(played, number, scenario, line):
            problems.append(f"{where}: says it was not asked, but it was")
        spoken = [label for label in labels if label in lowered]
        if spoken or (trainer_grams & _grams(line, 6)):
            problems.append(f"{where}: internal wording spoken: {line!r}")
        said_sentences.update(_sentences(line))
        said_text += " " + lowered
    return problems


def _asked_before(played: Played, number: int, scenario, line: str) -> bool:
    """Whether the agent had asked, before the customer's ``number``-th reply, for what the
    customer says it was not asked for (a fact it names by its label)."""
    from simulations.understanding import Context, understand

    lowered = line.lower()
    named = [f for f in scenario.hidden_facts if f.label.lower() in lowered]
    asked: set[str] = set()
    for turn in played.turns[:number]:
        reading = understand(turn.agent, Context(scenario=scenario))
        asked.update(f.key for f in reading.facts)
        asked.update(f.key for f in reading.asked_again)
    return any(f.key in asked for f in named) if named else bool(asked)
