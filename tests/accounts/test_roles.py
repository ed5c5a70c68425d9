from django.contrib.auth.models import Group

from accounts.roles import GROUP_NAME, Role, primary_role, roles_of


def test_a_fresh_database_has_the_five_role_groups(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert set(GROUP_NAME.values()) <= names


def test_trainers_and_admins_reach_wagtail_admin_but_learners_and_managers_do_not(role_users):
    assert role_users["trainer"].has_perm("wagtailadmin.access_admin")
    assert role_users["admin"].has_perm("wagtailadmin.access_admin")
    for role in ("new_hire", "agent", "manager"):
        assert not role_users[role].has_perm("wagtailadmin.access_admin"), role


def test_primary_role_prefers_the_most_senior(roles):
    from tests.factories import UserFactory

    user = UserFactory(roles=[Role.AGENT, Role.MANAGER])
    assert roles_of(user) == {Role.AGENT, Role.MANAGER}
    assert primary_role(user) == Role.MANAGER


def test_learners_and_managers_cannot_open_wagtail_admin(client_for, role_users):
    for role in ("new_hire", "agent", "manager"):
        response = client_for(role_users[role]).get("/cms/")
        assert response.status_code == 302, role
        assert response["Location"].startswith("/cms/login/"), role


def test_a_trainer_opens_wagtail_admin(client_for, trainer):
    assert client_for(trainer).get("/cms/").status_code == 200


def test_after_migrate_trainers_hold_the_permissions_other_apps_register(db):
    """The role sync runs after the last app's permissions exist (no fixture re-sync here)."""
    from django.contrib.auth.models import Group

    trainer = Group.objects.get(name="Trainer")
    codenames = set(trainer.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_scenario", "change_persona"} <= codenames
