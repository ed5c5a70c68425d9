"""Fixtures every app's tests share: one user per role, a team, and a fake LLM server."""

import os

import pytest

from accounts.roles import Role
from accounts.services import roles_sync
from tests.factories import PASSWORD, TeamFactory, UserFactory

DATABASE_FIXTURES = {"db", "transactional_db", "live_server"}


def pytest_collection_modifyitems(config, items):
    """With DATABASE_TESTS_ONLY=1 (CI's second run, on PostgreSQL), only the tests that touch
    the database run: the pure ones (understanding, mood, prompts...) gave their answer on
    SQLite and would give the same one again."""
    if os.environ.get("DATABASE_TESTS_ONLY") != "1":
        return
    pure = [
        item
        for item in items
        if not item.get_closest_marker("django_db")
        and not DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
    ]
    if pure:
        config.hook.pytest_deselected(items=pure)
        items[:] = [item for item in items if item not in set(pure)]


@pytest.fixture(autouse=True)
def _locmem_cache_clear():
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _language_reset():
    """A request in another language (LocaleMiddleware) leaves its thread translated: every
    test starts in the default language whatever ran before it in the same worker."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def roles(db):
    return roles_sync()


@pytest.fixture
def new_hire(roles):
    return UserFactory(username="newhire", first_name="Nadia", roles=[Role.NEW_HIRE])


@pytest.fixture
def agent(roles):
    return UserFactory(username="agent", first_name="Arjun", roles=[Role.AGENT])


@pytest.fixture
def other_agent(roles):
    return UserFactory(username="otheragent", first_name="Olga", roles=[Role.AGENT])


@pytest.fixture
def trainer(roles):
    return UserFactory(username="trainer", first_name="Tereza", roles=[Role.TRAINER])


@pytest.fixture
def manager(roles):
    return UserFactory(username="manager", first_name="Marcus", roles=[Role.MANAGER])


@pytest.fixture
def other_manager(roles):
    return UserFactory(username="othermanager", first_name="Omar", roles=[Role.MANAGER])


@pytest.fixture
def admin_user(roles):
    return UserFactory(username="admin", first_name="Ada", roles=[Role.ADMIN])


@pytest.fixture
def team(manager, agent, new_hire):
    """Team Aurora: the manager leads the agent and the new hire."""
    return TeamFactory(
        name="Team Aurora", slug="team-aurora", managers=[manager], members=[agent, new_hire]
    )


@pytest.fixture
def role_users(new_hire, agent, trainer, manager, admin_user, team):
    """One signed-in-able user per role, keyed by role name (plus anonymous as None)."""
    return {
        "anonymous": None,
        "new_hire": new_hire,
        "agent": agent,
        "trainer": trainer,
        "manager": manager,
        "admin": admin_user,
    }


@pytest.fixture
def client_for(client):
    """client_for(user) gives a test client signed in as that user (anonymous for None)."""

    def make(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def fake_llm():
    """A local OpenAI-compatible server on 127.0.0.1 (see tests/fake_openai.py)."""
    from tests.fake_openai import FakeOpenAIServer

    server = FakeOpenAIServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def llm_configured(fake_llm, settings):
    """Point the openai client at the fake server (the engine or grader choice is the test's)."""
    settings.OPENAI_BASE_URL = fake_llm.base_url
    settings.OPENAI_API_KEY = "test-key"
    settings.OPENAI_TIMEOUT = 1.0
    settings.OPENAI_MAX_RETRIES = 0
    return fake_llm
