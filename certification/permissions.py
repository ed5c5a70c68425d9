"""Who may see and do what with certificates, assignments, team views and analytics.

Built on accounts.permissions: a person's records are visible to themselves, their
managers and admins; a manager acts only on their teams' people.
"""

from accounts.permissions import (
    can_view_person,
    can_view_team,
    is_admin,
    is_learner,
    is_manager,
    is_trainer,
)


def can_view_certificate(user, certificate) -> bool:
    return can_view_person(user, certificate.holder) or is_trainer(user)


def can_issue_certificates(user) -> bool:
    """Manual issue and revocation: trainers and admins."""
    return is_trainer(user) or is_admin(user)


def can_assign_to(user, person) -> bool:
    """A manager assigns to their teams' people; an admin to anyone; nobody to themselves."""
    if not getattr(user, "is_authenticated", False) or user.pk == person.pk:
        return False
    if is_admin(user):
        return True
    return is_manager(user) and person.teams.filter(managers=user).exists()


def can_manage_team(user, team) -> bool:
    return can_view_team(user, team)


def can_view_analytics(user) -> bool:
    return is_trainer(user) or is_admin(user)


def can_view_export(user, export) -> bool:
    return export.requested_by_id == user.pk and can_view_team(user, export.team)


def has_assignments(user) -> bool:
    return is_learner(user)


__all__ = [
    "can_assign_to",
    "can_issue_certificates",
    "can_manage_team",
    "can_view_analytics",
    "can_view_certificate",
    "can_view_export",
    "can_view_person",
    "can_view_team",
    "has_assignments",
]
