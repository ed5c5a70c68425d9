"""Who may see and change grades, quiz attempts and skill profiles."""

from accounts.permissions import (
    can_review_grades,
    can_view_person,
    is_admin,
    is_manager,
    is_trainer,
)


def can_view_grade(user, person) -> bool:
    """The person, their managers, trainers and admins."""
    if not getattr(user, "is_authenticated", False):
        return False
    return can_view_person(user, person) or is_trainer(user) or is_admin(user)


def can_override_grade(user, person) -> bool:
    """Trainers and admins for anyone; managers for their own team (never their own calls)."""
    if not can_review_grades(user) or user.pk == person.pk and not is_admin(user):
        return False
    if is_trainer(user) or is_admin(user):
        return True
    return is_manager(user) and can_view_person(user, person)


def can_grade_transcripts(user) -> bool:
    """QA work on external transcripts: trainers, managers and admins."""
    return can_review_grades(user)


def can_view_attempt(user, attempt) -> bool:
    return can_view_person(user, attempt.user)


def can_view_skills(user, person) -> bool:
    return can_view_person(user, person)
