"""The five roles of the product, and how a user's role is read.

A role is a Django group (created by a data migration, see ``accounts.migrations``),
so an admin can change who holds which role in Wagtail's user admin. This module
imports no models of its own so every app can use it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    NEW_HIRE = "new_hire", _("New hire")
    AGENT = "agent", _("Agent")
    TRAINER = "trainer", _("Trainer")
    MANAGER = "manager", _("Manager")
    ADMIN = "admin", _("Admin")


# The Django group that carries each role. Names are stable: data migrations and
# the demo loader refer to them.
GROUP_NAME = {
    Role.NEW_HIRE: "New hire",
    Role.AGENT: "Agent",
    Role.TRAINER: "Trainer",
    Role.MANAGER: "Manager",
    Role.ADMIN: "Admin",
}
ROLE_BY_GROUP = {name: role for role, name in GROUP_NAME.items()}

# When a user holds several roles, the home page is the one of the most senior.
PRECEDENCE = [Role.ADMIN, Role.TRAINER, Role.MANAGER, Role.AGENT, Role.NEW_HIRE]

LEARNER_ROLES = frozenset({Role.NEW_HIRE, Role.AGENT})


def roles_of(user) -> frozenset[Role]:
    """The roles a user holds; cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_lms_roles", None)
    if cached is not None:
        return cached
    names = {g.name for g in user.groups.all()}
    roles = {ROLE_BY_GROUP[n] for n in names if n in ROLE_BY_GROUP}
    if user.is_superuser:
        roles.add(Role.ADMIN)
    user._lms_roles = frozenset(roles)
    return user._lms_roles


def primary_role(user) -> Role | None:
    roles = roles_of(user)
    for role in PRECEDENCE:
        if role in roles:
            return role
    return None


def has_role(user, *roles: Role) -> bool:
    return bool(roles_of(user) & set(roles))
