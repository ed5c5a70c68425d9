"""The offline customer: deterministic, seeded, table-driven; no network, answers in milliseconds.

It words the ``CallState`` the conversation logic decided: the intent, the mood band, the
customer's temperament and scenario (problem, goal, earned facts, offered resolution, the
agent's own words). Lines come from ``scenario.customer_lines`` first, then from the
engine's tables (``lines_en.py``, ``lines_fr.py``). The choice is seeded by
``random.Random(f"{seed}:{turn}")``, a line never repeats the previous one, and a line
never contains the value of a fact the agent has not earned.
"""

from __future__ import annotations

import itertools
import random
import re
import string
from types import ModuleType

from simulations.mood import mood_band
from simulations.understanding import Context, CueKind, understand
from simulations.understanding.scenario import fact_family

from . import lines_en, lines_fr
from .base import CallState, CustomerEngine, HiddenFact, Intent, Speaker

TABLES: dict[str, ModuleType] = {"en": lines_en, "fr": lines_fr}
TEMPERAMENT_ALIASES = {"low_tech": "confused", "frustrated": "angry"}
LONG_HOLD_SECONDS = 60
# Facts a customer would expect to be asked for by name ("don't you need my order number?").
RECORD_FAMILIES = frozenset({"order_number", "email", "postcode", "name", "phone", "address"})
MAX_VARIANTS = 400

_FIELDS = string.Formatter()


class OfflineEngine(CustomerEngine):
    name = "offline"
    supports_streaming = False

    def reply(self, call: CallState, *, timeout: float | None = None) -> str:
        opening = call.scenario.opening_line.strip()
        if call.intent == Intent.OPEN and opening and opening != call.last_customer_line.strip():
            return opening
        table = _table(call)
        rng = random.Random(f"{call.seed}:{call.turn_index}")  # noqa: S311 - not security
        context = _context(call, table)
        tiers = [
            _expand(templates, context, call) for templates in _template_tiers(call, table, context)
        ]
        line = _pick(rng, tiers, call)
        if call.intent == Intent.ACCEPT and call.revealed_now:  # "Yes please. It's 18 Larch..."
            line = f"{line} {context['fact'][0]}"
        return line


# --- tables -------------------------------------------------------------------------------


def _language(call: CallState) -> str:
    lang = call.scenario.language or call.persona.language or "en"
    return lang.split("-")[0].split("_")[0].lower()


def _table(call: CallState) -> ModuleType:
    return TABLES.get(_language(call), lines_en)


def _temperament(call: CallState) -> str:
    temperament = (call.persona.temperament or "default").lower()
    return TEMPERAMENT_ALIASES.get(temperament, temperament)


def _band_lines(entry: dict, band: str) -> tuple[str, ...]:
    return tuple(entry.get(band, ())) + tuple(entry.get("any", ()))


def _engine_lines(call: CallState, table: ModuleType, key: str, band: str) -> list[str]:
    own = _band_lines(table.LINES.get(_temperament(call), {}).get(key, {}), band)
    default = _band_lines(table.LINES["default"].get(key, {}), band)
    # The persona's own temperament speaks; the common lines only fill in when it has few.
    return list(own) if len(set(own)) >= 2 else [*own, *default]


def _scenario_lines(call: CallState, key: str) -> list[str]:
    entry = (call.scenario.customer_lines or {}).get(key) or {}
    if isinstance(entry, (list, tuple)):
        return [str(line) for line in entry]
    return [str(line) for line in _band_lines(entry, mood_band(call.mood))]


def _table_key(call: CallState) -> str:
    intent = call.intent
    if intent == Intent.CALM and call.courtesy:
        return "courtesy"
    if intent == Intent.ACCEPT and call.chose:
        return "choose"
    if intent == Intent.PUSH_BACK and "closing" in call.agent_cues:
        return "premature_close"
    if intent == Intent.ANSWER and call.asked_again and not call.revealed_now:
        return "asked_again"
    if intent == Intent.ANSWER and call.restated and not call.revealed_now:
        return "still"
    if intent == Intent.ANSWER and not call.revealed_now and "verification" in call.agent_cues:
        return "unknown_detail"  # a detail the customer does not have to hand
    if intent == Intent.CLARIFY and getattr(call.understood, "other_language", False):
        return "other_language"
    if intent == Intent.REFUSE and call.offered is not None:
        if not call.offered.allowed:
            return "refuse_forbidden"
        if not call.offered.satisfies:
            return "refuse_unsatisfying"
    return str(intent)


def _template_tiers(call: CallState, table: ModuleType, context: dict) -> list[list[str]]:
    """The candidate templates, best first; the common lines for the intent come last, so
    a persona whose own lines all need a missing placeholder still has something to say."""
    tiers = _own_tiers(call, table, context)
    band = mood_band(call.mood)
    key = _table_key(call)
    return [*tiers, list(_band_lines(table.LINES["default"].get(key, {}), band))]


def _own_tiers(call: CallState, table: ModuleType, context: dict) -> list[list[str]]:
    band = mood_band(call.mood)
    key = _table_key(call)
    reaction = call.offered.customer_reaction.strip() if call.offered else ""
    if call.intent == Intent.WAIT:
        length = "long" if call.hold_seconds >= LONG_HOLD_SECONDS else "short"
        return [_scenario_lines(call, "wait"), _engine_lines(call, table, "wait", length)]
    if call.intent == Intent.ANSWER and call.revealed_now:
        return [["{lead} {fact} {tail}"]]
    if call.intent == Intent.REPORT:
        return [_report(call, table)]
    if key == "courtesy":  # a long, friendly wrap-up: the calm lines when these run out
        return [
            _scenario_lines(call, key),
            _engine_lines(call, table, key, band),
            _scenario_lines(call, "calm"),
            _engine_lines(call, table, "calm", band),
        ]
    if key in ("premature_close", "asked_again", "other_language", "still", "unknown_detail"):
        return [_scenario_lines(call, key), _engine_lines(call, table, key, band)]
    if key == "choose":
        return [_engine_lines(call, table, key, band)]
    if call.intent == Intent.ACCEPT or (call.intent == Intent.REFUSE and key != "refuse"):
        first = [reaction] if reaction else []
        return [
            first + _scenario_lines(call, str(call.intent)),
            _engine_lines(call, table, key, band),
        ]
    if key == "refuse" and not context.get("unmet_line"):
        key = "refuse_unsatisfying" if call.offered is not None else "push_back"
    return [_scenario_lines(call, str(call.intent)), _engine_lines(call, table, key, band)]


def _report(call: CallState, table: ModuleType) -> list[str]:
    """What the customer says after doing the steps the agent told them: the trainer's
    report for each step done, and a line of the tables for one tried too early or again.
    Returned as literal templates (braces escaped)."""
    rng = random.Random(f"{call.seed}:{call.turn_index}:report")  # noqa: S311 - not security
    said = set().union(
        *(_sentence_keys(t.text) for t in call.transcript if t.speaker == Speaker.CUSTOMER)
    )
    parts: list[str] = []
    for step, status in call.steps_now:
        own = (
            step.report if status == "done" else step.blocked_report if status == "blocked" else ""
        )
        if own.strip() and not _sentence_keys(own) & said:
            parts.append(own.strip())
        else:  # tried again, or the trainer wrote nothing for it: never the same words twice
            key = "report_again" if status == "again" else "report_blocked"
            options = [
                line
                for line in _engine_lines(call, table, key, "any")
                if not _sentence_keys(line) & said
            ]
            parts.append(rng.choice(options or _engine_lines(call, table, key, "any")))
    text = " ".join(dict.fromkeys(p for p in parts if p))
    return [text.replace("{", "{{").replace("}", "}}")] if text else []


# --- context: what the lines may weave in ---------------------------------------------------

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


def _issue(call: CallState, table: ModuleType) -> str:
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


def _choice_words(call: CallState, table: ModuleType) -> str:
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


def _unmet_lines(call: CallState, table: ModuleType) -> tuple[str, ...]:
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


def _context(call: CallState, table: ModuleType) -> dict[str, tuple[str, ...]]:
    language = _language(call)
    temperament = _temperament(call)
    band = mood_band(call.mood)
    english = language == "en" or table is lines_en
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


# --- expansion and choice -------------------------------------------------------------------


def _expand(templates: list[str], context: dict, call: CallState) -> list[str]:
    out: list[str] = []
    for template in templates:
        names = [f for _, f, _, _ in _FIELDS.parse(template) if f]
        if any(name not in context for name in names):
            continue
        options = [context[name] for name in names]
        for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS):
            line = _tidy(template.format(**dict(zip(names, combo, strict=True))), _language(call))
            if line and line not in out and _safe(line, call):
                out.append(line)
    return out


def _tidy(line: str, language: str = "en") -> str:
    line = re.sub(r"\s+", " ", line).strip()
    # French keeps its space before ! ? ; : (and « »).
    line = re.sub(r"\s+([.,])" if language == "fr" else r"\s+([.,!?])", r"\1", line)
    line = re.sub(r"(?<!\.)\.\.(?!\.)", ".", line)  # "..": a slip; "...": kept
    line = re.sub(r"([!?])[.](?!\.)", r"\1", line)
    # Capitalise sentence starts, but not an e-mail address or a code ("w.okafor@..."), and
    # not after an ellipsis ("It just... goes away").
    line = re.sub(
        r"(^|(?<!\.\.)[.!?]\s+)([a-z])(?![\w.+-]*@)",
        lambda m: m.group(1) + m.group(2).upper(),
        line,
    )
    return line


def _safe(line: str, call: CallState) -> bool:
    """Never say the value of a fact the agent has not earned."""
    known = {f.key for f in call.known_facts} | {f.key for f in call.revealed_now}
    names = {call.persona.name.strip().lower(), call.scenario.customer_name.strip().lower()}
    lowered = line.lower()
    return not any(
        f.key not in known
        and len(f.value.strip()) >= 3
        and f.value.strip().lower() not in names
        and f.value.strip().lower() in lowered
        for f in call.scenario.hidden_facts
    )


def _opening_words(line: str) -> str:
    return " ".join(line.lower().split()[:3])


def _sentence_keys(line: str) -> set[str]:
    """The sentences of a line with two words or more, folded: what must not come twice."""
    keys = set()
    for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
        words = re.findall(r"[\w'$%-]+", sentence.lower())
        if len(words) >= 2:
            keys.add(" ".join(words))
    return keys


def _pick(rng: random.Random, tiers: list[list[str]], call: CallState) -> str:
    """A line none of whose sentences was said yet in the call (and not starting like the
    last one) if there is one; never the last line again."""
    last = call.last_customer_line.strip()
    said = {t.text.strip() for t in call.transcript if t.speaker == Speaker.CUSTOMER} | {last}
    said_sentences = set().union(*(_sentence_keys(line) for line in said))
    for tier in tiers:
        fresh = [
            line for line in tier if line not in said and not _sentence_keys(line) & said_sentences
        ]
        varied = [line for line in fresh if _opening_words(line) != _opening_words(last)]
        if varied or fresh:
            return rng.choice(varied or fresh)
    for tier in tiers:
        options = [line for line in tier if line != last]
        if options:
            return rng.choice(options)
    pool = [line for tier in tiers for line in tier] or ["..."]
    line = rng.choice(pool)
    if line == last:
        lead = "Écoutez," if _language(call) == "fr" else rng.choice(("Look,", "Again,", "Well,"))
        line = f"{lead} {_lower_first(line)}"
    return line
