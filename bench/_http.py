"""The load harness's HTTP client: plain http.client to 127.0.0.1, bounded and retried.

Only what bench/_harness.py needs: JSON requests with a token, the real sign-in form for
a session cookie, and the gist of an error page. No third-party client, no other host.
"""

from __future__ import annotations

import html
import http.client
import json
import re
import time
import urllib.parse
from collections.abc import Callable

REQUEST_TIMEOUT = 60
RETRIES = 3
RETRY_PAUSE = 0.5


class Client:
    """One caller's HTTP/1.1 requests to 127.0.0.1 (a new connection each, as a browser may).

    A connection reset or refused before any answer is tried again (up to RETRIES times,
    as a person would press again) and reported through ``on_retry``: runserver listens
    with a backlog of 10, so when dozens of agents connect at the same moment the kernel
    resets some connections before Django sees the request. Timeouts are not retried.
    """

    def __init__(self, port: int, headers: dict[str, str], on_retry: Callable | None = None):
        self.port = port
        self.headers = headers
        self.on_retry = on_retry

    def request(self, method: str, path: str, payload=None, headers=None, form=None):
        """(status, body, response); status 0 and the error as body when nothing answered."""
        for attempt in range(RETRIES + 1):
            try:
                return self._once(method, path, payload, headers, form)
            except ConnectionError as exc:  # reset, refused or closed with no answer
                if attempt == RETRIES:
                    return 0, repr(exc).encode(), None
                if self.on_retry is not None:
                    self.on_retry()
                time.sleep(RETRY_PAUSE)
            except (OSError, http.client.HTTPException) as exc:
                return 0, repr(exc).encode(), None
        raise AssertionError("unreachable")

    def _once(self, method, path, payload, headers, form):
        sent = self.headers | (headers or {})
        body = None
        if payload is not None:
            body = json.dumps(payload)
            sent |= {"Content-Type": "application/json"}
        elif form is not None:
            body = urllib.parse.urlencode(form)
            sent |= {"Content-Type": "application/x-www-form-urlencoded"}
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request(method, path, body, sent)
            response = conn.getresponse()
            return response.status, response.read(), response
        finally:
            conn.close()


def json_of(body: bytes) -> dict:
    try:
        data = json.loads(body)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def cookies_of(response: http.client.HTTPResponse | None) -> dict[str, str]:
    found = {}
    for header in (response.headers.get_all("Set-Cookie") or []) if response else []:
        name, _, rest = header.partition("=")
        found[name.strip()] = rest.split(";", 1)[0]
    return found


def cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def sign_in(port: int, username: str, password: str) -> dict[str, str] | None:
    """Session cookies from the real sign-in form (CSRF cookie first, as a browser does)."""
    client = Client(port, {"Accept": "text/html"})
    status, _body, response = client.request("GET", "/accounts/login/")
    if status != 200:
        return None
    cookies = cookies_of(response)
    form = {
        "username": username,
        "password": password,
        "csrfmiddlewaretoken": cookies.get("csrftoken", ""),
    }
    headers = {"Cookie": cookie_header(cookies)}
    status, _body, response = client.request("POST", "/accounts/login/", headers=headers, form=form)
    cookies |= cookies_of(response)
    return cookies if status == 302 and "sessionid" in cookies else None


def summarise(body: bytes) -> str:
    """The gist of an error body: Django's debug page title and message, or the start."""
    text = body.decode(errors="replace")
    title = re.search(r"<title>(.*?)</title>", text, re.S)
    value = re.search(r'<pre class="exception_value">(.*?)</pre>', text, re.S)
    if title:
        parts = [title.group(1), value.group(1) if value else ""]
        text = " | ".join(html.unescape(p) for p in parts if p.strip())
    elif "Traceback (most recent call last)" in text:
        text = [line for line in text.splitlines() if line.strip()][-1]
    return " ".join(text.split())[:300]
