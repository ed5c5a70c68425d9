"""The certification demo: loads twice, and gives Team Aurora what the README promises."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from certification.models import Assignment, Certificate, CertificationProgram, RetrainingRule

pytestmark = pytest.mark.django_db


def test_the_demo_loads_twice_with_programs_rules_and_aurora_records():
    call_command("load_demo", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())

    assert list(CertificationProgram.objects.ladder().values_list("level", flat=True)) == [
        "junior_agent",
        "agent",
        "senior_agent",
        "team_lead",
    ]
    junior = CertificationProgram.objects.get(slug="certified-junior-agent")
    kinds = [b.block_type for b in junior.requirements]
    assert kinds.count("course_completed") == 9
    assert "quiz_passed" in kinds and "scenario_graded" in kinds
    assert RetrainingRule.objects.count() == 4

    lucia = Certificate.objects.get(holder__username="lucia.moreno")
    wei = Certificate.objects.get(holder__username="wei.chen")
    assert (lucia.status, wei.status) == ("active", "expiring")
    assert list(wei.events.values_list("kind", flat=True)) == [
        "issued",
        "window_opened",
        "reenrolled",
    ]
    need = Assignment.objects.select_related("need").get(assignee__username="agent").need
    assert need is not None and need.evidence["activities"]
    assert need.evidence["activities"][0]["grade"]
    arjun = Assignment.objects.get(assignee__username="agent")
    assert 4 <= (arjun.due_at - timezone.now()).days <= 5
    assert Assignment.objects.get(assignee__username="kofi.mensah").status == "overdue"
