"""One definition each for the cue vocabulary and the mood scale, read the same everywhere.

Cue kinds: ``simulations.understanding.kinds`` (values, labels, NEGATIVE_KINDS); the mood
scale: ``simulations.mood.MOOD_SCALE``. The models, the API, the template tags, the customer
prompt and the call screen script derive from them and keep no copy of their own.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

from simulations import mood
from simulations.engines.line_tables import languages, line_tables
from simulations.models import (
    CUE_CHOICES,
    CUE_LABELS,
    CalmingTrigger,
    InflamingTrigger,
    MoodBand,
    ScenarioCustomerLine,
    SimulationSession,
    Turn,
)
from simulations.templatetags import simulations_tags
from simulations.understanding.kinds import NEGATIVE_KINDS, USEFUL_KINDS, CueKind
from tests.simulations import factories

BASE = "/api/v1/simulations"
CALL_JS = Path(settings.BASE_DIR) / "static" / "simulations" / "call.js"


# -- cue kinds -------------------------------------------------------------------------------


@pytest.mark.parametrize("model", [CalmingTrigger, InflamingTrigger])
def test_trigger_choices_are_the_cue_kinds_then_the_mood_models_pseudo_cues(model):
    choices = model._meta.get_field("cue").choices
    assert choices == CUE_CHOICES
    values = [value for value, _ in choices]
    assert values == [k.value for k in CueKind] + list(mood.TRIGGER_PSEUDO_CUES)
    for kind in CueKind:
        assert CUE_LABELS[kind.value] == kind.label


def test_every_cue_kind_has_a_label_and_the_stored_values_are_unchanged():
    # The values are stored in trigger rows and turns' cues: renaming one orphans data.
    assert [k.value for k in CueKind] == [
        "greeting",
        "customer_name",
        "acknowledgement",
        "empathy",
        "apology",
        "clarifying_question",
        "verification",
        "ownership",
        "next_steps",
        "allowed_resolution",
        "forbidden_promise",
        "blame",
        "jargon",
        "dismissive",
        "policy_without_empathy",
        "hold_or_transfer",
        "closing",
        "prompt_injection",
        "rude",
        "consent",
        "terms",
        "easy_decline",
        "pressure",
        "private_channel",
    ]
    assert CueKind.choices() == [(k.value, k.label) for k in CueKind]
    assert all(str(k.label) for k in CueKind)


def test_one_set_of_negative_kinds():
    assert NEGATIVE_KINDS == {
        CueKind.FORBIDDEN_PROMISE,
        CueKind.BLAME,
        CueKind.JARGON,
        CueKind.DISMISSIVE,
        CueKind.POLICY_WITHOUT_EMPATHY,
        CueKind.PROMPT_INJECTION,
        CueKind.RUDE,
        CueKind.PRESSURE,
    }
    assert not NEGATIVE_KINDS & USEFUL_KINDS
    assert CueKind.HOLD_OR_TRANSFER not in NEGATIVE_KINDS


def test_transcript_chips_are_bad_exactly_for_the_negative_kinds():
    turn = Turn(cues=[{"kind": k.value, "quote": k.value} for k in CueKind])
    tones = {c["kind"]: c["tone"] for c in turn.cue_labels}
    assert {k for k, tone in tones.items() if tone == "bad"} == {k.value for k in NEGATIVE_KINDS}
    labels = {c["kind"]: c["label"] for c in turn.cue_labels}
    assert labels == {k.value: k.label for k in CueKind}


# -- the mood scale --------------------------------------------------------------------------


def test_the_mood_scale_covers_0_to_100_in_order_and_bands_are_runs_of_levels():
    tops = [level.top for level in mood.MOOD_SCALE]
    assert tops == sorted(tops) and tops[-1] == mood.MOOD_MAX and tops[0] >= mood.MOOD_MIN
    assert mood.BANDS == ("low", "mid", "high")
    runs = [level.band for level in mood.MOOD_SCALE]
    assert [b for i, b in enumerate(runs) if i == 0 or runs[i - 1] != b] == list(mood.BANDS)
    assert len({level.name for level in mood.MOOD_SCALE}) == len(mood.MOOD_SCALE)


def test_customer_line_bands_are_any_plus_the_scales_bands():
    assert [value for value, _ in MoodBand.choices] == ["any", *mood.BANDS]
    field = ScenarioCustomerLine._meta.get_field("band")
    assert [value for value, _ in field.choices] == ["any", *mood.BANDS]
    with translation.override("en"):
        assert str(MoodBand("low").label) == "Furious / Upset (0–34)"
        assert str(MoodBand("mid").label) == "Uneasy (35–64)"


def test_the_engines_line_tables_use_only_the_scales_bands():
    keys = {"any", *mood.BANDS}
    used = set()
    for table in map(line_tables, sorted(languages())):
        for intents in table.LINES.values():
            for entry in intents.values():
                if isinstance(entry, dict) and set(entry) & keys:  # a table keyed by mood
                    assert set(entry) <= keys, entry
                    used |= set(entry)
    assert used == keys


def _tag_reading(value) -> dict:
    html = Template(
        "{% load simulations_tags %}{{ v|mood_band }}|{{ v|mood_level }}|{{ v|mood_label }}"
    ).render(Context({"v": value}))
    band, level, label = html.split("|")
    return {"band": band, "level": level, "label": label}


def _meter(value) -> str:
    return Template("{% load simulations_tags %}{% mood_meter v %}").render(Context({"v": value}))


@pytest.mark.django_db
def test_every_mood_reads_the_same_in_mood_py_the_api_and_the_templates(client_for, agent):
    factories.published_scenario()
    api = client_for(agent)
    response = api.post(
        f"{BASE}/sessions", json.dumps({"scenario": "test-late-order"}), "application/json"
    )
    session_id = response.json()["id"]
    for value in range(0, 101):
        level = mood.mood_level(value)
        expected = {"band": level.band, "level": level.name, "label": level.label}
        assert mood.mood_band(value) == level.band
        assert mood.mood_label(value) == level.label
        assert mood.mood_reading(value) == {"mood": value, **expected}

        SimulationSession.objects.filter(pk=session_id).update(mood_end=value)
        data = api.post(f"{BASE}/sessions/{session_id}/resume").json()  # not on hold: no change
        assert {k: data[k] for k in ("mood", "band", "level", "label")} == {
            "mood": value,
            **expected,
        }

        assert _tag_reading(value) == expected
        meter = _meter(value)
        assert f'class="mood mood--{level.name}"' in meter
        assert f'data-mood-band="{level.band}"' in meter
        assert f'<span class="mood__label" data-mood-label>{level.label}</span>' in meter
        assert simulations_tags.mood_meter(value)["label"] == level.label


def test_labels_are_translated_where_they_are_shown():
    with translation.override("fr"):
        assert _tag_reading(5)["label"] == mood.mood_reading(5)["label"] == "Furieux"
        assert "Furieux" in _meter(5)
    assert mood.mood_label(5) == "Furious"  # the customer prompt is written in English


@pytest.mark.parametrize("value", [0, 19, 20, 34, 35, 64, 65, 79, 80, 100])
def test_the_customer_prompt_takes_its_mood_words_from_the_scale(value):
    from simulations.conversation import conversation_start
    from simulations.engines.prompts import system_prompt
    from tests.simulations.demo_data import LATE_ORDER, ROSA

    _, call = conversation_start(ROSA, LATE_ORDER, 1)
    prompt = system_prompt(replace(call, mood=value))
    first, last = mood.MOOD_SCALE[0].label.lower(), mood.MOOD_SCALE[-1].label.lower()
    assert (
        f"Your mood right now: {mood.mood_label(value)} ({value}/100, 0 is {first}, 100 is {last})."
    ) in prompt


@pytest.mark.django_db
def test_the_streamed_mood_events_carry_band_and_label(client_for, agent):
    factories.published_scenario()
    api = client_for(agent)
    session = api.post(
        f"{BASE}/sessions", json.dumps({"scenario": "test-late-order"}), "application/json"
    ).json()
    with translation.override("en"):  # the request activates French: do not leak it
        response = api.post(
            f"{BASE}/sessions/{session['id']}/turns/stream",
            json.dumps({"text": "I'm so sorry about that, I'll sort it out for you."}),
            "application/json",
            HTTP_ACCEPT_LANGUAGE="fr",
        )
        # The events are made as the body is read, after the view returned, whatever the
        # language active then: they are still in the request's.
        with translation.override("en"):
            body = b"".join(response.streaming_content).decode()
    events = [
        (m.group(1), json.loads(m.group(2)))
        for m in re.finditer(r"event: (\w+)\ndata: (.*)\n\n", body)
    ]
    readings = [data for name, data in events if name in ("mood", "turn")]
    assert [name for name, _ in events if name in ("mood", "turn")] == ["mood", "turn"]
    for data in readings:
        with translation.override("fr"):
            assert {k: data[k] for k in ("mood", "band", "level", "label")} == mood.mood_reading(
                data["mood"]
            )


# -- the call screen script ------------------------------------------------------------------


def test_the_call_screen_script_keeps_no_mood_scale_of_its_own():
    script = CALL_JS.read_text(encoding="utf-8")
    code = re.sub(r"//[^\n]*", "", script)  # comments may describe the scale
    # No comparison of a mood against a number ("mood < 20", "30 > m" ...).
    assert not re.search(r"mood\w*\s*[<>]=?\s*\d", code, re.IGNORECASE)
    assert not re.search(r"\d\s*[<>]=?\s*\w*mood", code, re.IGNORECASE)
    # No band or level names or labels of its own: they come from the server.
    for level in mood.MOOD_SCALE:
        assert not re.search(rf"[\"'/|(]{level.name}\b", code, re.IGNORECASE), level.name
        assert f'"{level.label}"' not in code
    assert "T.bands" not in code
    assert "reading.label" in code and "reading.level" in code and "reading.band" in code
