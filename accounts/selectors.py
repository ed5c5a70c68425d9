"""Reads for people and teams."""

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from .models import Team
from .permissions import is_admin

User = get_user_model()


def team_list_for(user) -> QuerySet[Team]:
    """The teams a user may see as a manager: their own, or all for an admin."""
    teams = Team.objects.all() if is_admin(user) else Team.objects.managed_by(user)
    return teams.order_by("name")


def people_visible_to(user) -> QuerySet:
    """Everyone whose records this user may open (themselves included)."""
    if is_admin(user):
        return User.objects.filter(is_active=True)
    return User.objects.filter(
        is_active=True, teams__managers=user
    ).distinct() | User.objects.filter(pk=user.pk)


def display_name(user) -> str:
    return user.get_full_name() or user.get_username()
