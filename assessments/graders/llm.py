"""The LLM grader: structured output through ``lms.llm.structured_completion()``, checked in code.

The model proposes a score, quotes and a tip per criterion. Code then decides everything
that matters: every quote is looked up in the real transcript (not found: dropped and
flagged); quotes from turns that addressed the grader are dropped; points without a
surviving quote fall back to the offline grader's; a critical criterion can never score
above the offline grader (which decides critical fails deterministically); totals,
pass/fail and critical fails come from ``grade_totals``. When the model's own total and
the offline total differ by more than ``settings.GRADER_DISAGREEMENT_MARGIN``, the grade
is marked for human review. A reply that cannot be read keeps the offline grade, flagged.
"""

from __future__ import annotations

import json
import re

import openai
from django.conf import settings
from django.core import checks
from django.utils.translation import gettext as _

from lms.llm import llm_configured, structured_completion

from . import prompts
from .base import (
    CriterionData,
    CriterionResult,
    Evidence,
    Flag,
    Grader,
    GraderError,
    GradeResult,
    GradingData,
    grade_totals,
    result_build,
)
from .offline import criterion_grade, injection_flags
from .reading import CallAnalysis, analyse
from .registry import RULES

# Rules that give full marks for something *not* happening need no quote for their points.
MIN_QUOTE = 4
MAX_TOKENS = 2500


class MalformedGrade(ValueError):
    pass


def _transport_errors() -> tuple[type[Exception], ...]:
    try:
        import httpx
    except ImportError:  # pragma: no cover - openai depends on it
        return ()
    return (httpx.HTTPError,)


TRANSPORT_ERRORS = _transport_errors()


def _error(exc: Exception) -> GraderError:
    if isinstance(exc, openai.APITimeoutError):
        return GraderError("The LLM grader timed out.", kind="timeout")
    if isinstance(exc, openai.RateLimitError):
        return GraderError("The LLM grader is rate limited.", kind="rate_limit")
    if isinstance(exc, openai.APIConnectionError):
        return GraderError("Could not reach the LLM grader.", kind="connection")
    if isinstance(exc, openai.APIStatusError):
        return GraderError(f"The LLM grader answered {exc.status_code}.", kind="server_error")
    return GraderError("The LLM grader's reply could not be read.", kind="malformed")


class LLMGrader(Grader):
    name = "llm"

    def __init__(self, model: str | None = None):
        self.model = model or settings.OPENAI_GRADER_MODEL

    def check(self) -> list:
        if not llm_configured():
            return [
                checks.Warning(
                    "GRADER is 'llm' but no LLM endpoint is configured.",
                    hint="Set OPENAI_BASE_URL (a local server) or OPENAI_API_KEY, or set "
                    "GRADER=offline.",
                    id="assessments.W001",
                )
            ]
        return []

    def _ask(self, data: GradingData) -> str:
        try:
            response = structured_completion(
                model=self.model,
                messages=prompts.build_messages(data),
                response_format=prompts.response_schema(data.rubric),
                temperature=0,
                max_tokens=MAX_TOKENS,
            )
        except (openai.OpenAIError, *TRANSPORT_ERRORS, ValueError) as exc:
            raise _error(exc) from exc
        choices = getattr(response, "choices", None)
        content = getattr(choices[0].message, "content", None) if choices else None
        return content or ""

    def grade(self, data: GradingData) -> GradeResult:
        call = analyse(data)
        offline = {c.key: criterion_grade(c, call) for c in data.rubric.criteria}
        offline_totals = grade_totals(offline.values(), pass_mark=data.rubric.pass_mark)
        base_flags = injection_flags(call)
        content = self._ask(data)
        try:
            proposed = parse_reply(content, data.rubric)
        except MalformedGrade as exc:
            flag = Flag(
                code="llm_malformed",
                message=_("The LLM grader's reply could not be used (%(e)s); offline grade kept.")
                % {"e": exc},
            )
            return result_build(
                data.rubric, offline.values(), flags=[*base_flags, flag], grader="offline"
            )
        flags: list[Flag] = list(base_flags)
        criteria = []
        raw = []
        for c in data.rubric.criteria:
            item = proposed.get(c.key)
            if item is None:
                flags.append(
                    Flag(
                        "llm_missing", _("The LLM grader skipped this criterion."), criterion=c.key
                    )
                )
                criteria.append(offline[c.key])
                raw.append(offline[c.key])
                continue
            result, raw_result, found = merge_criterion(c, item, offline[c.key], call)
            criteria.append(result)
            raw.append(raw_result)
            flags.extend(found)
        llm_total = grade_totals(raw, pass_mark=data.rubric.pass_mark).score
        margin = settings.GRADER_DISAGREEMENT_MARGIN
        if abs(llm_total - offline_totals.score) > margin:
            flags.append(
                Flag(
                    "graders_disagree",
                    _("The LLM grader gave %(llm)s and the offline grader %(off)s.")
                    % {"llm": llm_total, "off": offline_totals.score},
                )
            )
        return result_build(
            data.rubric, criteria, flags=flags, grader=self.name, offline_score=offline_totals.score
        )


def parse_reply(content: str, rubric) -> dict[str, dict]:
    """The model's JSON as {key: item}; MalformedGrade when it is not usable."""
    try:
        payload = json.loads(content)
    except (TypeError, ValueError) as exc:
        raise MalformedGrade("not JSON") from exc
    items = payload.get("criteria") if isinstance(payload, dict) else None
    if not isinstance(items, list) or not items:
        raise MalformedGrade("no criteria")
    keys = {c.key for c in rubric.criteria}
    found: dict[str, dict] = {}
    for item in items:
        if not isinstance(item, dict) or item.get("key") not in keys:
            continue
        score = item.get("score")
        if isinstance(score, bool) or not isinstance(score, int | float):
            raise MalformedGrade(f"score of {item.get('key')} is not a number")
        evidence = item.get("evidence") or []
        if not isinstance(evidence, list):
            raise MalformedGrade(f"evidence of {item['key']} is not a list")
        found[item["key"]] = {
            "score": int(score),
            "applicable": item.get("applicable", True) is not False,
            "evidence": [e for e in evidence if isinstance(e, dict)],
            "tip": str(item.get("tip") or "")[:500],
        }
    if not found:
        raise MalformedGrade("no known criterion keys")
    return found


def find_quote(turn, quote, call: CallAnalysis) -> Evidence | None:
    """The quote as it really appears in the transcript (its turn first), or None."""
    transcript = call.data.transcript
    quote = str(quote or "").strip().strip("\"“”'")
    if not quote:
        return None
    stated = isinstance(turn, int) and 1 <= turn <= len(transcript)
    if stated and quote in transcript[turn - 1].text:
        return Evidence(turn, quote)
    if len(quote) < MIN_QUOTE:  # too short to look for anywhere else
        return None
    order = list(range(1, len(transcript) + 1))
    if stated:
        order.remove(turn)
        order.insert(0, turn)
    for n in order:
        if quote in transcript[n - 1].text:
            return Evidence(n, quote)
    loose = re.compile(r"\s+".join(re.escape(w) for w in quote.split()), re.I)
    for n in order:
        m = loose.search(transcript[n - 1].text)
        if m:
            return Evidence(n, m.group(0))
    return None


def merge_criterion(
    c: CriterionData, item: dict, offline: CriterionResult, call: CallAnalysis
) -> tuple[CriterionResult, CriterionResult, list[Flag]]:
    """(final result, the model's raw claim, flags) for one criterion."""
    flags: list[Flag] = []
    maximum = c.maximum
    claimed = max(0, min(maximum, item["score"]))
    applicable = item["applicable"] or (c.critical and offline.applicable)
    quarantined = {t.turn for t in call.agent if t.quarantined}
    evidence: list[Evidence] = []
    for e in item["evidence"][:5]:
        found = find_quote(e.get("turn"), e.get("quote"), call)
        if found is None:
            flags.append(
                Flag(
                    "invented_quote",
                    _("A quote the LLM grader gave is not in the transcript; it was dropped."),
                    turn=e.get("turn") if isinstance(e.get("turn"), int) else None,
                    quote=str(e.get("quote") or "")[:200],
                    criterion=c.key,
                )
            )
        elif found.turn in quarantined:
            flags.append(
                Flag(
                    "injection_quote",
                    _("The LLM grader quoted a turn that addressed the grader; it was dropped."),
                    turn=found.turn,
                    quote=found.quote,
                    criterion=c.key,
                )
            )
        elif found not in evidence:
            evidence.append(found)
    score = claimed
    if score > offline.score and not evidence and not _absence(c.rule):
        score = offline.score if offline.applicable else 0
        flags.append(
            Flag(
                "unsupported_score",
                _("Points without a quote that shows them were not given."),
                criterion=c.key,
            )
        )
    if c.critical and offline.applicable:
        score = min(score, offline.score)
    if score != claimed or not evidence:
        # Code overruled the model (or it gave no quote): the offline grader's words stand.
        evidence = list(offline.evidence) if score == offline.score else evidence
    if _absence(c.rule) and not call.substantive:
        applicable, score = offline.applicable, offline.score  # nothing to earn it with
    if not applicable:
        score = 0
    raw = CriterionResult(
        key=c.key,
        label=c.label,
        score=claimed,
        max=maximum,
        applicable=item["applicable"],
        weight=c.weight,
        critical=c.critical,
    )
    result = CriterionResult(
        key=c.key,
        label=c.label,
        score=score,
        max=maximum,
        applicable=applicable,
        evidence=tuple(evidence),
        tip=(item["tip"] or offline.tip) if applicable and score < maximum else "",
        skills=tuple(c.skills),
        note=offline.note if score == offline.score else "",
        weight=c.weight,
        critical=c.critical,
        section=str(c.section),
    )
    return result, raw, flags


def _absence(rule: str) -> bool:
    """A rule that gives full marks for what did not happen (no quote can show it)."""
    return rule in RULES and RULES[rule].absence
