"""The understanding corpus (corpora/understanding/) is well formed, whatever its size.

Every line follows corpora/understanding/GUIDE.md: known kinds, acts and fields, quotes
copied exactly from the text, unique ids, and scenario labels that name real keys.
"""

import json
from pathlib import Path

import pytest
from django.conf import settings

from simulations.understanding.kinds import CueKind

ROOT = Path(settings.BASE_DIR) / "corpora" / "understanding"
LANGUAGES = {"en", "fr", "zh-hans", "id", "bg"}
ACTS = {"question", "instruction", "statement", "commitment"}
COMMITMENTS = {"refund", "credit", "discount", "percentage", "date", "time", "guarantee", "promise"}
DISCLOSURES = {
    "card_digits",
    "address",
    "email",
    "phone",
    "date_of_birth",
    "password",
    "security_answer",
}
DOMAINS = {"billing", "orders", "delivery", "refunds", "cancellations", "tech_support", "account"}
FIELDS = {
    "id",
    "text",
    "language",
    "channel",
    "domain",
    "customer_said",
    "scenario",
    "cues",
    "acts",
    "commitments",
    "disclosures",
    "facts",
    "resolutions",
    "off_topic",
    "addressed_to_grader",
}
FILES = sorted(ROOT.glob("*/*.jsonl"))


def _scenario_keys() -> dict[str, tuple[set[str], set[str]]]:
    from packs.demo import items

    return {
        s["slug"]: ({f["key"] for f in s["hidden_facts"]}, {r["key"] for r in s["resolutions"]})
        for s in items("scenario")
    }


def _lines(path: Path) -> list[tuple[int, dict]]:
    rows = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if raw.strip():
            rows.append((number, json.loads(raw)))
    return rows


def test_ids_are_unique_across_the_files_of_a_language():
    ids: dict[str, str] = {}
    for path in FILES:
        for number, row in _lines(path):
            where = f"{path.parent.name}/{path.name}:{number}"
            assert row["id"] not in ids, f"{where}: id also in {ids[row['id']]}"
            ids[row["id"]] = where


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_line_follows_the_guide(path):
    assert path.parent.name in {"dev", "heldout"}
    language = path.name.split(".")[0]  # en.jsonl, or a further file of the part: en.b.jsonl
    assert language in LANGUAGES
    scenarios = _scenario_keys()
    kinds = {k.value for k in CueKind}
    seen = set()
    for number, row in _lines(path):
        where = f"{path.name}:{number}"
        assert set(row) == FIELDS, f"{where}: fields {sorted(set(row) ^ FIELDS)}"
        assert row["id"].startswith(f"{language}-{path.parent.name}-"), where
        assert row["id"] not in seen, f"{where}: repeated id"
        seen.add(row["id"])
        text = row["text"]
        assert text.strip(), where
        assert row["language"] in LANGUAGES, where
        assert row["channel"] in {"phone", "chat"}, where
        assert row["domain"] in DOMAINS, where
        for cue in row["cues"]:
            assert cue["kind"] in kinds, f"{where}: unknown kind {cue['kind']}"
            assert cue["quote"] and cue["quote"] in text, f"{where}: quote {cue['quote']!r}"
        assert set(row["acts"]) <= ACTS and row["acts"], f"{where}: acts {row['acts']}"
        for c in row["commitments"]:
            assert c["kind"] in COMMITMENTS and c["quote"] in text, f"{where}: {c}"
        for d in row["disclosures"]:
            assert d["kind"] in DISCLOSURES and d["quote"] in text, f"{where}: {d}"
        if row["scenario"] is None:
            assert not row["facts"] and not row["resolutions"], where
        else:
            facts, resolutions = scenarios[row["scenario"]]
            assert set(row["facts"]) <= facts, f"{where}: facts {row['facts']}"
            for r in row["resolutions"]:
                assert r["key"] in resolutions and isinstance(r["allowed"], bool), where
        assert isinstance(row["off_topic"], bool) and isinstance(row["addressed_to_grader"], bool)
