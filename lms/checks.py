"""``manage.py check`` on the parts a deployment chooses: each message names the variable to set.

Errors stop ``bin/serve`` (it runs ``check --deploy --fail-level ERROR``); warnings are
combinations that work on one machine but not across several (README "Deploying").
"""

from django.conf import settings
from django.core.checks import Error, Warning, register
from django.db import connection

TASK_WORKER_HINT = "Run `manage.py task_worker` beside the web server."


def _task_backend() -> str:
    return settings.TASKS["default"]["BACKEND"]


@register()
def task_queue_check(app_configs, **kwargs):
    problems = []
    chosen = getattr(settings, "TASK_BACKEND", "database")
    if chosen not in settings.TASK_BACKENDS:
        known = ", ".join(settings.TASK_BACKENDS)
        problems.append(
            Error(
                f"TASK_BACKEND is {chosen!r}, which is not a task backend.",
                hint=f"Set TASK_BACKEND to one of: {known}.",
                id="lms.E001",
            )
        )
    if _task_backend() == settings.TASK_BACKENDS["redis"] and not settings.REDIS_URL:
        problems.append(
            Error(
                "TASK_BACKEND is 'redis' but REDIS_URL is not set.",
                hint="Set REDIS_URL (redis://host:6379/0), or TASK_BACKEND=database.",
                id="lms.E002",
            )
        )
    return problems


@register()
def media_storage_check(app_configs, **kwargs):
    storage = getattr(settings, "MEDIA_STORAGE", "local")
    if storage not in {"local", "s3"}:
        return [
            Error(
                f"MEDIA_STORAGE is {storage!r}.",
                hint="Set MEDIA_STORAGE to 'local' (MEDIA_ROOT, a disk or shared volume) or 's3'.",
                id="lms.E003",
            )
        ]
    if storage == "s3" and not settings.AWS_STORAGE_BUCKET_NAME:
        return [
            Error(
                "MEDIA_STORAGE is 's3' but no bucket is named.",
                hint="Set AWS_STORAGE_BUCKET_NAME (and AWS_S3_ENDPOINT_URL for a store "
                "other than Amazon S3).",
                id="lms.E004",
            )
        ]
    return []


@register(deploy=True)
def scale_out_check(app_configs, **kwargs):
    problems = []
    shared_database = connection.vendor != "sqlite"
    if _task_backend() == settings.TASK_BACKENDS["immediate"]:
        problems.append(
            Warning(
                "TASK_BACKEND is 'immediate': grading, reminders and exports run inside "
                "the web request that asks for them.",
                hint="Set TASK_BACKEND=database (or redis with REDIS_URL). " + TASK_WORKER_HINT,
                id="lms.W001",
            )
        )
    if shared_database and not settings.REDIS_URL:
        problems.append(
            Warning(
                "The database is shared (DATABASE_URL) but the cache is each process's own: "
                "rate limits and the LLM circuit breaker are not shared between web nodes.",
                hint="Set REDIS_URL so every web process shares the cache and sessions.",
                id="lms.W002",
            )
        )
    return problems
