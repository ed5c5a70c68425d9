"""A need's folded evidence as a manager reads it on the team and person pages: the agent's
quoted words, each once and as text, the newest eight pieces, and no empty block."""

import re

import pytest
from django.utils import timezone

from certification import services
from certification.models import RetrainingNeed

from .factories import grade_call, make_rule, make_scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(roles):
    return make_scenario("Late order, angry customer", skills=("empathy",))


def _evidence_block(response) -> str:
    html = response.content.decode()
    found = re.search(r'<details class="evidence".*?</details>', html, re.S)
    return found.group(0) if found else ""


def _graded(agent, scenario, **kwargs):
    grade = grade_call(agent, scenario, **kwargs)
    services.needs_evaluate_for_user(agent, grade=grade, trigger="grade", now=timezone.now())
    return grade


def test_the_agent_s_quoted_words_are_shown_once_on_the_team_page(
    client_for, manager, team, agent, scenario
):
    make_rule("skill_below", threshold=60, last_n=1)
    _graded(agent, scenario, score=40, quotes=("Calm down, it's not my fault.",))
    block = _evidence_block(client_for(manager).get(f"/certification/teams/{team.slug}/"))
    assert block.count("<blockquote>Calm down, it&#x27;s not my fault.</blockquote>") == 1
    assert "Late order, angry customer" in block


def test_what_the_agent_said_is_shown_as_text_not_markup(
    client_for, manager, team, agent, scenario
):
    make_rule("skill_below", threshold=60, last_n=1)
    _graded(agent, scenario, score=40, quotes=("<b>whatever</b> just wait",))
    block = _evidence_block(client_for(manager).get(f"/certification/people/{agent.pk}/"))
    assert "&lt;b&gt;whatever&lt;/b&gt; just wait" in block
    assert "<b>whatever</b>" not in block


def test_the_newest_eight_pieces_are_listed_and_the_rest_counted(
    client_for, manager, team, agent, scenario
):
    make_rule("skill_below", threshold=60, last_n=1)
    now = timezone.now()
    for days in range(10, 0, -1):
        _graded(agent, scenario, score=30 + days, when=now - timezone.timedelta(days=days))
    need = RetrainingNeed.objects.get(user=agent)
    assert need.evidence_items.count() == 10
    block = _evidence_block(client_for(manager).get(f"/certification/people/{agent.pk}/"))
    assert block.count("<li>") == 8
    assert "and 2 earlier" in block
    assert "call score 31" in block  # the newest (yesterday's) call
    assert "call score 40" not in block  # the oldest is among the two counted


def test_a_need_without_evidence_shows_no_evidence_block(client_for, manager, team, agent):
    RetrainingNeed.objects.create(user=agent, key="manual", reason="Asked for coaching")
    response = client_for(manager).get(f"/certification/people/{agent.pk}/")
    assert "Asked for coaching" in response.content.decode()
    assert _evidence_block(response) == ""
