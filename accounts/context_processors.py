"""Template context every page needs: the navigation for the user's role."""

from .navigation import nav_items_for
from .roles import primary_role


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": [], "user_role": None}
    role = primary_role(user)
    return {
        "nav_items": nav_items_for(user, request.path),
        "user_role": role,
        "user_role_label": role.label if role else "",
    }
