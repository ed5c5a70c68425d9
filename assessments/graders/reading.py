"""A call read once for grading: the agent's turns and the customer's side.

Every agent turn is read by the understanding component (``simulations.understanding``),
in call order, with what the customer said just before it. The customer's side says what
the agent could know: the name the customer gave, whether the caller is the account holder,
when identifying details were given, and whether the last lines say the need was met
(``customer.toml``). Text addressed to the grader or faking the transcript quarantines its
turn (``tampering``); a turn that recites good practice without engaging with the customer
earns at most what one ordinary turn can (``scorecard.toml``, ``[gaming]``).

Pure: no Django models, no database, no network.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from simulations.engines.base import Outcome, ScenarioData, Speaker
from simulations.understanding import (
    NEGATIVE_KINDS,
    USEFUL_KINDS,
    Context,
    Cue,
    CueKind,
    Understanding,
    understand,
)
from simulations.understanding.rules import TITLES
from simulations.understanding.text import normalise

from .base import Evidence, GradingData
from .tampering import findings

HERE = Path(__file__).resolve().parent
SCORECARD = HERE.parent / "scorecard.toml"

# Kinds of good practice a turn can earn credit for (the presence criteria's cues).
GOOD_KINDS = USEFUL_KINDS | {CueKind.GREETING}
# Commitments that touch an account: once made, the account is being discussed.
ACCOUNT_COMMITMENTS = frozenset({"refund", "credit", "discount", "percentage"})
# Offers that are not about the account (troubleshooting, explaining in general terms).
NOT_ACCOUNT_FAMILIES = frozenset({"troubleshoot", "ask_password"})
_CONTENT = re.compile(r"[^\W\d_]{4,}")
_STOP = frozenset(
    "that this with have from your what when where which there their they them then than "
    "just been were will would could should about into over also only very really much "
    "okay yeah sure please thanks thank sorry hello again still here know need want like "
    "make does doing done going gonna said told tell well right good great help today "
    "anything everything something nothing else call calling thing things".split()
)


@functools.cache
def scorecard() -> dict:
    return tomllib.loads(SCORECARD.read_text(encoding="utf-8"))


@functools.cache
def _customer_tables(language: str) -> dict[str, re.Pattern]:
    data = tomllib.loads((HERE / "customer.toml").read_text(encoding="utf-8"))
    own = data.get(language.split("-")[0], {})
    merged = {**data["en"], **own}
    flags = {"gives_name": 0, "not_a_name": 0}
    return {k: re.compile(v, flags.get(k, re.I)) for k, v in merged.items()}


@functools.cache
def _salutation() -> re.Pattern:
    return re.compile(scorecard()["greeting"]["salutation"], re.I)


def is_salutation(quote: str) -> bool:
    """A greeting that only says hello ("Hi there"), not who is answering."""
    return bool(_salutation().match(normalise(quote).text))


@dataclass(frozen=True)
class AgentTurn:
    turn: int  # position in the transcript, from 1
    text: str
    cues: tuple[Cue, ...]
    quarantined: bool  # addressed the grader or faked the transcript: earns nothing
    resolutions: tuple = ()  # OfferedResolution (with quote and span) offered in this turn
    understood: Understanding | None = None
    customer_before: str = ""  # the customer's line this turn answers
    recital: bool = False  # recited good practice without engaging: credit capped
    words: int = 0
    subject: str = ""  # an email's subject line
    public: bool = False  # a public social reply

    def quote(self, cue) -> Evidence:
        return Evidence(self.turn, self.text[cue.start : cue.end])


@dataclass(frozen=True)
class CallAnalysis:
    data: GradingData
    agent: tuple[AgentTurn, ...]
    injections: tuple[Evidence, ...]  # words addressed to the grader
    tampering: tuple[Evidence, ...] = ()  # fake tags, JSON, dialogue, disguised letters
    names: frozenset[str] = frozenset()  # the customer's names the agent could know
    verified_at: int | None = None  # transcript line where identifying details were given
    third_party_at: int | None = None  # line where the caller said they are not the holder
    customer_said: tuple[tuple[int, str], ...] = ()  # (line, text) of the customer's lines
    customer_folded: tuple[tuple[int, str], ...] = ()  # the same, folded once
    need: str = "unknown"  # "met", "unmet" or "unknown": what the customer's last lines say
    customer_left: bool = False  # the customer walked out before the agent could close
    substantive: bool = True  # enough engagement to earn absence criteria
    settings: dict = field(default_factory=dict)

    @property
    def counted(self) -> tuple[AgentTurn, ...]:
        """The agent turns that may earn points."""
        return tuple(t for t in self.agent if not t.quarantined)

    def verified_before(self, turn: int) -> bool:
        return self.verified_at is not None and self.verified_at < turn

    def third_party_before(self, turn: int) -> bool:
        return self.third_party_at is not None and self.third_party_at < turn

    def customer_before(self, turn: int) -> str:
        """Everything the customer said before this line, folded."""
        return " ".join(t for n, t in self.customer_folded if n < turn)


def blank_scenario(language: str = "en") -> ScenarioData:
    """The scenario of a transcript graded without one: nothing known in advance."""
    return ScenarioData(
        slug="",
        title="",
        channel="",
        difficulty="",
        language=language,
        customer_name="",
        problem="",
        goal="",
        opening_line="",
    )


def analyse(data: GradingData) -> CallAnalysis:
    """Every agent turn read once by the understanding component, in call order."""
    card = scorecard()
    language = data.scenario.language or "en"
    tables = _customer_tables(language)
    scenario = data.scenario
    turns: list[AgentTurn] = []
    injections: list[Evidence] = []
    tampering: list[Evidence] = []
    customer_said: list[tuple[int, str]] = []
    customer_folded: list[tuple[int, str]] = []
    their_words: set[str] = set()  # what the customer has said so far, as content words
    known: set[str] = set()
    names = set(_name_words(scenario.customer_name))
    verified_at = third_party_at = None
    asked_identity = asked_now = False
    details: set[str] = set()
    needed = _details_needed(scenario, card["verification"])
    last_customer = ""
    for number, line in enumerate(data.transcript, 1):
        if str(line.speaker) == Speaker.CUSTOMER:
            text = line.text
            customer_said.append((number, text))
            last_customer = text
            given = _name_given(text, tables)
            if not given and asked_now:
                full = _FULL_NAME.search(_EMAIL_WORD.sub(" ", text).strip().rstrip(".!"))
                given = full.group(0).title() if full else ""
            if given and given not in names:
                names.update(_name_words(given))
                if not scenario.customer_name:
                    scenario = replace(scenario, customer_name=given)
            if verified_at is None:
                given_now = _details(text, tables)
                details |= given_now
                if asked_identity and given_now and len(details) >= needed:
                    verified_at = number
            folded = normalise(text).text
            customer_folded.append((number, folded))
            their_words |= _content_words(text)
            if tables["third_party"].search(folded):
                third_party_at = third_party_at or number
            if tables["account_holder"].search(folded):
                third_party_at = None
            continue
        if str(line.speaker) != Speaker.AGENT:
            continue
        text = line.text
        context = Context(scenario, last_customer, language, frozenset(known))
        understood = understand(text, context)
        known.update(f.key for f in understood.facts)
        found = findings(text)
        for f in found:
            target = injections if f.code == "prompt_injection" else tampering
            target.append(Evidence(number, f.quote))
        quarantined = bool(found)
        for cue in understood.cues:
            if cue.kind == CueKind.PROMPT_INJECTION and not any(
                f.start <= cue.start < f.end for f in found
            ):
                injections.append(Evidence(number, cue.quote))
                quarantined = True
        asked_now = any(c.kind == CueKind.VERIFICATION for c in understood.cues) or (
            "question" in understood.acts and bool(_identifiers().search(normalise(text).text))
        )
        asked_identity = asked_identity or asked_now
        cues, recital = _capped(
            understood.cues, text, their_words, card["gaming"], public=line.public
        )
        turns.append(
            AgentTurn(
                turn=number,
                text=text,
                cues=cues,
                quarantined=quarantined,
                resolutions=understood.resolutions,
                understood=understood,
                customer_before=last_customer,
                recital=recital,
                words=len(text.split()),
                subject=line.subject,
                public=line.public,
            )
        )
    need, left = _need(data, customer_said, tables)
    engagement = card["engagement"]
    engaged = [
        t
        for t in turns
        if not t.quarantined
        and not t.recital
        and t.words >= engagement["min_words"]
        and not (t.understood and t.understood.off_topic)
    ]
    return CallAnalysis(
        data=data,
        agent=tuple(turns),
        injections=tuple(injections),
        tampering=tuple(tampering),
        names=frozenset(names),
        verified_at=verified_at,
        third_party_at=third_party_at,
        customer_said=tuple(customer_said),
        customer_folded=tuple(customer_folded),
        need=need,
        customer_left=left,
        substantive=len(engaged) >= engagement["min_turns"],
        settings=card,
    )


# --- the customer's side -------------------------------------------------------------


def _name_words(name: str) -> list[str]:
    words = re.findall(r"[^\W\d_][^\W\d_'’-]+", name or "")
    return [w for w in words if not re.fullmatch(TITLES, w.lower())]


def _name_given(text: str, tables) -> str:
    for m in tables["gives_name"].finditer(text):
        if not tables["not_a_name"].match(m.group("name")):
            return m.group("name")
    lower = tables.get("gives_name_lower")
    m = lower.search(normalise(text).text) if lower else None
    if m and not tables["not_a_name"].match(m.group("name").title()):
        return m.group("name").title()
    return ""


_BYE = re.compile(r"\b(?:bye|goodbye|cheers then|i'?m off)\b", re.I)
_EMAIL = re.compile(r"@|\bat\b[^.]{1,30}\bdot\b", re.I)
_NUMBER = re.compile(
    r"\b[\w-]*\d{3,}[\w-]*\b|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:[ -](?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){2,}\b",
    re.I,
)
_EMAIL_WORD = re.compile(r"\S+@\S+")
_POSTCODE = re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\b")
_FULL_NAME = re.compile(r"\b[A-Z][a-z'-]+ [A-Z][a-z'-]+\b|\b[a-z]{2,} [a-z]{3,}$")
_REFUSES = re.compile(
    r"\b(?:i (?:don'?t|do not) (?:have|know|remember)|no idea|why do you need|not giving|"
    r"i'?d rather not|can'?t remember)\b",
    re.I,
)


@functools.cache
def _identifiers() -> re.Pattern:
    return re.compile(scorecard()["verification"]["identifiers"], re.I)


def _details_needed(scenario: ScenarioData, settings: dict) -> int:
    if re.search(r"\bplus (?:two|2)\b", scenario.policy_excerpt or "", re.I):
        return 3
    return int(settings["min_details"])


def _details(text: str, tables) -> set[str]:
    """The kinds of identifying detail in a customer's line: a name, a number, an email."""
    if _REFUSES.search(text):
        return set()
    found = set()
    if _EMAIL.search(text):
        found.add("email")
    numbers = len(_NUMBER.findall(text)) + len(_POSTCODE.findall(text))
    found.update(f"number{i}" for i in range(min(numbers, 3)))
    plain = _EMAIL.sub(" ", text)
    if _name_given(text, tables) or _FULL_NAME.search(plain.strip().rstrip(".!")):
        found.add("name")
    return found


def _need(data: GradingData, customer_said, tables) -> tuple[str, bool]:
    """Whether the customer's last lines say the need was met, and whether they walked out."""
    last_lines = [t for _n, t in customer_said[-2:]]
    transcript = data.transcript
    left = False
    if customer_said:
        last_number, last_text = customer_said[-1]
        after = [line for line in transcript[last_number:] if str(line.speaker) == Speaker.AGENT]
        folded = normalise(last_text).text
        farewell = tables["unsatisfied"].search(folded) and _BYE.search(folded)
        left = bool(tables["left"].search(folded) or farewell) and len(after) <= 1
    if data.outcome:
        return ("met" if data.outcome == Outcome.RESOLVED else "unmet"), (
            left or data.outcome == Outcome.CUSTOMER_HUNG_UP
        )
    for text in reversed(last_lines):
        folded = normalise(text).text
        if tables["unsatisfied"].search(folded):
            return "unmet", left
        if tables["satisfied"].search(folded):
            return "met", left
    return "unknown", left


# --- gaming --------------------------------------------------------------------------


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT.findall(normalise(text).text) if w not in _STOP}


# Cue kinds a stock phrase can fake ("I understand your frustration"), and so earn only
# in a turn that engages with the customer.
STOCK_KINDS = frozenset({CueKind.ACKNOWLEDGEMENT, CueKind.EMPATHY, CueKind.APOLOGY})
# What the agent does on an outbound call or a social post, not a phrase of good practice.
CHANNEL_ACTS = frozenset(
    {CueKind.CONSENT, CueKind.TERMS, CueKind.EASY_DECLINE, CueKind.PRIVATE_CHANNEL}
)


def _capped(cues: tuple[Cue, ...], text: str, theirs: set[str], gaming: dict, *, public=False):
    """What a turn may earn when it does not engage with the customer (not one word of its
    own besides stock phrases, none of what the customer has said, names apart).

    A recital (``recital_kinds`` or more kinds of good practice) keeps only its first few
    kinds of credit; a stock phrase of acknowledgement or empathy ("I understand your
    frustration", "I apologise for the inconvenience") earns nothing. What a turn does
    wrong always stays, and so do the acts of the channel (``CHANNEL_ACTS``: asking if it
    is a good time, saying the terms, inviting to a private message). A public social reply
    is short and general by design: it keeps its credit once stock phrases are dropped.
    Returns (cues, recital)."""
    script = set(gaming["script_words"])
    outside = list(text)
    for cue in cues:
        outside[cue.start : cue.end] = " " * (cue.end - cue.start)
    own = _content_words("".join(outside)) - script
    unnamed = list(text)  # saying the customer's name is not engaging with what they said
    for cue in cues:
        if cue.kind == CueKind.CUSTOMER_NAME:
            unnamed[cue.start : cue.end] = " " * (cue.end - cue.start)
    engaged = (
        len(theirs) < 2
        or len(own) >= gaming["own_words"]
        or bool(_content_words("".join(unnamed)) & theirs)
    )
    if engaged:
        return cues, False
    kinds = {c.kind for c in cues if c.kind in GOOD_KINDS}
    cues = tuple(
        c for c in cues if c.kind not in STOCK_KINDS or not _content_words(c.quote) & script
    )
    if len(kinds) < gaming["recital_kinds"] or public:
        return cues, False
    good = []
    for cue in cues:
        if cue.kind in GOOD_KINDS and cue.kind not in good:
            good.append(cue.kind)
    keep = set(good[: gaming["ordinary_turn_credits"]])
    kept = tuple(
        c for c in cues if c.kind in keep or c.kind in NEGATIVE_KINDS or c.kind in CHANNEL_ACTS
    )
    return kept, True
