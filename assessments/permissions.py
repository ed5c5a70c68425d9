"""Who may see and change grades, quiz attempts and skill profiles."""

from accounts.permissions import (
    can_author,
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
    # The roles first: they are read once per request, a manager's team is a query.
    return is_trainer(user) or is_admin(user) or can_view_person(user, person)


def can_override_grade(user, person) -> bool:
    """Trainers and admins for anyone; managers for their own team (never their own calls)."""
    if not can_review_grades(user) or user.pk == person.pk and not is_admin(user):
        return False
    if is_trainer(user) or is_admin(user):
        return True
    return is_manager(user) and can_view_person(user, person)


def can_dispute_grade(user, grade) -> bool:
    """Only the person whose call it is may dispute its grade."""
    return getattr(user, "is_authenticated", False) and user.pk == grade.user_id


def can_use_review_queue(user) -> bool:
    """Trainers, managers and admins have a review queue (a manager's holds their teams')."""
    return can_review_grades(user)


def can_review_grade(user, grade) -> bool:
    """Completing a review is changing a grade: the same people as an override."""
    return can_override_grade(user, grade.user)


def can_view_calibration(user) -> bool:
    """How far reviewers agree with the grader, per rubric: the people who author rubrics."""
    return can_author(user)


def can_grade_trial(user, session) -> bool:
    """A trial's grading preview: its owner, while a trainer or admin."""
    return (
        session.is_trial
        and getattr(user, "is_authenticated", False)
        and session.user_id == user.pk
        and can_author(user)
    )


def can_grade_transcripts(user) -> bool:
    """QA work on external transcripts: trainers, managers and admins."""
    return can_review_grades(user)


def can_view_attempt(user, attempt) -> bool:
    return can_view_person(user, attempt.user)


def can_view_skills(user, person) -> bool:
    return can_view_person(user, person)
