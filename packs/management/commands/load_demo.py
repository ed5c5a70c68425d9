"""Load the demo: people, the demo content pack, and some activity. Idempotent.

First the people (``accounts.demo``), then the content, imported from the demo pack
(``demo/``) through the importer like any pack, then each app's demo activity (``demo.py``
with ``load(*, stdout)``: lesson progress, past calls, grades, quiz attempts,
certificates), in the order of the apps, so later apps build on earlier apps' activity.
"""

import importlib
import importlib.util

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.demo import DEMO_PASSWORD, DEMO_USERS
from packs import demo

ACTIVITY_APPS = ["courses", "simulations", "assessments", "certification"]


class Command(BaseCommand):
    help = "Load the demo company, people and content (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with production settings (creates users with a known password).",
        )

    def handle(self, *args, force=False, **options):
        if settings.SETTINGS_MODULE.endswith(".production") and not force:
            raise CommandError(
                "Refusing to load demo users with a known password under production "
                "settings. Pass --force if you really mean it."
            )
        with transaction.atomic():
            importlib.import_module("accounts.demo").load(stdout=self.stdout)
        self.stdout.write("  loaded accounts")
        demo.load(stdout=self.stdout)
        self.stdout.write("  loaded the demo pack")
        for label in ACTIVITY_APPS:
            module_name = f"{label}.demo"
            if importlib.util.find_spec(module_name) is None:
                continue
            with transaction.atomic():
                importlib.import_module(module_name).load(stdout=self.stdout)
            self.stdout.write(f"  loaded {label}")
        self.stdout.write(self.style.SUCCESS("Demo loaded. Sign in at http://127.0.0.1:8000/"))
        self.stdout.write("")
        self.stdout.write("  username   role")
        for username, _first, _last, roles, _superuser in DEMO_USERS:
            self.stdout.write(f"  {username:<10} {roles[0].label}")
        self.stdout.write(f"  password for every demo user: {DEMO_PASSWORD}")
