"""Print what Callwise understands from an agent's line, as the API returns it (JSON).

    python manage.py understand "Could you give me your order number?" --scenario late-order-angry
    python manage.py understand "Bonjour, je suis désolée" --language fr
    python manage.py understand "..." --scenario my-draft --draft   # the latest revision

The same reading as ``POST /api/v1/simulations/understand`` (simulations.authoring):
cues with their quotes and offsets, acts, hidden-fact keys asked for, resolutions
offered, commitments, disclosures, off_topic and addressed_to_grader.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from simulations import authoring
from simulations.models import Scenario


class Command(BaseCommand):
    help = "Print what Callwise understands from an agent's line, as JSON (the API's shape)."

    def add_arguments(self, parser):
        parser.add_argument("text", help="the agent's line")
        parser.add_argument(
            "--scenario", default="", help="a scenario's slug: its facts and resolutions count"
        )
        parser.add_argument(
            "--language",
            default="",
            help=f"an interface language ({', '.join(authoring.language_codes())}); "
            "default the scenario's, else English",
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="read the scenario's latest revision, published or not (default: published)",
        )

    def handle(self, *args, **options):
        try:
            text = authoring.line_text_clean(options["text"])
            language = authoring.line_language_clean(options["language"])
        except authoring.LineError as exc:
            raise CommandError(str(exc)) from exc
        scenario = None
        if options["scenario"]:
            scenario = self._scenario(options["scenario"], draft=options["draft"])
        understanding = authoring.understand_line(text, scenario=scenario, language=language)
        self.stdout.write(json.dumps(understanding.to_dict(), indent=2, ensure_ascii=False))

    def _scenario(self, slug: str, *, draft: bool):
        scenario = Scenario.objects.filter(slug=slug).first()
        if scenario is None:
            known = Scenario.objects.order_by("slug").values_list("slug", flat=True)
            raise CommandError(
                f"Unknown scenario '{slug}'. Known scenarios: {', '.join(known) or 'none'}."
            )
        if not (draft or scenario.live):
            raise CommandError(
                f"Scenario '{slug}' is not published: add --draft to read its latest revision."
            )
        return authoring.scenario_data(scenario, draft=draft)
