"""The LLM path against a real local model: llama.cpp's server with SmolLM2-135M on this CPU.

`make bench llm` installs requirements-llm.txt (the first time compiles llama.cpp), starts
the server on 127.0.0.1 and reports, with the product's settings for a local model
(tests/llm/local_model.py ``product_settings``):

- customer replies through the LLM engine's stream, over a scripted call: first token and
  whole reply (p50 and p95), and how many replies the vetting refused (off script);
- understanding time per agent line with the LLM backend, and how often its reading was used;
- grading time per call with the LLM grader, and which grader's result stood.

BENCH_LLM_CALLS sets how many scripted calls the customer part plays (default 2).
"""

from __future__ import annotations

import importlib.util
import os
import time
from collections import Counter

from bench._stats import percentile

NEEDS_DATABASE = False
LINES_PER_CALL = 5


def _configure(base_url: str) -> None:
    from django.conf import settings

    from tests.llm.local_model import product_settings

    for name, value in product_settings(base_url).items():
        setattr(settings, name, value)


def _customer(calls: int) -> list[str]:
    from simulations.conversation import conversation_start, conversation_step
    from simulations.engines.base import EngineError, Speaker, TranscriptLine
    from simulations.engines.llm import LLMEngine
    from tests.simulations.agent_scripts import COMPETENT
    from tests.simulations.demo_data import DEMO

    engine = LLMEngine()
    first, whole, outcomes = [], [], Counter()
    slugs = sorted(COMPETENT)
    for n in range(calls):
        slug = slugs[n % len(slugs)]
        persona, scenario = DEMO[slug]
        state, call = conversation_start(persona, scenario, n)
        transcript = [TranscriptLine(Speaker.CUSTOMER, scenario.opening_line)]
        state = state.with_customer_line(scenario.opening_line)
        for text in COMPETENT[slug][:LINES_PER_CALL]:
            transcript.append(TranscriptLine(Speaker.AGENT, text))
            state, call = conversation_step(state, persona, scenario, text, (*transcript,))
            started, got_first, reply = time.perf_counter(), None, ""
            try:
                for piece in engine.stream_reply(call, timeout=30):
                    if got_first is None:
                        got_first = time.perf_counter() - started
                    reply += piece
                outcomes["used"] += 1
            except EngineError as exc:
                outcomes[exc.kind] += 1
                reply = "Go on."
            whole.append(time.perf_counter() - started)
            if got_first is not None:
                first.append(got_first)
            transcript.append(TranscriptLine(Speaker.CUSTOMER, reply))
            state = state.with_customer_line(reply)
    ms = lambda values, p: percentile(values, p) * 1000  # noqa: E731
    return [
        f"customer: {len(whole)} replies streamed; first token p50 {ms(first, 50):.0f} ms, "
        f"p95 {ms(first, 95):.0f} ms; whole reply p50 {ms(whole, 50):.0f} ms, "
        f"p95 {ms(whole, 95):.0f} ms",
        "  replies: " + ", ".join(f"{kind} {count}" for kind, count in sorted(outcomes.items())),
    ]


def _understanding() -> list[str]:
    from django.conf import settings

    from simulations.understanding import Context
    from simulations.understanding.llm import read_line
    from tests.simulations.agent_scripts import COMPETENT
    from tests.simulations.demo_data import DEMO

    settings.UNDERSTANDING_BACKEND = "llm"
    persona, scenario = DEMO["late-order-angry"]
    times, backends = [], Counter()
    for line in COMPETENT["late-order-angry"]:
        started = time.perf_counter()
        reading = read_line(line, Context(scenario=scenario))
        times.append(time.perf_counter() - started)
        backends[reading.backend] += 1
    settings.UNDERSTANDING_BACKEND = "rules"
    return [
        f"understanding: {len(times)} lines; per line p50 {percentile(times, 50):.1f} s, "
        f"max {max(times):.1f} s; reading used: "
        + ", ".join(f"{name} {count}" for name, count in sorted(backends.items()))
    ]


def _grading() -> list[str]:
    from assessments.graders.llm import LLMGrader
    from tests.assessments.factories import golden_transcripts, grading_data

    cases = dict(golden_transcripts())
    lines = []
    for name in ("01_late_order_good", "02_late_order_date_promise"):
        data = grading_data(cases[name]["scenario"], cases[name]["transcript"])
        started = time.perf_counter()
        try:
            result = LLMGrader().grade(data)
            outcome = f"{result.grader}, score {result.score}, flags " + (
                ", ".join(sorted({f.code for f in result.flags})) or "none"
            )
        except Exception as exc:  # noqa: BLE001 - the bench reports what the service would see
            outcome = f"failed: {type(exc).__name__}: {exc}"
        lines.append(f"grading {name}: {time.perf_counter() - started:.1f} s ({outcome})")
    return lines


def run() -> list[str]:
    if importlib.util.find_spec("llama_cpp") is None:
        return ["skipped: llama-cpp-python is not installed (`make bench llm` installs it)"]
    from tests.llm.local_model import LocalModelServer

    started = time.perf_counter()
    with LocalModelServer() as server:
        lines = [f"local model server up in {time.perf_counter() - started:.1f} s"]
        _configure(server.base_url)
        lines += _customer(int(os.environ.get("BENCH_LLM_CALLS", "2")))
        lines += _understanding()
        lines += _grading()
    return lines
