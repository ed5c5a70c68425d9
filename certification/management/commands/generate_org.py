"""Fill the database with a realistic organisation for benchmarks (see certification.scale).

python manage.py generate_org --agents 5000 --managers 50
"""

import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from certification.scale import generate_org


class Command(BaseCommand):
    help = "Generate teams, people and their learning records at scale (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--agents", type=int, default=500)
        parser.add_argument("--managers", type=int, default=10)
        parser.add_argument("--prefix", default="org", help="Username and team slug prefix.")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, agents, managers, prefix, seed, **options):
        if agents < 1 or managers < 1:
            raise CommandError("--agents and --managers must be at least 1.")
        if get_user_model().objects.filter(username__startswith=f"{prefix}-").exists():
            raise CommandError(f"People named {prefix}-… exist already: pass another --prefix.")
        started = time.perf_counter()
        summary = generate_org(agents=agents, managers=managers, prefix=prefix, seed=seed)
        took = time.perf_counter() - started
        self.stdout.write(" ".join(f"{k}={v}" for k, v in vars(summary).items()))
        self.stdout.write(f"generated in {took:.1f}s")
