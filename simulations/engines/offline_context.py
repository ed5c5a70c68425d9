"""What the offline customer's lines may weave in: the values of a template's placeholders.

``_context`` gives, for one call, each placeholder's possible values: the issue, what the
customer wants and their problem in their own words (``{want}``, ``{problem}``), an earned
fact with a lead and a tail, the option picked, a fact asked for again, what is still
missing before they accept, and the agent's own words quoted back. It also reads the
call's language and temperament, which the whole engine speaks in.
"""

from __future__ import annotations

import re

from simulations.mood import mood_band
from simulations.understanding import Context, CueKind, understand
from simulations.understanding.scenario import fact_family

from .base import CallState, HiddenFact, Speaker
from .line_tables import LineTables

TEMPERAMENT_ALIASES = {"low_tech": "confused", "frustrated": "angry"}
# Facts a customer would expect to be asked for by name ("don't you need my order number?").
RECORD_FAMILIES = frozenset({"order_number", "email", "postcode", "name", "phone", "address"})


def _language(call: CallState) -> str:
    lang = call.scenario.language or call.persona.language or "en"
    return lang.split("-")[0].split("_")[0].lower()


def _temperament(call: CallState) -> str:
    temperament = (call.persona.temperament or "default").lower()
    return TEMPERAMENT_ALIASES.get(temperament, temperament)


def _band_lines(entry: dict, band: str) -> tuple[str, ...]:
    return tuple(entry.get(band, ())) + tuple(entry.get("any", ()))


_PRONOUNS = (
    (r"\b(?:the customer's|the caller's|customer's)\b", "my"),
    (r"\b(?:herself|himself|themselves|themself)\b", "myself"),
    (r"\bher\b(?=\s*(?:[.,;!?]|$|back|again|to|about|with|that|a|an|the|when|if))", "me"),
    (r"\b(?:him|them)\b", "me"),
    (r"\b(?:her|his|their)\b", "my"),
    (r"\b(?:the customer|the caller|customer|she|he|they)\b", "I"),
)
_AGREEMENT = (
    (r"\bI (?:is|are)\b", "I am"),
    (r"\bI (?:isn't|aren't)\b", "I'm not"),
    (r"\bI has\b", "I have"),
    (r"\bI hasn't\b", "I haven't"),
    (r"\bI does\b", "I do"),
    (r"\bI doesn't\b", "I don't"),
    (r"\bI were\b", "I was"),
    (r"\bI's\b", "I'm"),
    (
        r"\bI (want|need|think|say|feel|expect|hope|believe|like|claim|know|live|use|pay|get|"
        r"see|keep|find|mean|wish|plan|prefer|insist|refuse)s\b",
        r"I \1",
    ),
)
_DETERMINERS = {"a", "an", "the", "my", "some", "any", "one", "their", "her", "his", "its", "to"}


def _first_person(text: str) -> str:
    for pattern, repl in (*_PRONOUNS, *_AGREEMENT):
        text = re.sub(pattern, repl, text, flags=re.I)
    return re.sub(r"\bi\b", "I", text)


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and not text.startswith("I "):
        return text[0].lower() + text[1:]
    return text


def _first_clause(text: str, limit: int = 110) -> str:
    sentence = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0].strip().rstrip(".!?")
    if len(sentence) > limit:
        cut = re.split(r",|;|:| \(| - | but | so | which ", sentence)[0]
        sentence = cut if len(cut) >= 15 else sentence[:limit].rsplit(" ", 1)[0]
    return sentence


def _want(goal: str) -> str | None:
    if not goal.strip():
        return None
    phrase = _first_person(_first_clause(goal, 90))
    phrase = re.sub(
        r"^(?:I (?:just |really )?(?:want|need|would like|'d like)|wants?)\s+", "", phrase
    )
    phrase = _lower_first(phrase.strip())
    first = phrase.split(" ", 1)[0].lower() if phrase else ""
    if not phrase:
        return None
    if first not in _DETERMINERS and not first[:1].isdigit() and not phrase[:1].isupper():
        phrase = "to " + phrase
    return phrase


def _problem(problem: str) -> str | None:
    if not problem.strip():
        return None
    return _lower_first(_first_person(_first_clause(problem, 130)).strip()) or None


def _issue(call: CallState, table: LineTables) -> str:
    scenario = call.scenario
    text = f"{scenario.title} {scenario.problem} {scenario.goal}".lower()
    hits = [(text.find(word), noun) for word, noun in table.ISSUE_NOUNS if word in text]
    return min(hits)[1] if hits else table.ISSUE_DEFAULT


def _fact_text(fact: HiddenFact, language: str) -> str:
    if fact.reveal_line.strip():
        return fact.reveal_line.strip()
    value = fact.value.strip()
    if len(value.split()) > 3:  # a description (or a value a step set): said as one's own
        said = _first_person(value) if language == "en" else value
        return said if said[-1:] in ".!?" else f"{said}."
    label = _lower_first(fact.label.strip() or fact.key.replace("_", " "))
    if language == "fr":
        return f"{fact.label.strip()} : {fact.value}."
    return f"My {label} is {fact.value}." if label else f"It's {fact.value}."


def _choice_words(call: CallState, table: LineTables) -> str:
    """The option picked among several, as the customer names it: by its kind ("The
    replacement") when the tables have a word for it, else by its place ("The second one")."""
    if not call.chose or call.offered is None or call.understood is None:
        return ""
    offers = [o for o in call.understood.resolutions if o.allowed]
    picked = next((o for o in offers if o.key == call.offered.key), None)
    if picked is None:
        return ""
    named = table.CHOICE_WORDS.get(picked.family)
    if named and sum(o.family == picked.family for o in offers) == 1:
        return named
    return table.ORDINALS[min(offers.index(picked), len(table.ORDINALS) - 1)]


def _restated(fact: HiddenFact, language: str) -> str:
    """A fact said again, inline and short: the value if it is short, else the first
    statement of how the customer said it ("18 Larch Street, Philadelphia, 19103")."""
    if len(fact.value.split()) <= 4:
        return fact.value.strip()
    said = re.split(r"(?<=[.!?])\s+", _fact_text(fact, language))
    first = next((part for part in said if not part.endswith("?")), said[0])
    return first.strip().rstrip(".!")


def _agent_quotes(call: CallState) -> dict[str, str]:
    last_agent = next((t.text for t in reversed(call.transcript) if t.speaker == Speaker.AGENT), "")
    quotes: dict[str, str] = {}
    wanted = {
        CueKind.JARGON: "jargon",
        CueKind.DISMISSIVE: "dismissive",
        CueKind.RUDE: "dismissive",
        CueKind.BLAME: "blame",
        CueKind.POLICY_WITHOUT_EMPATHY: "policy",
    }
    understood = call.understood or understand(last_agent, Context(scenario=call.scenario))
    for cue in understood.cues:
        name = wanted.get(cue.kind)
        if name and name not in quotes and len(cue.quote) <= 60:
            quotes[name] = cue.quote.strip()
    return quotes


def _unmet_lines(call: CallState, table: LineTables) -> tuple[str, ...]:
    lines: list[str] = []
    facts = {f.key: f for f in call.scenario.hidden_facts}
    for need in call.unmet:
        if need in facts and fact_family(facts[need]) in RECORD_FAMILIES:
            label = _lower_first(facts[need].label or need.replace("_", " "))
            lines.extend(line.format(label=label) for line in table.UNMET_LINES["fact"])
        elif need in facts:  # part of the story the agent has not heard yet
            lines.extend(table.UNMET_LINES["story"])
        else:
            lines.extend(table.UNMET_LINES.get(need, ()))
    return tuple(lines or table.UNMET_LINES["any"]) if call.unmet else ()


def _context(call: CallState, table: LineTables) -> dict[str, tuple[str, ...]]:
    language = _language(call)
    temperament = _temperament(call)
    band = mood_band(call.mood)
    english = table.language == "en"
    context: dict[str, tuple[str, ...]] = {"issue": (_issue(call, table),)}
    if english:
        for name, value in (
            ("want", _want(call.scenario.goal)),
            ("problem", _problem(call.scenario.problem)),
        ):
            if value:
                context[name] = (value,)
    if call.revealed_now:
        fact = " ".join(_fact_text(f, language) for f in call.revealed_now)
        context["fact"] = (fact,)
        leads = table.FACT_LEADS.get(temperament, table.FACT_LEADS["default"])
        tails = table.FACT_TAILS.get(temperament, table.FACT_TAILS["default"])
        # A long or questioning reveal line speaks for itself: leads and tails stay short.
        long_reveal = len(fact) > 110 or fact.rstrip().endswith("?")
        context["lead"] = ("", *_band_lines(leads, band))
        context["tail"] = ("",) if long_reveal else ("", *_band_lines(tails, band))
    # The option picked among several, in the agent's own words when they are short
    # ("The refund, please"), else by its place ("The second one").
    choice = _choice_words(call, table)
    if choice:
        context["choice"] = (choice,)
        context["choice_lower"] = (_lower_first(choice),)
    term = call.persona.address_term.strip()
    context["dear"] = (f", {term}" if term else "",)
    if call.asked_again:
        joiner = " et " if language == "fr" else " and "
        if all(len(f.value.split()) <= 4 for f in call.asked_again):
            context["again"] = (joiner.join(f.value for f in call.asked_again),)
        context["again_line"] = (joiner.join(_restated(f, language) for f in call.asked_again),)
    unmet = _unmet_lines(call, table)
    if unmet:
        context["unmet_line"] = unmet
    for name, quote in _agent_quotes(call).items():
        context[name] = (quote,)
    return context
