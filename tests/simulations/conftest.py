"""Fixtures for the practice-call tests: the agent's API client and the LLM customer."""

from __future__ import annotations

import pytest

from simulations.replies import customer_breaker


@pytest.fixture
def api(client_for, agent):
    """The agent's client for the call API."""
    return client_for(agent)


@pytest.fixture
def llm(llm_configured, settings):
    """The LLM customer against the local fake server, its circuit breaker closed whatever
    an earlier test left. A module that reads with the LLM instead defines its own."""
    settings.CUSTOMER_ENGINE = "llm"
    customer_breaker.record_success()
    return llm_configured
