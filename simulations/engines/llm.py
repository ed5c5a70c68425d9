"""The LLM customer: Chat Completions through ``lms.llm.get_openai_client()``.

Any OpenAI-compatible endpoint works (OpenAI, Azure, vLLM, Ollama, llama.cpp). The engine only
words the intent the conversation logic decided (``prompts.py`` builds the messages). Every
openai error is caught here, once, and raised as ``EngineError`` with a ``kind`` the service
understands (timeout, rate_limit, server_error, auth, not_found, bad_request, connection,
malformed); the service has
already saved the agent's turn and decides to retry or let the offline engine answer.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator

import openai
from django.conf import settings
from django.core import checks

from lms.llm import get_openai_client, llm_configured

from . import prompts
from .base import CallState, CustomerEngine, EngineError
from .vetting import VettedStream, off_script


def _transport_errors() -> tuple[type[Exception], ...]:
    """The HTTP library's own errors (a stream cut mid-iteration may surface as one of them,
    not wrapped by openai). Found by name: openai's transport package varies by version."""
    found = []
    for module_name in ("httpx2", "httpx"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        found.append(module.HTTPError)
    return tuple(found)


TRANSPORT_ERRORS = _transport_errors()
MAX_TOKENS = 200
TEMPERATURE = 0.8

_AI_START = re.compile(
    r"^\W*(?:as an? (?:ai|a\.i\.|artificial|language model|large language model|llm|chatbot)|"
    r"i(?:'m| am) (?:just |only )?(?:an? )?(?:ai|a\.i\.|artificial intelligence|language model|"
    r"large language model|chatbot|bot|virtual assistant|assistant)\b|"
    r"en tant qu'(?:ia|intelligence artificielle)|je suis une? (?:ia|intelligence artificielle))",
    re.I,
)
_STAGE = re.compile(r"\*[^*\n]{1,60}\*|^\s*\((?:[^)\n]{1,60})\)\s*|\[[^\]\n]{1,60}\]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


# How an AI disclaimer can begin (see _AI_START): a sentence that begins otherwise is speech.
_AI_OPENERS = ("as a", "i'm", "i’m", "i am", "im ", "en tant", "je suis")


def _label_names(call: CallState) -> set[str]:
    names = {"customer", "assistant", "caller", "client", "cliente", "user", "agent"}
    for name in (call.persona.name, call.scenario.customer_name):
        if name.strip():
            names.add(name.strip().lower())
            names.update(part.lower() for part in name.split() if len(part) > 2)
    return names


def _role_label(call: CallState) -> re.Pattern:
    names = sorted(_label_names(call), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"^\s*(?:\*\*)?(?:{alternatives})(?:\*\*)?\s*:\s*(?:\*\*)?\s*", re.I)


def _could_become(start: str, openings) -> bool:
    """Whether text beginning with ``start`` could still begin with one of ``openings``."""
    return any(opening.startswith(start) or start.startswith(opening) for opening in openings)


def clean_reply(text: str, call: CallState) -> str:
    """The customer's words only: no role label, stage directions, quotes or AI disclaimers."""
    text = _role_label(call).sub("", text or "", count=1)
    text = _STAGE.sub(" ", text)
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s and not _AI_START.match(s)]
    text = " ".join(" ".join(sentences).split())
    if len(text) >= 2 and text[0] in "\"“'" and text[-1] in "\"”'":
        text = text[1:-1].strip()
    return text


class _StreamCleaner:
    """``clean_reply`` for a stream: holds back only the start of each sentence (enough to
    drop an AI disclaimer or a role label), then passes the text through as it arrives."""

    HOLD = 28  # characters that always suffice to judge how a sentence starts
    END = re.compile(r"[.!?…]+[\"”']?\s+")

    def __init__(self, call: CallState):
        self.label = _role_label(call)
        self.label_names = _label_names(call)
        self.buffer = ""
        self.state = "judging"  # or "passing" (stream it) or "dropping" (a disclaimer)
        self.emitted = ""

    def feed(self, delta: str) -> str:
        self.buffer += delta
        return self._emit(self._drain(final=False))

    def finish(self) -> str:
        return self._emit(self._drain(final=True))

    def _drain(self, *, final: bool) -> str:
        out = []
        while self.buffer:
            end = self.END.search(self.buffer)
            if self.state == "judging":
                undecided = end is None and len(self.buffer) < self.HOLD and not final
                if undecided and self._may_be_dropped(first=not self.emitted and not out):
                    break
                if not self.emitted and not out:
                    self.buffer = self.label.sub("", self.buffer.lstrip(), count=1)
                    self.buffer = re.sub(r"^[\"“]", "", self.buffer)
                self.state = "dropping" if _AI_START.match(self.buffer) else "passing"
                continue
            piece = self.buffer[: end.end()] if end else self.buffer
            self.buffer = self.buffer[len(piece) :]
            if self.state == "passing":
                out.append(_STAGE.sub("", piece))
            if end:
                self.state = "judging"
        return "".join(out)

    def _may_be_dropped(self, *, first: bool) -> bool:
        """Whether the sentence begun in the buffer could still turn out to be a disclaimer,
        a stage direction or (the reply's first) a role label. Usually one word tells: a
        sentence that starts "I've" or "Two" streams at once."""
        start = self.buffer.lstrip().lstrip('"“').lower()
        if not start or start[0] in "*([" or not re.search(r"\s", start):
            return True  # a stage direction, or the first word is not complete yet
        if _could_become(start, _AI_OPENERS):
            return True
        return first and (":" in start or _could_become(start, self.label_names))

    def _emit(self, text: str) -> str:
        if not self.emitted:
            text = text.lstrip()
        self.emitted += text
        return text


def _error(exc: Exception) -> EngineError:
    if isinstance(exc, openai.APITimeoutError):
        return EngineError(
            "The customer took too long to answer (the language model timed out).",
            kind="timeout",
        )
    if isinstance(exc, openai.RateLimitError):
        return EngineError(
            "The language model is busy (rate limited). Try again in a moment.", kind="rate_limit"
        )
    if isinstance(exc, openai.APIConnectionError):
        return EngineError(
            "Could not reach the language model (connection failed or was cut).",
            kind="connection",
        )
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status in (401, 403):
            return EngineError(
                f"The language model refused the credentials ({status}). Check OPENAI_API_KEY.",
                kind="auth",
                retryable=False,
            )
        if status == 404:
            return EngineError(
                "The language model server has no such model or address (404). Check "
                "OPENAI_BASE_URL and OPENAI_CUSTOMER_MODEL.",
                kind="not_found",
                retryable=False,
            )
        if status < 500 and status not in (408, 409):
            return EngineError(
                f"The language model rejected the request ({status}).",
                kind="bad_request",
                retryable=False,
            )
        return EngineError(
            f"The language model answered with a server error ({status}).", kind="server_error"
        )
    if isinstance(exc, TRANSPORT_ERRORS):
        return EngineError(
            "The connection to the language model was cut before the reply finished.",
            kind="connection",
        )
    return EngineError("The language model sent a reply that could not be read.", kind="malformed")


def _timeout(remaining: float | None) -> float:
    """One request's timeout: OPENAI_TIMEOUT, or less when the turn's deadline is nearer."""
    if remaining is None:
        return settings.OPENAI_TIMEOUT
    return max(0.1, min(remaining, settings.OPENAI_TIMEOUT))


def _cut(text: str, room: int) -> str:
    """At most ``room`` characters of text, ending on a whole sentence (or word) if it can."""
    if len(text) <= room:
        return text
    head = text[: max(0, room)]
    ends = [m.end() for m in re.finditer(r"[.!?…](?=\s|$)", head)]
    if ends and ends[-1] >= room // 3:
        return head[: ends[-1]]
    return head.rsplit(" ", 1)[0].rstrip(",;:") + "…" if " " in head else head


def _stream_capped(text: str, before: int, limit: int) -> tuple[str, bool]:
    """The next streamed piece under the length cap, and whether the reply should stop.

    Past four fifths of the cap the reply ends at the next sentence end; at the cap
    itself it ends on a word.
    """
    soft = limit * 4 // 5
    if before + len(text) < soft:
        return text, False
    start = max(0, soft - before)
    end = re.compile(r"[.!?…](?=\s|$)").search(text, start)
    if end and before + end.end() <= limit:
        return text[: end.end()], True
    if before + len(text) >= limit:
        return _cut(text, limit - before), True
    return text, False


def reply_capped(text: str) -> str:
    """A reply no longer than LLM_REPLY_MAX_CHARS (a model that ignores max_tokens)."""
    return _cut(text, settings.LLM_REPLY_MAX_CHARS)


def _malformed(detail: str) -> EngineError:
    return EngineError(f"The language model sent an unusable reply ({detail}).", kind="malformed")


def _stream_deltas(response) -> Iterator[tuple[str, str | None]]:
    """(text, finish reason) for each chunk of an OpenAI-compatible chat stream."""
    for line in response.iter_lines():
        if not line.startswith("data:"):
            continue  # blank separators, comments, "event:" lines
        data = line[5:].strip()
        if data == "[DONE]":
            return
        chunk = json.loads(data)  # a malformed chunk raises ValueError: a malformed reply
        if not isinstance(chunk, dict):
            raise ValueError("a stream chunk that is not an object")
        if chunk.get("error"):
            message = chunk["error"].get("message", "") if isinstance(chunk["error"], dict) else ""
            raise EngineError(
                f"The language model failed mid-reply ({message}).", kind="server_error"
            )
        choices = chunk.get("choices") or []
        if choices and isinstance(choices[0], dict):
            delta = choices[0].get("delta") or {}
            yield delta.get("content") or "", choices[0].get("finish_reason")


class LLMEngine(CustomerEngine):
    name = "llm"
    supports_streaming = True

    def __init__(self, model: str | None = None):
        self.model = model or settings.OPENAI_CUSTOMER_MODEL

    def _completions(self, timeout: float | None):
        # No client-side retries: the service retries within the turn's one deadline.
        client = get_openai_client().with_options(max_retries=0, timeout=_timeout(timeout))
        return client.chat.completions

    def _arguments(self, call: CallState) -> dict:
        return {
            "model": self.model,
            "messages": prompts.build_messages(call),
            "temperature": TEMPERATURE,
            "max_tokens": MAX_TOKENS,
        }

    def _request(self, call: CallState, timeout: float | None):
        return self._completions(timeout).create(**self._arguments(call))

    def _raw_stream(self, call: CallState, timeout: float | None):
        """The streamed reply's server-sent events as they come, unparsed.

        The client's parsed stream builds a typed object for every token (about a quarter
        of a millisecond each); with a hundred calls streaming, that alone would keep a
        core busy, so the stream's JSON is read directly (``_stream_deltas``).
        """
        completions = self._completions(timeout).with_streaming_response
        return completions.create(**self._arguments(call), stream=True)

    def reply(self, call: CallState, *, timeout: float | None = None) -> str:
        try:
            response = self._request(call, timeout)
        except (openai.OpenAIError, *TRANSPORT_ERRORS, ValueError) as exc:
            raise _error(exc) from exc
        choices = getattr(response, "choices", None)
        if not choices:
            raise _malformed("no choices")
        content = getattr(choices[0].message, "content", None)
        if not content or not content.strip():
            raise _malformed("empty content")
        text = reply_capped(clean_reply(content, call))
        if not text:
            raise _malformed("nothing the customer would say")
        problem = off_script(text, call)
        if problem is not None:
            raise problem.error()
        return text

    def stream_reply(self, call: CallState, *, timeout: float | None = None) -> Iterator[str]:
        """The reply as it streams. ``timeout`` bounds the wait for each piece (the first
        included); a reply that keeps flowing is read to its end or to the length cap.
        What is shown has been vetted (``VettedStream``): an off-script sentence raises."""
        cleaner = _StreamCleaner(call)
        vetted = VettedStream(call)
        finished = False
        limit = settings.LLM_REPLY_MAX_CHARS
        try:
            with self._raw_stream(call, timeout) as response:
                for delta, finish_reason in _stream_deltas(response):
                    if delta:
                        text = cleaner.feed(delta)
                        text, enough = _stream_capped(text, len(cleaner.emitted) - len(text), limit)
                        text = vetted.feed(text) if text else ""
                        if text:
                            yield text
                        if enough:  # long enough: stop reading the model
                            finished = True
                            cleaner.buffer = ""
                            break
                    if finish_reason:
                        finished = True
        except (openai.OpenAIError, *TRANSPORT_ERRORS, ValueError) as exc:
            raise _error(exc) from exc
        if not finished:
            raise EngineError(
                "The connection to the language model was cut before the reply finished.",
                kind="connection",
            )
        tail = vetted.feed(cleaner.finish())
        if not cleaner.emitted.strip():
            raise _malformed("empty content")
        tail += vetted.finish()
        if tail:
            yield tail

    def check(self) -> list:
        messages = []
        if not llm_configured():
            messages.append(
                checks.Error(
                    "CUSTOMER_ENGINE is 'llm' but no language model endpoint is configured.",
                    hint="Set OPENAI_BASE_URL (any OpenAI-compatible server, e.g. a local "
                    "vLLM/Ollama) or OPENAI_API_KEY, or set CUSTOMER_ENGINE=offline.",
                    id="simulations.E002",
                )
            )
        if not (settings.OPENAI_CUSTOMER_MODEL or "").strip():
            messages.append(
                checks.Error(
                    "The LLM customer engine has no model name.",
                    hint="Set OPENAI_CUSTOMER_MODEL (e.g. gpt-4o-mini, or the local model's name).",
                    id="simulations.E003",
                )
            )
        return messages
