"""Every number on a need's evidence says whose it is: the call's own score, or the skill's
score on that call, so a manager never reads a skill's 40 as the call's score."""

import re

import pytest
from django.utils import timezone

from assessments.models import SkillEvidence
from certification import services
from certification.models import RetrainingNeed
from certification.selectors.evidence import skill_evidence

from .factories import grade_call, make_rule, make_scenario, skill

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(roles):
    return make_scenario("Late order, angry customer", skills=("empathy",))


def _call(agent, scenario, *, call_score: int, skill_score: int, critical_fail=False):
    """A graded call whose empathy score differs from the call's own score."""
    grade = grade_call(agent, scenario, score=call_score, critical_fail=critical_fail)
    SkillEvidence.objects.filter(grade=grade, skill__slug="empathy").update(score=skill_score)
    services.needs_evaluate_for_user(agent, grade=grade, trigger="grade", now=timezone.now())
    return grade


def _text(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_a_skill_need_names_the_call_score_and_the_skill_score(
    client_for, manager, team, agent, scenario
):
    make_rule("skill_below", threshold=60, last_n=1)
    _call(agent, scenario, call_score=72, skill_score=40)
    need = RetrainingNeed.objects.get(skill=skill("empathy"))
    assert [p.score for p in need.evidence_items.all()] == [40]
    page = _text(client_for(manager).get(f"/certification/people/{agent.pk}/"))
    assert "Late order, angry customer — call score 72 · skill score 40" in page
    assert "— score 40" not in page


def test_a_critical_fail_need_shows_the_call_score_alone(
    client_for, manager, team, agent, scenario
):
    make_rule("critical_fail")
    _call(agent, scenario, call_score=31, skill_score=31, critical_fail=True)
    page = _text(client_for(manager).get(f"/certification/people/{agent.pk}/"))
    assert "Late order, angry customer — call score 31 critical fail" in page
    assert "skill score" not in page


def test_the_team_page_labels_the_scores_the_same_way(client_for, manager, team, agent, scenario):
    make_rule("skill_below", threshold=60, last_n=1)
    _call(agent, scenario, call_score=72, skill_score=40)
    page = _text(client_for(manager).get(f"/certification/teams/{team.slug}/"))
    assert "call score 72 · skill score 40" in page


def test_the_stored_evidence_keeps_each_activity_s_own_score_beside_the_skill_s(agent, scenario):
    grade = _call(agent, scenario, call_score=72, skill_score=40)
    _scores, evidence, _piece = skill_evidence(agent, skill("empathy"), 3)
    (activity,) = evidence["activities"]
    assert activity["grade"] == grade.pk
    assert (activity["score"], activity["activity_score"]) == (40, 72)


def test_an_older_need_without_pieces_labels_its_activities(
    client_for, manager, team, agent, scenario
):
    grade = _call(agent, scenario, call_score=72, skill_score=40)
    _scores, evidence, _piece = skill_evidence(agent, skill("empathy"), 3)
    RetrainingNeed.objects.create(
        user=agent, key="skill:empathy", skill=skill("empathy"), reason="Empathy", evidence=evidence
    )
    assert grade.pk == evidence["activities"][0]["grade"]
    page = _text(client_for(manager).get(f"/certification/people/{agent.pk}/"))
    assert "Late order, angry customer — call score 72 · skill score 40" in page
