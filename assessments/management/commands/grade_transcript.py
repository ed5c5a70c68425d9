"""Grade an external call transcript with a scenario's rubric and print the grade as JSON.

    python manage.py grade_transcript --scenario refund-outside-window call.json

The file holds [{"speaker": "agent" | "customer", "text": "..."}] (or {"transcript": [...]}).
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from simulations.models import Scenario

from ...graders import GraderError
from ...services import transcript_grade
from ...transcripts import TranscriptError, transcript_clean


class Command(BaseCommand):
    help = "Grade an external transcript (JSON file) with a scenario's rubric; prints JSON."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON file: a list of {speaker, text} lines")
        parser.add_argument("--scenario", required=True, help="the scenario's slug")
        parser.add_argument("--grader", default="offline", choices=["offline", "llm"])

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"File not found: {path}")
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path} is not UTF-8 text: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise CommandError(
                f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
            ) from exc
        try:
            lines = transcript_clean(raw)
        except TranscriptError as exc:
            raise CommandError(f"{path}: {exc}") from exc
        slug = options["scenario"]
        scenario = Scenario.objects.filter(slug=slug).first()
        if scenario is None:
            known = ", ".join(Scenario.objects.order_by("slug").values_list("slug", flat=True))
            raise CommandError(f"Unknown scenario '{slug}'. Known scenarios: {known or 'none'}.")
        try:
            result = transcript_grade(scenario=scenario, lines=lines, grader=options["grader"])
        except GraderError as exc:
            raise CommandError(f"{exc} Try again, or use --grader offline.") from exc
        self.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
