"""How far the grader agrees with human labels, per criterion and overall.

    python manage.py grader_agreement labels.json

labels.json: [{"scenario": "<slug>", "transcript": [{"speaker", "text"}, ...],
"labels": {"<criterion key>": <score> | null}}]. A null label means "not applicable" and
that item is left out for the criterion. Yes/no criteria use Cohen's kappa; scale
criteria quadratic-weighted kappa. Overall is the item-weighted mean of the criteria.
"""

import json
from collections import defaultdict
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from simulations.models import Scenario

from ...agreement import agreement
from ...graders import GraderError
from ...services import transcript_grade
from ...transcripts import TranscriptError, transcript_clean


class Command(BaseCommand):
    help = "Compare the grader's criterion scores with human labels (Cohen's kappa)."

    def add_arguments(self, parser):
        parser.add_argument("labels", help="JSON file of labelled transcripts")
        parser.add_argument("--grader", default="offline", choices=["offline", "llm"])
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")

    def handle(self, *args, **options):
        items = self._load(Path(options["labels"]))
        pairs: dict[str, list[tuple[int, int]]] = defaultdict(list)
        meta: dict[str, dict] = {}
        scenarios = {s.slug: s for s in Scenario.objects.all()}
        for number, item in enumerate(items, 1):
            scenario = scenarios.get(item.get("scenario"))
            if scenario is None:
                raise CommandError(f"Item {number}: unknown scenario {item.get('scenario')!r}.")
            try:
                lines = transcript_clean(item.get("transcript"))
            except TranscriptError as exc:
                raise CommandError(f"Item {number}: {exc}") from exc
            labels = item.get("labels") or {}
            if not isinstance(labels, dict):
                raise CommandError(f"Item {number}: labels must be an object.")
            try:
                result = transcript_grade(scenario=scenario, lines=lines, grader=options["grader"])
            except GraderError as exc:
                raise CommandError(f"Item {number}: {exc}") from exc
            for c in result.criteria:
                if c.key not in labels or labels[c.key] is None or not c.applicable:
                    continue
                try:
                    human = int(labels[c.key])
                except (TypeError, ValueError) as exc:
                    raise CommandError(f"Item {number}: label {c.key} is not a number.") from exc
                pairs[c.key].append((c.score, max(0, min(c.max, human))))
                meta[c.key] = {"label": c.label, "max": c.max}
        if not pairs:
            raise CommandError("No labelled criteria matched the grader's criteria.")
        report = self._report(pairs, meta)
        if options["json"]:
            self.stdout.write(json.dumps(report, indent=2))
        else:
            self._print(report)

    def _load(self, path: Path) -> list:
        if not path.is_file():
            raise CommandError(f"File not found: {path}")
        try:
            items = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise CommandError(f"{path} is not valid JSON (line {exc.lineno}): {exc.msg}") from exc
        if not isinstance(items, list) or not items:
            raise CommandError(f"{path} must hold a non-empty list of labelled transcripts.")
        return items

    def _report(self, pairs, meta) -> dict:
        rows = []
        for key in sorted(pairs):
            grader, human = zip(*pairs[key], strict=True)
            scale = meta[key]["max"] > 1
            result = agreement(list(grader), list(human), scale=scale, maximum=meta[key]["max"])
            rows.append(
                {
                    "criterion": key,
                    "label": meta[key]["label"],
                    "kind": "scale" if scale else "yes_no",
                    "n": result.n,
                    "observed": round(result.observed, 3),
                    "kappa": None if result.kappa is None else round(result.kappa, 3),
                }
            )
        defined = [r for r in rows if r["kappa"] is not None]
        n_all = sum(r["n"] for r in rows)
        overall = {
            "n": n_all,
            "observed": round(sum(r["observed"] * r["n"] for r in rows) / n_all, 3),
            "kappa": round(
                sum(r["kappa"] * r["n"] for r in defined) / sum(r["n"] for r in defined), 3
            )
            if defined
            else None,
        }
        return {"criteria": rows, "overall": overall}

    def _print(self, report) -> None:
        out = self.stdout
        out.write(f"{'criterion':28} {'kind':7} {'n':>4} {'agree':>6} {'kappa':>7}")
        for r in report["criteria"]:
            kappa = "n/a" if r["kappa"] is None else f"{r['kappa']:.2f}"
            out.write(
                f"{r['criterion']:28} {r['kind']:7} {r['n']:>4} {r['observed']:>6.0%} {kappa:>7}"
            )
        o = report["overall"]
        kappa = "n/a" if o["kappa"] is None else f"{o['kappa']:.2f}"
        out.write(f"{'overall':28} {'':7} {o['n']:>4} {o['observed']:>6.0%} {kappa:>7}")
        out.write(
            "Kappa: 1 perfect, 0.8+ strong, 0.6-0.8 substantial, under 0.4 do not rely on it."
        )
