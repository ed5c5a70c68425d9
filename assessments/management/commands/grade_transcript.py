"""Grade an external call transcript and print the grade as JSON.

    python manage.py grade_transcript call.json                      # the QA scorecard
    python manage.py grade_transcript --scenario refund-outside-window call.json
    python manage.py grade_transcript --rubric late-order call.json

The file holds [{"speaker": "agent" | "customer", "text": "..."}] (or {"transcript": [...]}).
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from simulations.models import Scenario

from ...graders import GraderError
from ...models import Rubric
from ...selectors import UnknownRubric
from ...services import transcript_grade
from ...transcripts import TranscriptError, transcript_clean


class Command(BaseCommand):
    help = (
        "Grade an external transcript (JSON file) with the QA scorecard, a scenario's rubric "
        "or a named rubric; prints JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON file: a list of {speaker, text} lines")
        parser.add_argument("--scenario", default="", help="a scenario's slug (its policy)")
        parser.add_argument("--rubric", default="", help="a published rubric's slug")
        parser.add_argument(
            "--language", default="en", help="the call's language, without a scenario"
        )
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
        scenario = None
        if slug := options["scenario"]:
            scenario = Scenario.objects.filter(slug=slug).first()
            if scenario is None:
                known = ", ".join(Scenario.objects.order_by("slug").values_list("slug", flat=True))
                raise CommandError(
                    f"Unknown scenario '{slug}'. Known scenarios: {known or 'none'}."
                )
        try:
            result = transcript_grade(
                scenario=scenario,
                rubric=options["rubric"],
                language=scenario.language if scenario else options["language"],
                lines=lines,
                grader=options["grader"],
            )
        except UnknownRubric as exc:
            known = ", ".join(Rubric.objects.published().values_list("slug", flat=True))
            raise CommandError(
                f"Unknown rubric '{exc}'. Published rubrics: {known or 'none'}."
            ) from None
        except GraderError as exc:
            raise CommandError(f"{exc} Try again, or use --grader offline.") from exc
        self.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
