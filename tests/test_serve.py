"""bin/serve, the production entry point (`make serve`, the container's command): it
migrates, collects static files, and serves with gunicorn and a task worker, configured
only by environment variables."""

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench._server import free_port

ROOT = Path(__file__).resolve().parent.parent


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _get(url, headers=None):
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def served(tmp_path):
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))},
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DJANGO_SECRET_KEY": "serve-test-" + "q8Zr4Lm2Xw" * 6,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{tmp_path}/serve.sqlite3",
        "STATIC_ROOT": str(tmp_path / "static"),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        "PYTHON": sys.executable,
    }
    env.pop("REDIS_URL", None)
    process = subprocess.Popen(
        [str(ROOT / "bin" / "serve")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300  # migrating a new database is most of it
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(process.stdout.read().decode(errors="replace"))
        try:
            if _get(f"{base}/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.5)
    else:
        os.killpg(process.pid, signal.SIGKILL)  # the web server and worker with it
        pytest.fail("bin/serve did not answer /healthz within 300 s")
    yield base, process, tmp_path
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_serve_runs_the_production_stack_and_stops_it_as_one(served):
    base, process, tmp_path = served
    # A load balancer checks health over plain HTTP...
    status, _headers, body = _get(f"{base}/healthz")
    assert status == 200 and b'"ok"' in body
    # ...while every other page is sent to https,
    status, headers, _body = _get(f"{base}/accounts/login/")
    assert status == 301 and headers["Location"].startswith("https://")
    # and behind the TLS proxy the product is served, with its static files.
    behind = {"X-Forwarded-Proto": "https"}
    status, headers, body = _get(f"{base}/accounts/login/", behind)
    assert status == 200 and b"Sign in" in body
    assert "gunicorn" in headers.get("Server", "")
    css = body.decode().split('href="/static/lms/css/app.')[1].split('"')[0]
    status, _headers, _body = _get(f"{base}/static/lms/css/app.{css}", behind)
    assert status == 200
    assert (tmp_path / "serve.sqlite3").exists()  # migrated before serving

    group = subprocess.run(
        ["ps", "-o", "args=", "-g", str(process.pid)], capture_output=True, text=True
    ).stdout
    assert "task_worker" in group and "gunicorn" in group

    # Stopping it stops the web server and the task worker together.
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)
    with pytest.raises(OSError):
        _get(f"{base}/healthz")
    ps = subprocess.run(["ps", "-o", "pid=", "-g", str(process.pid)], capture_output=True)
    assert not ps.stdout.strip(), "a worker or web process outlived bin/serve"
