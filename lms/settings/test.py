"""The test suite: offline engine and grader, no API key, fast hashing, tasks run inline."""

import os

from .base import *  # noqa: F403

DEBUG = False
OPENAI_API_KEY = ""
OPENAI_BASE_URL = ""
OPENAI_TIMEOUT = 2.0
OPENAI_MAX_RETRIES = 0
CUSTOMER_ENGINE = "offline"
GRADER = "offline"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if REDIS_URL:  # noqa: F405 - CI runs the suite once with Redis
    # Parallel test workers each get their own Redis database, so one worker
    # clearing the cache between tests never empties another's.
    _worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    CACHES["default"]["LOCATION"] = REDIS_URL.rsplit("/", 1)[0] + f"/{8 + _worker}"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
LANGUAGE_CODE = "en"
LOGGING = {"version": 1, "disable_existing_loggers": False}
# pytest-django knows SQLite by Django's own engine name (an in-memory database for each
# parallel worker); in memory, lms.sqlite's queue of writers does nothing anyway.
if DATABASES["default"]["ENGINE"] == "lms.sqlite":  # noqa: F405
    DATABASES["default"]["ENGINE"] = "django.db.backends.sqlite3"  # noqa: F405
