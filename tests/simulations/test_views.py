"""The practice pages: library, briefing, call screen, end screen, review, home panel."""

import pytest
from wagtail import hooks

from lms import hooks as lms_hooks
from simulations import services
from simulations.engines.base import Outcome
from tests.simulations import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(db):
    return factories.published_scenario()


def test_library_lists_published_scenarios_with_filters(client_for, agent, scenario):
    factories.published_scenario(slug="hidden-draft", title="Hidden draft", publish=False)
    page = client_for(agent).get("/practice/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Test: late order" in html and "Hidden draft" not in html
    assert "/practice/scenarios/test-late-order/" in html
    filtered = client_for(agent).get("/practice/?difficulty=advanced").content.decode()
    assert "Test: late order" not in filtered and "No scenarios match" in filtered
    by_skill = client_for(agent).get("/practice/?skill=empathy&channel=phone").content.decode()
    assert "Test: late order" in by_skill


def test_library_shows_scores_from_the_scenario_scores_for_hook(client_for, agent, scenario):
    def scores(user, ids):
        return {scenario.pk: {"best": 91, "latest": 77, "url": "/x"}}

    with hooks.register_temporarily(lms_hooks.SCENARIO_SCORES_FOR, scores):
        html = client_for(agent).get("/practice/").content.decode()
    assert "Best 91" in html and "latest 77" in html


def test_library_renders_in_a_handful_of_queries(
    client_for, agent, scenario, django_assert_max_num_queries
):
    for i in range(6):
        factories.published_scenario(slug=f"extra-{i}", title=f"Extra {i}")
    c = client_for(agent)
    with django_assert_max_num_queries(14):
        c.get("/practice/")


def test_briefing_shows_the_record_order_policy_and_start(client_for, agent, scenario):
    html = client_for(agent).get("/practice/scenarios/test-late-order/").content.decode()
    for needle in ["rosa@example.com", "XYZ-1", "free reship or refund", "Start call", "Angry"]:
        assert needle in html
    assert "It&#x27;s XYZ-1." not in html  # hidden facts are not in the briefing


def test_start_creates_a_session_and_opens_the_call_screen(client_for, agent, scenario):
    c = client_for(agent)
    response = c.post("/practice/scenarios/test-late-order/start/")
    session = agent.simulation_sessions.get()
    assert response.status_code == 302 and response.url == f"/practice/calls/{session.pk}/"
    html = c.get(response.url).content.decode()
    assert "My order is nine days late." in html
    assert 'aria-live="polite"' in html and 'role="meter"' in html and "call-config" in html
    assert "simulations/call.js" in html


def test_the_no_javascript_fallback_plays_a_turn(client_for, agent, scenario):
    c = client_for(agent)
    session = factories.session(agent, scenario)
    response = c.post(f"/practice/calls/{session.pk}/say/", {"text": "Hello, so sorry!"})
    assert response.status_code == 302
    assert session.turns.count() == 3
    empty = c.post(f"/practice/calls/{session.pk}/say/", {"text": ""}, follow=True)
    assert "empty" in empty.content.decode()


def test_hang_up_shows_the_end_screen_with_outcome_and_mood(client_for, agent, scenario):
    c = client_for(agent)
    session = factories.session(agent, scenario)
    c.post(f"/practice/calls/{session.pk}/end/")
    html = c.get(f"/practice/calls/{session.pk}/").content.decode()
    assert 'data-outcome="agent_ended"' in html
    assert "Mood over the call" in html
    assert f"/practice/calls/{session.pk}/review/" in html


def test_resolve_without_acceptance_warns_the_agent(client_for, agent, scenario):
    c = client_for(agent)
    session = factories.session(agent, scenario)
    html = c.post(
        f"/practice/calls/{session.pk}/end/", {"resolved": "1"}, follow=True
    ).content.decode()
    assert "had not accepted" in html


def test_end_screen_links_to_the_grade_only_when_that_url_exists(client_for, agent, scenario):
    from django.urls import NoReverseMatch, reverse

    c = client_for(agent)
    session = factories.session(agent, scenario)
    services.session_end(session=session, outcome=Outcome.AGENT_ENDED)
    html = c.get(f"/practice/calls/{session.pk}/").content.decode()
    try:
        url = reverse("assessments:session_grade", args=[session.pk])
    except NoReverseMatch:
        assert "data-grade-link" not in html
    else:
        assert url in html


def test_review_shows_mood_after_each_turn_and_cues(client_for, agent, scenario):
    session = factories.session(agent, scenario)
    services.session_record_agent_turn(session=session, text="Hello Ms Test, I'm so sorry.")
    services.session_customer_reply(session=session)
    services.session_end(session=session, outcome=Outcome.AGENT_ENDED)
    html = client_for(agent).get(f"/practice/calls/{session.pk}/review/").content.decode()
    assert "Apology" in html and "Using the customer" in html
    assert "Mood after this turn" in html


def test_a_trainer_can_try_a_draft_and_learners_cannot(client_for, trainer, agent):
    scenario = factories.published_scenario(publish=False)
    assert client_for(agent).get(f"/practice/try/{scenario.pk}/").status_code == 404
    c = client_for(trainer)
    page = c.get(f"/practice/try/{scenario.pk}/")
    assert page.status_code == 200 and "Start trial call" in page.content.decode()
    response = c.post(f"/practice/try/{scenario.pk}/")
    session = trainer.simulation_sessions.get()
    assert session.is_trial and response.url == f"/practice/calls/{session.pk}/"
    assert "Trial run" in c.get(response.url).content.decode()


def test_the_call_screen_is_only_for_the_agent_on_the_call(client_for, agent, manager, team):
    session = factories.session(agent)
    assert client_for(manager).get(f"/practice/calls/{session.pk}/").status_code == 404
    assert client_for(manager).get(f"/practice/calls/{session.pk}/review/").status_code == 200


def test_home_shows_the_practice_panel_for_learners(client_for, agent, scenario):
    html = client_for(agent).get("/").content.decode()
    assert "Practice calls" in html and "Suggested next" in html


def test_practice_is_in_the_learners_navigation(client_for, agent, manager):
    assert 'href="/practice/"' in client_for(agent).get("/").content.decode()
    assert 'href="/practice/"' not in client_for(manager).get("/").content.decode()


def test_snippet_preview_renders_the_briefing(client_for, trainer, scenario):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = trainer
    response = scenario.serve_preview(request, scenario.default_preview_mode)
    response.render()
    assert "rosa@example.com" in response.content.decode()


def test_trainers_reach_the_scenario_editor_with_a_try_it_button(client_for, trainer, scenario):
    html = (
        client_for(trainer)
        .get(f"/cms/snippets/simulations/scenario/edit/{scenario.pk}/")
        .content.decode()
    )
    assert f"/practice/try/{scenario.pk}/" in html


def test_call_and_review_pages_render_in_a_handful_of_queries(
    client_for, agent, scenario, django_assert_max_num_queries
):
    session = factories.session(agent, scenario)
    for line in ["Hello Ms Test, I'm so sorry.", "Could you give me your order number?"]:
        services.session_record_agent_turn(session=session, text=line)
        services.session_customer_reply(session=session)
    c = client_for(agent)
    c.get(f"/practice/calls/{session.pk}/")  # warm the pinned-content cache
    with django_assert_max_num_queries(10):
        c.get(f"/practice/calls/{session.pk}/")
    with django_assert_max_num_queries(10):
        c.get(f"/practice/calls/{session.pk}/review/")


def test_the_french_call_screen_names_the_keys_as_its_placeholder_does(client_for, agent, scenario):
    import re

    c = client_for(agent)
    c.cookies["django_language"] = "fr"
    url = c.post("/practice/scenarios/test-late-order/start/").url
    html = c.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Maj+Entrée" in html  # the text box's placeholder
    keys = re.findall(r"<kbd>([^<]+)</kbd>", html)
    assert "Maj" in keys and "Entrée" in keys and "Shift" not in keys and "Enter" not in keys
