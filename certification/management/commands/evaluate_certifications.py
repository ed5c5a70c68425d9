"""Cron: open renewal windows, expire certificates, issue earned ones, run retraining rules.

    */15 * * * *  python manage.py evaluate_certifications

Safe to run as often as you like: each window, expiry and need is acted on once.
"""

from django.core.management.base import BaseCommand

from certification.services import evaluate_all


class Command(BaseCommand):
    help = "Open renewal windows, expire certificates, issue earned ones, run retraining rules."

    def add_arguments(self, parser):
        parser.add_argument(
            "--active-since-hours",
            type=int,
            default=24,
            help="Run the retraining rules for people with graded activity in this many hours.",
        )
        parser.add_argument(
            "--background",
            action="store_true",
            help="Queue the work as a background task instead of running it now.",
        )

    def handle(self, *args, active_since_hours=24, background=False, **options):
        if background:
            from certification.tasks import evaluate_certifications_task

            result = evaluate_certifications_task.enqueue()
            self.stdout.write(f"queued {result.id}")
            return
        summary = evaluate_all(active_since_hours=active_since_hours)
        self.stdout.write(" ".join(f"{k}={v}" for k, v in summary.items()))
