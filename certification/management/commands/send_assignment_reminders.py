"""Cron: email assignment reminders two days before the due date and once when overdue.

    0 * * * *  python manage.py send_assignment_reminders

Each reminder is sent once, however often this runs.
"""

from django.core.management.base import BaseCommand

from certification.services.reminders import reminders_send


class Command(BaseCommand):
    help = "Email assignment reminders (before the due date and when overdue), once each."

    def add_arguments(self, parser):
        parser.add_argument(
            "--background", action="store_true", help="Queue as a background task instead."
        )

    def handle(self, *args, background=False, **options):
        if background:
            from certification.tasks import assignment_reminders_task

            result = assignment_reminders_task.enqueue()
            self.stdout.write(f"queued {result.id}")
            return
        sent = reminders_send()
        self.stdout.write(f"due_soon={sent['due_soon']} overdue={sent['overdue']}")
