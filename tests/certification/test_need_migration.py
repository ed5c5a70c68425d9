"""The data migration merges open needs that repeat each other into one, losing nothing."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from certification.models import Assignment, NeedEvidence, RetrainingNeed, RuleEvaluationLog

from .factories import grade_call, make_rule, make_scenario, skill

BEFORE = ("certification", "0004_needs_evidence_and_counting_grade")
AFTER = ("certification", "0006_one_open_need_constraints")


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_duplicate_open_needs_are_merged_into_the_oldest(agent, manager, roles):
    from datetime import timedelta

    from django.utils import timezone

    scenario = make_scenario()
    every_skill = make_rule("skill_below", name="Every skill")
    empathy_only = make_rule("skill_below", name="Empathy", skill=skill("empathy"))
    first = grade_call(agent, scenario, score=40)
    second = grade_call(agent, scenario, score=30)
    _migrate(BEFORE)  # the old schema: nothing stopped two open needs for one skill
    try:
        now = timezone.now()
        old = RetrainingNeed.objects.create(
            user=agent,
            rule=every_skill,
            key="skill:empathy",
            skill=skill("empathy"),
            reason="Empathy averages 40",
            evidence={"activities": [{"label": "Call", "score": 40, "grade": first.pk}]},
            raised_at=now - timedelta(hours=2),
        )
        new = RetrainingNeed.objects.create(
            user=agent,
            rule=empathy_only,
            key="skill:empathy",
            skill=skill("empathy"),
            reason="Empathy averages 30",
            evidence={"activities": [{"label": "Call", "score": 30, "grade": second.pk}]},
            raised_at=now - timedelta(hours=1),
        )
        resolved = RetrainingNeed.objects.create(
            user=agent,
            rule=every_skill,
            key="skill:patience",
            skill=skill("patience"),
            reason="Patience",
            status="resolved",
        )
        assignment = Assignment.objects.create(
            assignee=agent, assigned_by=manager, scenario=scenario, due_at=now, need=new
        )
        RuleEvaluationLog.objects.create(
            rule=empathy_only, user=agent, need=new, outcome="raised", detail="x"
        )
    finally:
        _migrate(AFTER)

    [kept] = RetrainingNeed.objects.filter(user=agent, status="open")
    assert kept.pk == old.pk
    assert kept.reason == "Empathy averages 30"  # the newest summary
    assert sorted(kept.evidence_items.values_list("score", flat=True)) == [30, 40]
    assert set(kept.evidence_items.values_list("grade_id", flat=True)) == {first.pk, second.pk}
    assignment.refresh_from_db()
    assert assignment.need_id == kept.pk
    assert RuleEvaluationLog.objects.get().need_id == kept.pk
    assert RetrainingNeed.objects.filter(pk=resolved.pk).exists()
    assert NeedEvidence.objects.filter(need_id=resolved.pk).count() == 1
