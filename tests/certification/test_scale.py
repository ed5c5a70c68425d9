"""generate_org fills a realistic organisation the dashboard can show."""

import io

import pytest
from django.core.management import CommandError, call_command

from accounts.models import Team
from assessments.models import Grade
from simulations.models import Turn

pytestmark = pytest.mark.django_db


def test_generate_org_builds_teams_records_and_a_working_dashboard(client, roles):
    out = io.StringIO()
    call_command("generate_org", agents=40, managers=2, prefix="t", stdout=out)
    assert "agents=40" in out.getvalue()
    teams = list(Team.objects.filter(slug__startswith="t-team-"))
    assert len(teams) == 2 and teams[0].members.count() == 20
    assert Grade.objects.count() == 80 and Turn.objects.count() == 640
    manager = teams[0].managers.get()
    client.force_login(manager)
    assert client.get(f"/certification/teams/{teams[0].slug}/").status_code == 200
    with pytest.raises(CommandError, match="another --prefix"):
        call_command("generate_org", agents=1, managers=1, prefix="t", stdout=out)
