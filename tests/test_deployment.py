"""The parts a deployment chooses (README "Deploying"): the task queue on Redis, uploads on
the local disk or an S3-compatible store, and `manage.py check` naming the variable to set
when a combination is wrong."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from lms import checks

ROOT = Path(__file__).resolve().parent.parent
REDIS_DB = 13  # a database of its own on the machine's Redis, emptied by each test


def _run(*args, env=None, timeout=180):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    base.pop("REDIS_URL", None)
    base.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=base | {"DJANGO_SETTINGS_MODULE": "lms.settings.dev"} | (env or {}),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _redis_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


needs_redis = pytest.mark.skipif(not _redis_reachable(), reason="no Redis on 127.0.0.1:6379")


# --- manage.py check ---------------------------------------------------------------------------


def _ids(messages):
    return [message.id for message in messages]


def test_an_unknown_task_backend_names_the_variable_and_the_choices(settings):
    settings.TASK_BACKEND = "celery"
    [error] = checks.task_queue_check(None)
    assert error.id == "lms.E001"
    assert "TASK_BACKEND" in error.hint and "database, redis, immediate" in error.hint


def test_the_redis_queue_without_redis_asks_for_redis_url(settings):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["redis"]}}
    settings.REDIS_URL = ""
    [error] = checks.task_queue_check(None)
    assert error.id == "lms.E002" and "REDIS_URL" in error.hint


def test_s3_uploads_without_a_bucket_ask_for_the_bucket(settings):
    settings.MEDIA_STORAGE = "s3"
    settings.AWS_STORAGE_BUCKET_NAME = ""
    [error] = checks.media_storage_check(None)
    assert error.id == "lms.E004" and "AWS_STORAGE_BUCKET_NAME" in error.hint
    settings.MEDIA_STORAGE = "ftp"
    assert _ids(checks.media_storage_check(None)) == ["lms.E003"]


def test_scaling_out_without_redis_is_flagged_for_the_deployment(settings, monkeypatch):
    monkeypatch.setattr(checks.connection, "vendor", "postgresql")
    settings.REDIS_URL = ""
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}
    [warning] = checks.scale_out_check(None)
    assert warning.id == "lms.W002" and "REDIS_URL" in warning.hint
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["immediate"]}}
    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    assert _ids(checks.scale_out_check(None)) == ["lms.W001"]


def test_the_default_single_machine_set_up_passes_every_check(settings, monkeypatch):
    monkeypatch.setattr(checks.connection, "vendor", "sqlite")  # the default, whatever CI runs on
    settings.REDIS_URL = ""
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}
    settings.MEDIA_STORAGE = "local"
    assert checks.task_queue_check(None) + checks.media_storage_check(None) == []
    assert checks.scale_out_check(None) == []


# --- the settings each variable chooses --------------------------------------------------------

PROBE = (
    "import json; from django.conf import settings; from django.core.files.storage import "
    "storages; s = storages['default']; print(json.dumps({"
    "'tasks': settings.TASKS['default']['BACKEND'], "
    "'rq': 'django_rq' in settings.INSTALLED_APPS, 'storage': type(s).__name__, "
    "'url': s.url('images/logo.png'), "
    "'img_src': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
)


def _probe(env) -> dict:
    return json.loads(_run("shell", "-c", PROBE, env=env).strip().splitlines()[-1])


def test_redis_url_moves_background_work_to_the_redis_queue():
    assert _probe({})["tasks"] == "django_tasks_db.DatabaseBackend"
    chosen = _probe({"REDIS_URL": "redis://127.0.0.1:6379/0"})
    assert chosen["tasks"] == "django_tasks_rq.RQBackend" and chosen["rq"]
    kept = _probe({"REDIS_URL": "redis://127.0.0.1:6379/0", "TASK_BACKEND": "database"})
    assert kept["tasks"] == "django_tasks_db.DatabaseBackend"


def test_uploads_on_an_s3_store_are_linked_there_and_allowed_by_the_policy():
    found = _probe(
        {
            "MEDIA_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": "callwise-media",
            "AWS_S3_CUSTOM_DOMAIN": "media.academy.example.com",
        }
    )
    assert found["storage"] == "S3Storage"
    assert found["url"] == "https://media.academy.example.com/media/images/logo.png"
    assert "https://media.academy.example.com" in found["img_src"]
    assert _probe({})["img_src"] == ["'self'", "data:"]


# --- uploads served by the app -----------------------------------------------------------------


@pytest.mark.django_db
def test_an_uploaded_image_is_served_without_debug_and_cannot_run_as_a_page(client, settings):
    assert settings.DEBUG is False
    name = default_storage.save("images/badge.png", ContentFile(b"\x89PNG\r\n\x1a\nfake"))
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "max-age" in response["Cache-Control"]
    again = client.get(f"/media/{name}", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304


@pytest.mark.django_db
def test_documents_and_paths_outside_the_media_folder_are_not_served(client):
    default_storage.save("documents/contract.pdf", ContentFile(b"%PDF-1.4 private"))
    assert client.get("/media/documents/contract.pdf").status_code == 404  # Wagtail's view
    assert client.get("/media/../manage.py").status_code == 404
    assert client.get("/media/images/missing.png").status_code == 404


# --- the Redis task queue, end to end -----------------------------------------------------------

END_A_CALL = """
from tests.assessments.factories import demo_rubrics, ended_session, scenario
from accounts.roles import Role
from accounts.services import roles_sync, user_create
roles_sync()
late = scenario("late-order-angry"); demo_rubrics()
agent = user_create(username="rq-agent", password=None, roles=[Role.AGENT])
lines = [("customer", "Where is my order?"), ("agent", "I'm sorry, let me check that for you.")]
session = ended_session(agent, late, lines, outcome="agent_ended")
from assessments.models import Grade
print(session.pk, Grade.objects.filter(session=session).exists())
"""
GRADED = (
    "from assessments.models import Grade, GradingJob; job = GradingJob.objects.get(); "
    "print(job.status, Grade.objects.filter(session=job.session).count())"
)


@needs_redis
def test_a_finished_call_is_graded_by_the_redis_worker(tmp_path):
    import redis

    url = f"redis://127.0.0.1:6379/{REDIS_DB}"
    redis.Redis.from_url(url).flushdb()
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path}/rq.sqlite3",
        "REDIS_URL": url,
        "GRADING_INLINE": "False",  # only the worker grades
        "CUSTOMER_ENGINE": "offline",
        "GRADER": "offline",
    }
    _run("migrate", "--no-input", "-v", "0", env=env)
    session_id, graded_at_once = _run("shell", "-c", END_A_CALL, env=env).split()[-2:]
    assert graded_at_once == "False"
    assert redis.Redis.from_url(url).llen("rq:queue:default") >= 1  # queued in Redis
    assert _run("shell", "-c", GRADED, env=env).split()[-2:] == ["pending", "0"]

    _run("task_worker", "--batch", env=env)

    assert _run("shell", "-c", GRADED, env=env).split()[-2:] == ["graded", "1"]
    assert redis.Redis.from_url(url).llen("rq:queue:default") == 0
    redis.Redis.from_url(url).flushdb()
