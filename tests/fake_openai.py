"""A small OpenAI-compatible server for tests and benchmarks, on 127.0.0.1 at a free port.

It answers ``POST /v1/chat/completions`` in JSON or as a server-sent-event stream,
from a script of replies queued by the test, and records every request so tests
can assert what a prompt contained. Failures a real endpoint produces can be
queued too::

    server.queue(Reply("Fine. What's your name?"))
    server.queue(Reply(status=429))                    # rate limited
    server.queue(Reply(status=500))                    # server error
    server.queue(Reply("slow", delay=5))               # past the client's timeout
    server.queue(Reply("Where is my order", cut_after=2))  # stream cut halfway
    server.queue(Reply(raw="{not json"))               # malformed body
    server.queue(Reply(tool_json={"score": 3}))        # structured output (content is JSON)

With an empty script it answers ``server.default_text``. Streaming replies send one
chunk per word, ``token_delay`` seconds apart.

``python -m tests.fake_openai --token-delay 0.05 --text "..."`` serves it in a process of
its own (the streaming benchmark) and prints its base URL.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    text: str = ""
    status: int = 200
    delay: float = 0.0
    cut_after: int | None = None
    raw: str | None = None
    tool_json: dict | None = None
    token_delay: float | None = None
    headers: dict = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        return

    def do_GET(self):  # noqa: N802
        if self.path.rstrip("/").endswith("/_requests"):  # what a benchmark in another process sees
            self._json(200, {"requests": list(self.server.fake.requests)})
        elif self.path.rstrip("/").endswith("/models"):
            self._json(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})
        else:
            self._json(404, {"error": {"message": "not found"}})

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        fake = self.server.fake
        record = {"path": self.path, "body": body, "headers": dict(self.headers)}
        record["received_at"] = time.time()
        fake.requests.append(record)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._json(404, {"error": {"message": "not found"}})
            return
        reply = fake.next_reply()
        if reply.delay:
            time.sleep(reply.delay)
        if reply.status != 200:
            self._json(
                reply.status,
                {"error": {"message": reply.text or f"fake error {reply.status}", "type": "fake"}},
                headers={"retry-after": "0", **reply.headers},
            )
            return
        if reply.raw is not None:
            self._send(200, reply.raw.encode(), "application/json")
            return
        text = json.dumps(reply.tool_json) if reply.tool_json is not None else reply.text
        if body.get("stream"):
            self._stream(text, reply, fake, record)
        else:
            self._json(200, _completion(text, body.get("model", "fake-model")))

    def _stream(self, text, reply, fake, record):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        words = _words(text)
        delay = fake.token_delay if reply.token_delay is None else reply.token_delay
        try:
            self._event(_chunk({"role": "assistant", "content": ""}))
            for i, word in enumerate(words):
                if reply.cut_after is not None and i >= reply.cut_after:
                    self.wfile.flush()
                    self.connection.shutdown(2)  # the stream is cut: no [DONE]
                    return
                if delay:
                    time.sleep(delay)
                self._event(_chunk({"content": word}))
                record.setdefault("first_word_at", time.time())
            self._event(_chunk({}, finish="stop"))
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return

    def _event(self, payload):
        self.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
        self.wfile.flush()

    def _json(self, status, payload, headers=None):
        self._send(status, json.dumps(payload).encode(), "application/json", headers)

    def _send(self, status, data, content_type, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)


def _words(text: str) -> list[str]:
    parts = text.split(" ")
    return [p + (" " if i < len(parts) - 1 else "") for i, p in enumerate(parts)]


def _chunk(delta, finish=None):
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": "fake-model",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _completion(text, model):
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": len(text.split()), "total_tokens": 0},
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # a hundred clients may connect in the same instant
    fake: FakeOpenAIServer


class FakeOpenAIServer:
    def __init__(self, default_text: str = "Okay.", token_delay: float = 0.0, port: int = 0):
        self.port = port
        self.default_text = default_text
        self.token_delay = token_delay
        self.requests: list[dict] = []
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    def queue(self, *replies: Reply) -> None:
        with self._lock:
            self._script.extend(replies)

    def next_reply(self) -> Reply:
        with self._lock:
            return self._script.popleft() if self._script else Reply(self.default_text)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAIServer:
        self._httpd = _Server(("127.0.0.1", self.port), _Handler)
        self._httpd.fake = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token-delay", type=float, default=0.0)
    parser.add_argument("--text", default="Okay.")
    args = parser.parse_args()
    server = FakeOpenAIServer(args.text, token_delay=args.token_delay, port=args.port).start()
    print(server.base_url, flush=True)  # noqa: T201
    try:
        server._thread.join()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
