"""Run the background worker the configured task backend needs, in the foreground.

``--batch`` runs what is queued and stops (a cron job, a test).

``TASK_BACKEND=database`` runs django-tasks-db's ``db_worker``; ``redis`` runs RQ's worker
on the ``default`` queue with django-tasks-rq's job class; ``immediate`` needs no worker.
``make run``, ``bin/serve`` and the container's worker service all start this command.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Run the background task worker for TASK_BACKEND (database or redis)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", action="store_true", help="Run what is queued now, then stop."
        )

    def handle(self, *args, batch=False, **options):
        backend = settings.TASKS["default"]["BACKEND"]
        if backend == settings.TASK_BACKENDS["database"]:
            call_command("db_worker", reload=False, batch=batch, startup_delay=not batch)
        elif backend == settings.TASK_BACKENDS["redis"]:
            queues = settings.TASKS["default"].get("QUEUES", ["default"])
            call_command(
                "rqworker",
                *queues,
                job_class="django_tasks_rq.Job",
                with_scheduler=not batch,
                burst=batch,
            )
        elif backend == settings.TASK_BACKENDS["immediate"]:
            self.stdout.write("TASK_BACKEND is 'immediate': tasks run at once, no worker needed.")
        else:
            raise CommandError(f"No worker is known for the task backend {backend}.")
