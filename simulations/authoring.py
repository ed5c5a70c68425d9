"""Aids for trainers authoring scenarios, and reading a line the way the product reads it.

Two things live here:

* The "accepts only after" check. ``Scenario.accept_requires`` lists cue kinds and/or
  hidden-fact keys; the conversation treats any name that is not a cue kind as a fact
  key, so a typo ("verifcation") would silently make a resolution impossible to accept.
  ``accept_requires_errors`` names the unknown items, a near miss, and the valid ones.
  In the Wagtail editor, ``ScenarioAdminForm`` hands ``Scenario.clean()`` the hidden-fact
  keys being saved in the same submit (the model alone only sees the stored ones).
* Reading one agent line: the API's ``POST /simulations/understand``, the ``understand``
  command and the "check a line" box validate their input and find the scenario here,
  then call ``simulations.understanding.understand`` (the contract: ``Understanding``).

``simulations.models`` imports this module for the form, so nothing here imports the
models or the understanding package at import time.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

if TYPE_CHECKING:
    from .understanding import Understanding

# The turn endpoint's cap (services.MAX_TURN_CHARS): a line a call would refuse is refused.
MAX_LINE_CHARS = 2000
_SURROGATE = re.compile(r"[\ud800-\udfff]")
SCENARIO_DATA_TIMEOUT = 60 * 60  # a revision never changes; an hour keeps the cache small

# -- "accepts only after" -------------------------------------------------------------------


def cue_kind_values() -> list[str]:
    """The cue kinds a requirement may name, in CueKind's order."""
    from .understanding import CueKind

    return [str(kind) for kind in CueKind]


def requirement_items(text: str) -> tuple[str, ...]:
    """The items of an "accepts only after" value, parsed as the model parses it."""
    from .models.scenarios import _lines

    return _lines(text)


def _fact_keys(scenario) -> list[str]:
    """The scenario's hidden-fact keys: those in the submitted form if any, else its own."""
    keys = getattr(scenario, "_form_fact_keys", None)
    if keys is None:
        keys = [fact.key for fact in scenario.hidden_facts.all()]
    return [k for k in dict.fromkeys(keys) if k]


def accept_requires_errors(scenario) -> str:
    """A message naming the unknown items of ``scenario.accept_requires`` and the valid
    ones (cue kinds, this scenario's hidden-fact keys); empty when every item is known."""
    kinds = cue_kind_values()
    facts = _fact_keys(scenario)
    valid = [*kinds, *facts]
    unknown = [item for item in requirement_items(scenario.accept_requires) if item not in valid]
    if not unknown:
        return ""
    named = []
    for item in dict.fromkeys(unknown):
        close = difflib.get_close_matches(item, valid, n=1, cutoff=0.75)
        if close:
            named.append(
                _("“%(item)s” (did you mean “%(suggestion)s”?)")
                % {"item": item, "suggestion": close[0]}
            )
        else:
            named.append(f"“{item}”")
    return _(
        "Not a cue kind or a hidden-fact key of this scenario: %(unknown)s. "
        "Cue kinds: %(kinds)s. Hidden-fact keys: %(facts)s."
    ) % {
        "unknown": ", ".join(named),
        "kinds": ", ".join(kinds),
        "facts": ", ".join(facts) or _("none yet (add hidden facts on the Customer tab)"),
    }


def _kept_rows(formset):
    """(form, cleaned data) for each row a submitted inline formset keeps."""
    rows = []
    for form in formset.forms:
        form.is_valid()  # cleans the row (cached: the formset's own validation reuses it)
        data = getattr(form, "cleaned_data", None) or {}
        if not data.get("DELETE"):
            rows.append((form, data))
    return rows


def submitted_fact_keys(formset) -> list[str]:
    """The hidden-fact keys a submitted inline formset keeps (rows marked deleted left out)."""
    keys = []
    for form, data in _kept_rows(formset):
        key = data.get("key") or (form["key"].value() or "").strip()
        if key:
            keys.append(key)
    return keys


def unknown_items(text: str, valid: list[str], what: str) -> str:
    """A message naming the items of a comma-separated list that are not ``valid`` (with a
    near miss), and the valid ones; empty when every item is known."""
    unknown = [item for item in requirement_items(text) if item not in valid]
    if not unknown:
        return ""
    named = []
    for item in dict.fromkeys(unknown):
        close = difflib.get_close_matches(item, valid, n=1, cutoff=0.75)
        named.append(
            _("“%(item)s” (did you mean “%(suggestion)s”?)")
            % {"item": item, "suggestion": close[0]}
            if close
            else f"“{item}”"
        )
    return _("Not %(what)s: %(unknown)s. Known: %(valid)s.") % {
        "what": what,
        "unknown": ", ".join(named),
        "valid": ", ".join(valid) or _("none yet"),
    }


class ScenarioAdminForm(WagtailAdminModelForm):
    """The scenario editor's form: checks what refers to the rows saved in the same submit
    (the model alone only sees the stored ones): "accepts only after" against the hidden
    facts, "prefers" against the resolutions, and each step's "after" and "changes fact"
    against the steps and the hidden facts."""

    def clean(self):
        cleaned_data = super().clean()
        facts = self.formsets.get("hidden_facts")
        fact_keys = submitted_fact_keys(facts) if facts is not None else None
        if fact_keys is not None:
            self.instance._form_fact_keys = fact_keys
        resolutions = self.formsets.get("resolutions")
        if resolutions is not None and (prefers := cleaned_data.get("prefers")):
            keys = submitted_fact_keys(resolutions)
            if message := unknown_items(prefers, keys, _("a resolution key of this scenario")):
                self.add_error("prefers", message)
        if resolutions is not None:
            known = cue_kind_values() + (fact_keys if fact_keys is not None else [])
            for form, data in _kept_rows(resolutions):
                what = _("a cue kind or a hidden-fact key of this scenario")
                if message := unknown_items(data.get("requires") or "", known, what):
                    form.add_error("requires", message)
        steps = self.formsets.get("steps")
        if steps is not None:
            self._check_steps(steps, fact_keys)
        return cleaned_data

    def _check_steps(self, formset, fact_keys) -> None:
        rows = _kept_rows(formset)
        step_keys = [data.get("key") for _, data in rows if data.get("key")]
        for form, data in rows:
            others = [key for key in step_keys if key != data.get("key")]
            if message := unknown_items(
                data.get("requires") or "", others, _("another step's key")
            ):
                form.add_error("requires", message)
            fact = (data.get("fact") or "").strip()
            if fact and fact_keys is not None and fact not in fact_keys:
                form.add_error(
                    "fact",
                    unknown_items(fact, fact_keys, _("a hidden-fact key of this scenario")),
                )


# -- reading a line -------------------------------------------------------------------------


class LineError(ValueError):
    """Input a line cannot be read with; ``field`` names it, ``status`` is the HTTP status."""

    def __init__(self, field: str, message: str, *, status: int = 422):
        super().__init__(message)
        self.field = field
        self.status = status


def language_codes() -> list[str]:
    """The interface languages (settings.LANGUAGES): the codes a line may be read in."""
    return [code for code, _name in settings.LANGUAGES]


def line_language_clean(code) -> str:
    """A language code from settings.LANGUAGES ("" for the scenario's own, else English)."""
    if code is None:
        return ""
    normal = str(code).strip().lower().replace("_", "-")
    if not normal:
        return ""
    if normal not in language_codes():
        raise LineError(
            "language",
            _("Unknown language “%(code)s”: use one of %(codes)s.")
            % {"code": code, "codes": ", ".join(language_codes())},
        )
    return normal


def line_text_clean(text) -> str:
    """The line as typed (quotes and offsets index it); refused when empty or over the cap."""
    if not isinstance(text, str) or not text.strip():
        raise LineError(
            "text", _("The message is empty: type what you want to say to the customer.")
        )
    if _SURROGATE.search(text):
        raise LineError(
            "text", _("The message contains a broken character (half of an emoji?): retype it.")
        )
    if len(text) > MAX_LINE_CHARS:
        raise LineError(
            "text",
            _(
                "That message is too long (%(length)s characters): the limit is "
                "%(limit)s characters."
            )
            % {"length": len(text), "limit": MAX_LINE_CHARS},
        )
    return text


def scenario_data(scenario, *, draft: bool):
    """``ScenarioData`` for a scenario row: its latest revision (``draft``) or what is live.

    Built from revision JSON that costs dozens of queries, so it is cached under the
    revision's id (a revision never changes).
    """
    revision_id = scenario.latest_revision_id if draft else scenario.live_revision_id
    key = f"simulations:understand:{scenario.pk}:{revision_id}" if revision_id else ""
    data = cache.get(key) if key else None
    if data is None:
        if draft and scenario.latest_revision_id:
            source = scenario.get_latest_revision_as_object()
        else:
            source = scenario
        data = source.to_data()
        if key:
            cache.set(key, data, timeout=SCENARIO_DATA_TIMEOUT)
    return data


def scenario_for_line(slug: str, *, drafts: bool):
    """The ScenarioData to read a line against: a published scenario, or for an author
    (``drafts``) any scenario's latest revision. Unknown slugs are a 404 LineError."""
    from .models import Scenario

    scenario = Scenario.objects.filter(slug=slug).first()
    if scenario is None or not (scenario.live or drafts):
        if drafts:
            message = _("Unknown scenario “%(slug)s”: there is no scenario with that slug.")
        else:
            message = _(
                "Unknown scenario “%(slug)s”: there is no published scenario with that slug."
            )
        raise LineError("scenario", message % {"slug": slug}, status=404)
    return scenario_data(scenario, draft=drafts)


def understand_line(text: str, *, scenario=None, language: str = "") -> Understanding:
    """What the product understands from ``text``, against ``scenario`` (ScenarioData): the
    same reading a practice call gets (with the LLM's when ``UNDERSTANDING_BACKEND`` is llm)."""
    from .understanding import Context
    from .understanding.llm import read_line

    return read_line(text, Context(scenario=scenario, language=language))
