"""Writes for people, roles, teams and API tokens."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import APIToken

from lms import hooks as lms_hooks

from .models import Team
from .roles import GROUP_NAME, Role

User = get_user_model()

MAX_ACTIVE_TOKENS = 10


class TokenLimitError(Exception):
    pass


# Permissions each role's group holds, as "app_label.codename". Apps that add
# snippets name theirs with the lms_hooks.REGISTER_ROLE_PERMISSIONS hook (see roles_sync).
ROLE_PERMISSIONS = {
    Role.NEW_HIRE: [],
    Role.AGENT: [],
    Role.MANAGER: [],
    Role.TRAINER: ["wagtailadmin.access_admin"],
    Role.ADMIN: [
        "wagtailadmin.access_admin",
        "accounts.add_team",
        "accounts.change_team",
        "accounts.delete_team",
        "accounts.view_team",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "auth.view_user",
        "auth.change_group",
        "auth.view_group",
    ],
}


def _permission(label: str) -> Permission | None:
    app_label, codename = label.split(".", 1)
    return (
        Permission.objects.select_related("content_type")
        .filter(content_type__app_label=app_label, codename=codename)
        .first()
    )


# Wagtail checks images and documents per collection (GroupCollectionPermission), not through
# group.permissions: a role's permissions for these apps are also granted on the root
# collection, which every other collection sits under.
COLLECTION_APPS = frozenset({"wagtailimages", "wagtaildocs"})


def role_permissions() -> dict[Role, list[str]]:
    """Each role's permission labels: this app's, plus those other apps register.

    An app registers with a Wagtail hook in its wagtail_hooks.py::

        @hooks.register(lms_hooks.REGISTER_ROLE_PERMISSIONS)
        def role_permissions():
            return {Role.TRAINER: ["simulations.add_scenario", ...]}
    """
    from wagtail import hooks

    labels = {role: list(perms) for role, perms in ROLE_PERMISSIONS.items()}
    for fn in hooks.get_hooks(lms_hooks.REGISTER_ROLE_PERMISSIONS):
        for role, perms in fn().items():
            labels[Role(role)].extend(perms)
    return labels


def roles_sync() -> dict[Role, Group]:
    """Create the role groups with their permissions; safe to run any number of times.

    Runs after every ``migrate`` (see AccountsConfig.ready), so a fresh database has
    every role with the permissions of every installed app, and an existing one gets
    permissions added since on its next migrate. It only adds: rights an admin granted
    by hand are left alone.
    """
    from wagtail.models import Collection

    root_collection = Collection.get_first_root_node()
    groups = {}
    for role, labels in role_permissions().items():
        group, _ = Group.objects.get_or_create(name=GROUP_NAME[role])
        perms = [p for p in (_permission(label) for label in labels) if p]
        group.permissions.add(*perms)
        if root_collection is not None:
            _collection_permissions_grant(group, root_collection, perms)
        groups[role] = group
    return groups


def _collection_permissions_grant(group: Group, collection, perms: list[Permission]) -> None:
    from wagtail.models import GroupCollectionPermission

    for perm in perms:
        if perm.content_type.app_label in COLLECTION_APPS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=perm
            )


def role_grant(role: Role, *labels: str) -> None:
    group, _ = Group.objects.get_or_create(name=GROUP_NAME[role])
    group.permissions.add(*[p for p in (_permission(label) for label in labels) if p])


def user_set_roles(*, user, roles: list[Role]) -> None:
    wanted = {GROUP_NAME[r] for r in roles}
    role_groups = Group.objects.filter(name__in=GROUP_NAME.values())
    user.groups.remove(*[g for g in role_groups if g.name not in wanted])
    user.groups.add(*Group.objects.filter(name__in=wanted))
    user.__dict__.pop("_lms_roles", None)


def user_create(
    *,
    username: str,
    password: str,
    roles: list[Role],
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    is_superuser: bool = False,
):
    """Create or update a user with the given roles (idempotent, used by the demo loader)."""
    with transaction.atomic():
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first_name, "last_name": last_name, "email": email},
        )
        if created:
            user.set_password(password)
        user.first_name, user.last_name, user.email = first_name, last_name, email
        user.is_superuser = is_superuser
        user.is_staff = is_superuser
        user.save()
        user_set_roles(user=user, roles=roles)
    return user


def team_create(*, name: str, slug: str, managers=(), members=()) -> Team:
    team, _ = Team.objects.get_or_create(slug=slug, defaults={"name": name})
    team.managers.add(*managers)
    team.members.add(*members)
    return team


def api_token_create(*, user, name: str) -> tuple[APIToken, str]:
    """Create a token and return it with its secret, which is shown once and never stored."""
    if user.api_tokens.filter(revoked_at__isnull=True).count() >= MAX_ACTIVE_TOKENS:
        raise TokenLimitError(f"You can hold at most {MAX_ACTIVE_TOKENS} active tokens.")
    return APIToken.create_token(user=user, name=name.strip())


def api_token_revoke(*, token: APIToken) -> None:
    if token.revoked_at is None:
        token.revoke()
