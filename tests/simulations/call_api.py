"""The practice-call API as the tests drive it: JSON posts, a call started, a stream read."""

from __future__ import annotations

import json

BASE = "/api/v1/simulations"


def post(client, url, data=None):
    return client.post(url, json.dumps(data or {}), content_type="application/json")


def start_call(api, slug: str = "test-late-order") -> int:
    """Start a practice call on a published scenario; its session id."""
    response = post(api, f"{BASE}/sessions", {"scenario": slug})
    assert response.status_code == 201, response.content
    return response.json()["id"]


def stream_events(response) -> list[tuple[str, dict]]:
    """The server-sent events of a streamed turn, as (event, data) pairs."""
    body = b"".join(response.streaming_content).decode()
    parsed = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        parsed.append((lines["event"], json.loads(lines["data"])))
    return parsed
