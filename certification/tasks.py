"""Background work: take ids, call services. No logic of its own."""

from django.contrib.auth import get_user_model
from django_tasks import task


@task()
def certificates_evaluate_task(user_id: int) -> int:
    """Issue any certificate the person now qualifies for; returns how many were issued."""
    from .services import certificate_evaluate_for

    user = get_user_model().objects.filter(pk=user_id).first()
    return len(certificate_evaluate_for(user)) if user else 0


@task()
def evaluate_certifications_task() -> dict:
    """The cron's pass (windows, expiries, certificates, assignments, retraining rules)."""
    from .services import evaluate_all

    return evaluate_all()


@task()
def assignment_reminders_task() -> dict:
    from .services.reminders import reminders_send

    return reminders_send()


@task()
def csv_export_task(export_id: int) -> str:
    from .models import CsvExport
    from .services.exports import csv_export_run

    export = CsvExport.objects.select_related("team").get(pk=export_id)
    return csv_export_run(export=export).status
