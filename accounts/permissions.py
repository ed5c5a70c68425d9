"""Role predicates used by views, the API and tests. One place decides who sees what."""

from .roles import LEARNER_ROLES, Role, has_role, roles_of


def is_learner(user) -> bool:
    return bool(roles_of(user) & LEARNER_ROLES)


def is_manager(user) -> bool:
    return has_role(user, Role.MANAGER)


def is_trainer(user) -> bool:
    return has_role(user, Role.TRAINER)


def is_admin(user) -> bool:
    return has_role(user, Role.ADMIN)


def can_author(user) -> bool:
    """Trainers and admins author content in Wagtail admin."""
    return has_role(user, Role.TRAINER, Role.ADMIN)


def can_view_team(user, team) -> bool:
    if is_admin(user):
        return True
    return is_manager(user) and team.managers.filter(pk=user.pk).exists()


def can_view_person(viewer, person) -> bool:
    """A person's records (transcripts, grades, progress): themselves, their managers, admins."""
    if not getattr(viewer, "is_authenticated", False):
        return False
    if viewer.pk == person.pk or is_admin(viewer):
        return True
    return is_manager(viewer) and person.teams.filter(managers=viewer).exists()


def can_review_grades(user) -> bool:
    """Trainers, managers and admins may override a criterion's score (with a reason)."""
    return has_role(user, Role.TRAINER, Role.MANAGER, Role.ADMIN)
