# Callwise: the production image. Build: docker build -t callwise .
# Run (the same entry point as `make serve`, configured by environment variables):
#   docker run -p 8000:8000 -e DJANGO_SECRET_KEY=... -e DJANGO_ALLOWED_HOSTS=... callwise
# See README "Production: make serve" and docker-compose.yml for PostgreSQL and Redis.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /venv && /venv/bin/pip install -r requirements.txt

FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PATH=/venv/bin:$PATH PYTHON=/venv/bin/python \
    DJANGO_SETTINGS_MODULE=lms.settings.production STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/data/media DATABASE_URL=sqlite:////data/callwise.sqlite3 HOST=0.0.0.0 PORT=8000
RUN useradd --create-home --uid 10001 callwise && mkdir -p /data && chown callwise /data
WORKDIR /app
COPY --from=build /venv /venv
COPY --chown=callwise . .
# Static files are collected at build time (a throwaway key: nothing is signed here).
RUN DJANGO_SECRET_KEY=collectstatic-only DJANGO_ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --no-input --verbosity 0 && chown -R callwise /app/staticfiles
USER callwise
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD ["bin/serve"]
