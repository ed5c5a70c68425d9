"""Grade every finished, non-trial call that has no grade yet (cron's safety net).

    python manage.py grade_pending            # grade them now
    python manage.py grade_pending --dry-run  # list them

Exits with status 1 when a call could not be graded, so cron or monitoring notices.
"""

from django.core.management.base import BaseCommand, CommandError

from ...models import GradingJob
from ...services import grade_pending, ungraded_sessions


class Command(BaseCommand):
    help = "Grade every finished, non-trial call that has no grade yet."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="list them, grade nothing")
        parser.add_argument("--limit", type=int, default=None, help="grade at most this many")

    def handle(self, *args, **options):
        if options["limit"] is not None and options["limit"] < 1:
            raise CommandError("--limit must be a positive number.")
        if options["dry_run"]:
            sessions = list(ungraded_sessions().select_related("user", "scenario"))
            jobs = {j.session_id: j for j in GradingJob.objects.filter(session__in=sessions)}
            for session in sessions:
                job = jobs.get(session.pk)
                state = f"{job.get_status_display()}, {job.attempts} attempt(s)" if job else "—"
                self.stdout.write(f"call {session.pk}: {session} ({state})")
            self.stdout.write(f"{len(sessions)} finished call(s) without a grade.")
            return
        report = grade_pending(limit=options["limit"])
        self.stdout.write(f"Graded {len(report.graded)} call(s).")
        for session_id, error in report.failed.items():
            self.stderr.write(f"call {session_id} could not be graded: {error}")
        if report.failed:
            raise CommandError(f"{len(report.failed)} call(s) could not be graded; see above.")
