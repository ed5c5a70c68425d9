"""A language model's customer line, checked before the agent sees it.

The conversation logic decides what the customer does; a model only words it, and a weak
or wayward model does not always do as it is told. ``off_script(text, call)`` finds what a
customer line must never do:

- ``unearned_fact``: say a hidden fact the agent has not earned (its value, or its digits).
  The prompt never holds those facts, but a model can guess or be led into them.
- ``agent_role``: speak as the agent ("How can I help you today?", "Can I have your order
  number?", the company's offer or apology).
- ``narration``: tell the scene instead of speaking it ("The customer sighs", "(The agent
  does not answer)", "Rosa shakes her head").
- ``invented_detail``: a number or a calendar day that the scenario, the facts earned and
  the call so far never named (a delivery date, an amount, an order number made up).

``VettedStream`` does the same to a streamed reply. Text streams as it comes, except that
from a digit, a calendar word or the first word of an unearned fact the rest of the
sentence is held until it is complete and checked: a leaked fact never reaches the screen,
and a sentence that turns out to be the agent's is withdrawn (the service's "reset").

The vocabulary, by language, is in ``vetting.toml``. The engine raises
``EngineError(kind="off_script")``; the service asks once more or lets the offline customer
answer, and the turn records why (``Turn.error``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from simulations.understanding import Context, CueKind, understand
from simulations.understanding.text import Normalised, normalise

from .base import CallState, EngineError, Speaker

TABLE = Path(__file__).with_name("vetting.toml")
_DIGIT_RUN = re.compile(r"\d+(?:[.,:/-]\d+)*")
_NON_DIGIT = re.compile(r"\D+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”')]*(?:\s+|$)|[。！？]+")
_WORD = re.compile(r"\S+")
_MONEY_OR_SHARE = re.compile(r"[$£€¥%]")
# A bare count this small ("I asked 3 times") is ordinary talk, not a made-up detail.
SMALL_COUNT = 10

KIND_WORDS = {
    "unearned_fact": "gave a detail the agent has not earned",
    "agent_role": "spoke as the agent",
    "narration": "described the scene instead of speaking",
    "invented_detail": "made up a detail the scenario does not hold",
}


@dataclass(frozen=True)
class OffScript:
    kind: str  # one of KIND_WORDS
    quote: str  # the words that show it

    def __str__(self) -> str:
        return f"the customer {KIND_WORDS[self.kind]} (“{self.quote}”)"

    def error(self) -> EngineError:
        message = f"The language model's customer line was off script: {self}."
        return EngineError(message, kind="off_script")


@dataclass(frozen=True)
class _Table:
    agent_role: tuple[re.Pattern, ...]
    narration: tuple[re.Pattern, ...]
    dates: re.Pattern | None
    numbers: dict[str, int]


@functools.cache
def _tables() -> dict[str, _Table]:
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    return {
        language: _Table(
            agent_role=tuple(re.compile(p) for p in entry.get("agent_role", ())),
            narration=tuple(re.compile(p) for p in entry.get("narration", ())),
            dates=re.compile(entry["dates"]) if entry.get("dates") else None,
            numbers={word.replace("-", " "): n for word, n in entry.get("numbers", {}).items()},
        )
        for language, entry in data.items()
    }


def _table(call: CallState) -> _Table:
    code = Context(scenario=call.scenario, language=call.persona.language).call_language
    tables = _tables()
    if code.startswith("zh"):
        return tables["zh-hans"]
    return tables.get(code, tables.get(code.split("-")[0], tables["en"]))


def fold(text: str) -> str:
    """The understanding component's folding (case, Unicode, look-alike letters)."""
    return normalise(text or "").text


def _said(n: Normalised, start: int, end: int) -> str:
    """What the line really says at a span of its folded text."""
    first, last = n.span(start, end)
    return n.original[first:last]


def _digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def _numbers(folded: str, table: _Table) -> set[str]:
    """Every number the text names: digit runs whole and in parts, and number words."""
    found: set[str] = set()
    for run in _DIGIT_RUN.findall(folded):
        found.add(_digits(run))
        found.update(re.findall(r"\d+", run))
    for word, n in table.numbers.items():
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
            found.add(str(n))
    return found


def _fact_texts(fact) -> list[str]:
    return [fact.value, fact.reveal_line, fact.label]


def _customer_lines(lines) -> list[str]:
    if isinstance(lines, str):
        return [lines]
    if isinstance(lines, dict):
        return [t for value in lines.values() for t in _customer_lines(value)]
    if isinstance(lines, list | tuple):
        return [t for value in lines for t in _customer_lines(value)]
    return []


def grounding(call: CallState) -> str:
    """Everything the customer may say: the scenario as the prompt tells it, the facts
    earned, what the steps changed, the offer on the table and the call so far (folded)."""
    s, p = call.scenario, call.persona
    texts = [
        s.title,
        s.problem,
        s.goal,
        s.opening_line,
        s.private_opening_line,
        s.opening_subject,
        s.earlier_thread,
        s.customer_name,
        s.acceptance_note,
    ]
    texts += [p.name, p.speaking_style, call.last_customer_line]
    texts += _customer_lines(s.customer_lines)
    for fact in (*call.known_facts, *call.revealed_now, *call.restated, *call.asked_again):
        texts += _fact_texts(fact)
    for step in (*call.steps_done, *(step for step, _ in call.steps_now)):
        texts += [step.label, step.report, step.blocked_report, step.value]
    if call.offered is not None:
        texts += [call.offered.label, call.offered.customer_reaction]
    texts += [line.text for line in call.transcript]
    return fold("\n".join(t for t in texts if t))


def _words(folded: str) -> list[str]:
    return re.findall(r"\w+", folded)


@dataclass(frozen=True)
class _Secret:
    """How a hidden fact the agent has not earned would show in a reply: its digits, its
    words as a phrase, or enough of its distinctive words (a fact told in a sentence)."""

    digits: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    distinctive: frozenset[str] = frozenset()
    enough: int = 2

    def found_in(self, folded: str) -> str:
        digits = _digits(folded)
        for run in self.digits:
            if run in digits:
                return run
        for phrase in self.phrases:
            found = re.search(r"\W+".join(map(re.escape, phrase.split())), folded)
            if found:
                return found.group(0)
        said = [w for w in _words(folded) if w in self.distinctive]
        if self.distinctive and len(set(said)) >= self.enough:
            return " … ".join(dict.fromkeys(said))
        return ""


def _secrets(call: CallState, grounded: str) -> list[_Secret]:
    """The hidden facts the agent has not earned. What the grounding already holds (an
    order number in the opening line, a word the customer has used) is not a secret."""
    earned = {f.key for f in (*call.known_facts, *call.revealed_now, *call.restated)}
    grounded_digits = _digits(grounded)
    grounded_words = set(_words(grounded))
    secrets = []
    for fact in call.scenario.hidden_facts:
        if fact.key in earned:
            continue
        value = fold(fact.value)
        runs = [_digits(r) for r in _DIGIT_RUN.findall(value)]
        runs = tuple(r for r in runs if len(r) >= 3 and r not in grounded_digits)
        phrases = []
        whole = " ".join(_words(value))
        if not runs and 4 <= len(whole) <= 40 and whole not in grounded:
            phrases.append(whole)
        if "@" in value:
            local = " ".join(_words(value.split("@", 1)[0]))
            if len(local) >= 5 and local not in grounded:
                phrases.append(local)
        distinctive = frozenset(
            w for w in _words(value) if len(w) >= 5 and not w.isdigit() and w not in grounded_words
        )
        enough = 1 if len(distinctive) == 1 and len(_words(value)) <= 3 else 2
        secrets.append(_Secret(runs, tuple(phrases), distinctive, enough))
    return secrets


def _unearned(text: str, call: CallState, grounded: str) -> OffScript | None:
    folded = fold(text)
    for secret in _secrets(call, grounded):
        said = secret.found_in(folded)
        if said:
            return OffScript("unearned_fact", said)
    return None


def _agent_role(text: str, call: CallState) -> OffScript | None:
    n = normalise(text)
    for pattern in _table(call).agent_role:
        found = pattern.search(n.text)
        if found:
            return OffScript("agent_role", _said(n, found.start(), found.end()))
    last_agent = next((t.text for t in reversed(call.transcript) if t.speaker == Speaker.AGENT), "")
    reading = understand(text, Context(scenario=call.scenario, customer_said=last_agent))
    for cue in reading.cues:
        if cue.kind == CueKind.VERIFICATION:
            return OffScript("agent_role", cue.quote)
    return None


def _narration(text: str, call: CallState) -> OffScript | None:
    n = normalise(text)
    patterns = list(_table(call).narration)
    for name in {call.persona.name, *call.persona.name.split()[:1]} - {""}:
        # "Rosa sighs", "Rosa Alvarez shakes her head": the persona named, then a verb.
        patterns.append(re.compile(rf"(?:^|[.!?]\s+|\(){re.escape(fold(name))} [a-z]+s\b"))
    for pattern in patterns:
        found = pattern.search(n.text)
        if found:
            return OffScript("narration", _said(n, found.start(), found.end()).strip(" .!?("))
    return None


def _invented(text: str, call: CallState, grounded: str) -> OffScript | None:
    table = _table(call)
    n = normalise(text)
    folded = n.text
    known = _numbers(grounded, table)
    for run in _DIGIT_RUN.finditer(folded):
        whole = _digits(run.group(0))
        parts = re.findall(r"\d+", run.group(0))
        if whole in known or all(p in known for p in parts):
            continue
        around = folded[max(0, run.start() - 1) : run.end() + 1]
        if len(parts) == 1 and int(whole) <= SMALL_COUNT and not _MONEY_OR_SHARE.search(around):
            continue
        return OffScript("invented_detail", _said(n, run.start(), run.end()))
    if table.dates is not None:
        for found in table.dates.finditer(folded):
            if found.group(0) not in grounded:
                return OffScript("invented_detail", _said(n, found.start(), found.end()))
    return None


def off_script(text: str, call: CallState, *, grounded: str | None = None) -> OffScript | None:
    """What is wrong with a model's customer line, or None when it may be said. ``grounded``
    is ``grounding(call)`` when the caller has it already (a stream checks each sentence)."""
    if not (text or "").strip():
        return None
    grounded = grounding(call) if grounded is None else grounded
    return (
        _unearned(text, call, grounded)
        or _agent_role(text, call)
        or _narration(text, call)
        or _invented(text, call, grounded)
    )


class VettedStream:
    """``off_script`` for a stream: ``feed`` takes the next cleaned piece and returns what
    may be shown now; ``finish`` the rest. Both raise ``EngineError(kind="off_script")``."""

    def __init__(self, call: CallState):
        self.call = call
        self.grounded = grounding(call)
        table = _table(call)
        self.dates = table.dates
        self.secret_words = {
            word
            for secret in _secrets(call, self.grounded)
            for word in (*secret.distinctive, *(p.split()[0] for p in secret.phrases))
        }
        self.shown = ""
        self.pending = ""  # the sentence under way, not shown yet
        self.held = False  # a risky word came: the rest of the sentence waits for its end

    def feed(self, piece: str) -> str:
        self.pending += piece
        out = []
        while (end := _SENTENCE_END.search(self.pending)) is not None:
            sentence, self.pending = self.pending[: end.end()], self.pending[end.end() :]
            self._vet(self.shown + "".join(out) + sentence)
            out.append(sentence)
            self.held = False
        if not self.held:
            safe = self._safe_prefix(self.pending)
            out.append(safe)
            self.pending = self.pending[len(safe) :]
        text = "".join(out)
        self.shown += text
        return text

    def finish(self) -> str:
        text, self.pending = self.pending, ""
        self._vet(self.shown + text)
        self.shown += text
        return text

    def _vet(self, text: str) -> None:
        problem = off_script(text, self.call, grounded=self.grounded)
        if problem is not None:
            raise problem.error()

    def _risky(self, word: str) -> bool:
        folded = fold(word).strip("\"“”'.,;:!?()")
        if any(ch.isdigit() for ch in folded) or folded in self.secret_words:
            return True
        return bool(self.dates and self.dates.search(folded))

    def _safe_prefix(self, text: str) -> str:
        """The part of an unfinished sentence that may be shown: whole words up to the first
        risky one (after which the sentence is held until it ends)."""
        safe_end = 0
        for word in _WORD.finditer(text):
            if word.end() == len(text):
                break  # the last word may not be complete yet
            if self._risky(word.group(0)):
                self.held = True
                break
            safe_end = word.end()
        return text[:safe_end]
