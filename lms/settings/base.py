"""Settings shared by every environment.

Every value comes from an environment variable with a safe default, so a fresh
clone runs on SQLite with the offline customer engine and no network. Each
variable read here is listed in README.md's configuration table (a test checks).
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-development-key-change-me")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    # The product's own apps; imports go accounts <- courses <- simulations
    # <- assessments <- certification.
    "accounts",
    "courses",
    "simulations",
    "assessments",
    "certification",
    "packs",  # content packs: import and export of courses, scenarios, rubrics...
    "lms",  # the project: health check, uploads, task worker, deployment checks
    # Wagtail
    "csp",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "laces",
    "taggit",
    # Third party
    "axes",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.humanize",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # Every error under /api/v1/ is JSON, whatever raised it (lms/api.py).
    "lms.api.ApiErrorsAsJsonMiddleware",
    "lms.api.BrokenTextMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # AxesMiddleware should be the last middleware.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "accounts.context_processors.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "lms.wsgi.application"

# Database: SQLite unless DATABASE_URL names another (PostgreSQL in CI and production).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
SQLITE_BUSY_TIMEOUT = env.float("SQLITE_BUSY_TIMEOUT", default=20.0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite as a real embedded database under concurrent agents: write-ahead logging
    # (readers never wait for the writer), writers queue for up to SQLITE_BUSY_TIMEOUT
    # seconds instead of failing, and a transaction takes the write lock when it begins
    # (IMMEDIATE), so two writers never deadlock half-way with "database is locked".
    DATABASES["default"]["ENGINE"] = "lms.sqlite"  # writers of one process take turns
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": SQLITE_BUSY_TIMEOUT,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Background work (LLM grading, reminders, expiry) through django-tasks: the database
# (``db_worker``) by default, Redis through RQ when REDIS_URL is set (``rqworker``), or at
# once in the request. ``manage.py task_worker`` runs the worker the backend needs.
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "redis": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASK_BACKEND = env("TASK_BACKEND", default="redis" if REDIS_URL else "database")
TASKS = {"default": {"BACKEND": TASK_BACKENDS.get(TASK_BACKEND, TASK_BACKENDS["database"])}}
if TASK_BACKEND == "redis":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    TASKS["default"]["QUEUES"] = ["default"]
    # A job a worker lost (killed mid-task) is retried by RQ; results are kept a day.
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
# Grade a call offline in the request that ends it (the queued task stays its safety net);
# False leaves every grade to the task workers.
GRADING_INLINE = env.bool("GRADING_INLINE", default=True)

# Authentication
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Reverse proxies in front of the app: how many X-Forwarded-For entries to believe
# (0: none, the socket's address is the client). Sign-in lockout and the API throttle
# both find the client this way (accounts/network.py); ninja's own throttles too.
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=0)
NINJA_NUM_PROXIES = TRUSTED_PROXY_COUNT

# Failed-login throttling (django-axes, accounts/lockout.py): pause a username on one IP
# after AXES_FAILURE_LIMIT failures, and the whole IP after AXES_IP_FAILURE_LIMIT failures
# across usernames (one password tried on many accounts; an office NAT shares one IP).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_IP_FAILURE_LIMIT = env.int("AXES_IP_FAILURE_LIMIT", default=30)
AXES_COOLOFF_TIME = env.int("AXES_COOLOFF_MINUTES", default=15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "accounts.lockout.SignInLockoutHandler"
# django-ipware is not installed: without this axes would use REMOTE_ADDR behind any proxy.
AXES_CLIENT_IP_CALLABLE = "accounts.network.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# Session security
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 10)  # one shift
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_EXPIRE_AT_BROWSER_CLOSE = env.bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", default=False)
X_FRAME_OPTIONS = "DENY"  # Wagtail previews override this to SAMEORIGIN themselves

# Internationalisation: the interface in the source material's languages.
LANGUAGE_CODE = env("LANGUAGE_CODE", default="en")
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("zh-hans", _("Simplified Chinese")),
    ("id", _("Indonesian")),
    ("bg", _("Bulgarian")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

# Static files, collected and served by whitenoise.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads (images, documents): the local disk or a shared volume under MEDIA_ROOT, served
# by the app at MEDIA_URL; or any S3-compatible store through django-storages, served by
# the store (or the CDN in AWS_S3_CUSTOM_DOMAIN).
MEDIA_STORAGE = env("MEDIA_STORAGE", default="local")
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_HOSTS = []  # other hosts the pages may load uploads from (the Content-Security-Policy)
if MEDIA_STORAGE == "s3":
    AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_LOCATION = env("AWS_LOCATION", default="media")
    AWS_DEFAULT_ACL = None  # the bucket's own policy decides
    AWS_QUERYSTRING_AUTH = env.bool("AWS_QUERYSTRING_AUTH", default=not AWS_S3_CUSTOM_DOMAIN)
    AWS_S3_FILE_OVERWRITE = False
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    _endpoint = urlsplit(AWS_S3_ENDPOINT_URL or "")
    MEDIA_HOSTS = [
        origin
        for origin in (
            AWS_S3_CUSTOM_DOMAIN and f"https://{AWS_S3_CUSTOM_DOMAIN}",
            _endpoint.netloc and f"{_endpoint.scheme}://{_endpoint.netloc}",
        )
        if origin
    ] or ["https://*.amazonaws.com"]

# Email: console in development; any backend through EMAIL_URL (smtp://...).
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Callwise <training@localhost>")

# Wagtail
WAGTAIL_SITE_NAME = "Callwise"
WAGTAILADMIN_BASE_URL = SITE_URL
# Content-Security-Policy on every product page: scripts and styles from this server only,
# nothing framed, nothing fetched from another host. Style attributes are allowed (the
# templates set widths and colours inline); <style> and inline scripts are not. The
# authoring studio (Wagtail's admin) and Django's admin set their own inline scripts, and
# the API docs page loads Swagger UI: they are left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/cms/", "/django-admin/", "/api/v1/docs"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:", *MEDIA_HOSTS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *MEDIA_HOSTS],
        "object-src": ["'none'"],
        # The authoring studio previews product pages in a frame of its own.
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
    },
}
# No Gravatar: the admin would send every user's email hash to gravatar.com on each page.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No update check: the dashboard would ask releases.wagtail.org on each superuser visit.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "lms.search"}}  # Wagtail's, safe queries
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# The LLM: the customer engine and the grader. Offline unless configured.
OPENAI_API_KEY = env("OPENAI_API_KEY", default="")
OPENAI_BASE_URL = env("OPENAI_BASE_URL", default="")
OPENAI_TIMEOUT = env.float("OPENAI_TIMEOUT", default=20.0)
OPENAI_MAX_RETRIES = env.int("OPENAI_MAX_RETRIES", default=1)
# The customer's failure budget: one deadline per turn covering every retry, a cap on a
# reply's length, and a circuit breaker that skips the LLM for a cool-off after N
# consecutive failures (the offline customer answers at once meanwhile).
LLM_TURN_DEADLINE = env.float("LLM_TURN_DEADLINE", default=10.0)
LLM_REPLY_MAX_CHARS = env.int("LLM_REPLY_MAX_CHARS", default=600)
LLM_BREAKER_FAILURES = env.int("LLM_BREAKER_FAILURES", default=3)
LLM_BREAKER_COOLOFF = env.int("LLM_BREAKER_COOLOFF", default=60)
OPENAI_CUSTOMER_MODEL = env("OPENAI_CUSTOMER_MODEL", default="gpt-4o-mini")
OPENAI_GRADER_MODEL = env("OPENAI_GRADER_MODEL", default="gpt-4o-mini")
OPENAI_UNDERSTANDING_MODEL = env("OPENAI_UNDERSTANDING_MODEL", default=OPENAI_CUSTOMER_MODEL)
_llm_configured = bool(OPENAI_API_KEY or OPENAI_BASE_URL)
CUSTOMER_ENGINE = env("CUSTOMER_ENGINE", default="llm" if _llm_configured else "offline")
GRADER = env("GRADER", default="llm" if _llm_configured else "offline")
# How agent lines are read: "rules" (offline, always the floor) or "llm" (rules plus the
# model's reading within LLM_UNDERSTANDING_DEADLINE seconds; see simulations.understanding.llm).
UNDERSTANDING_BACKEND = env("UNDERSTANDING_BACKEND", default="llm" if _llm_configured else "rules")
LLM_UNDERSTANDING_DEADLINE = env.float("LLM_UNDERSTANDING_DEADLINE", default=3.0)
# Flag a call grade for human review when the two graders differ by more than this.
GRADER_DISAGREEMENT_MARGIN = env.int("GRADER_DISAGREEMENT_MARGIN", default=15)
# Calibration against reviewers' labels: a criterion with at least CALIBRATION_MIN_LABELS
# labels and a Cohen's kappa under CALIBRATION_MIN_KAPPA is left out of certification.
CALIBRATION_MIN_KAPPA = env.float("CALIBRATION_MIN_KAPPA", default=0.6)
CALIBRATION_MIN_LABELS = env.int("CALIBRATION_MIN_LABELS", default=10)

# The JSON API (django-ninja): per-user request rate for token and session callers.
API_RATE_LIMIT = env("API_RATE_LIMIT", default="600/m")
# POST /api/v1/simulations/understand (reading a line) has its own, tighter limit as well.
UNDERSTAND_RATE_LIMIT = env("UNDERSTAND_RATE_LIMIT", default="60/m")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # Wagtail logs every page created at INFO: too chatty for migrate and load_demo.
    "loggers": {"wagtail": {"level": "WARNING"}},
}
