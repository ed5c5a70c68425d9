import pytest
from django.core.management import CommandError, call_command

from accounts.models import Team


def test_the_demo_loads_twice_and_gives_every_role_a_user(db, django_user_model):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for username in ("newhire", "agent", "trainer", "manager", "admin"):
        user = django_user_model.objects.get(username=username)
        assert user.check_password("callwise-demo")
    aurora = Team.objects.get(name="Team Aurora")
    assert list(aurora.managers.values_list("username", flat=True)) == ["manager"]
    members = set(aurora.members.values_list("username", flat=True))
    assert {"agent", "newhire"} <= members
    assert len(members) == 6


def test_the_demo_prints_the_logins(db, capsys):
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "newhire" in out and "callwise-demo" in out


def test_the_demo_refuses_production_settings_unless_forced(db, settings):
    settings.SETTINGS_MODULE = "lms.settings.production"
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo")
