"""Load the demo: people, curriculum, scenarios, quizzes, rubrics, certification. Idempotent.

Each product app may have a ``demo.py`` with ``load(*, stdout)``; they run in the
order of INSTALLED_APPS, so later apps can build on earlier apps' content.
"""

import importlib
import importlib.util

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.demo import DEMO_PASSWORD, DEMO_USERS

PRODUCT_APPS = ["accounts", "courses", "simulations", "assessments", "certification"]


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
        for label in PRODUCT_APPS:
            module_name = f"{apps.get_app_config(label).name}.demo"
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
