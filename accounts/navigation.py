"""The site's main navigation and the role-based home page, assembled from every app.

Apps add to them through Wagtail hooks in their ``wagtail_hooks.py`` (which Wagtail
imports at start-up), so ``accounts`` never imports the apps that build on it:

    @hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
    def nav_scenarios():
        return NavItem(_("Practice"), "simulations:library", order=200, roles=LEARNER_ROLES)

    @hooks.register(lms_hooks.CONSTRUCT_LMS_HOME_PANELS)
    def home_panels(request, panels):
        if is_learner(request.user):
            panels.append(MyPanel(request))

A home panel is a ``laces`` component (as Wagtail admin's own home panels are):
it has an ``order`` and renders itself with its own template.
"""

from dataclasses import dataclass, field

from django.template.context_processors import csrf
from django.urls import NoReverseMatch, reverse
from laces.components import Component
from wagtail import hooks

from lms import hooks as lms_hooks

from .roles import Role, roles_of


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    order: int = 100
    roles: frozenset = field(default_factory=lambda: frozenset(Role))
    icon: str = ""

    def visible_to(self, user) -> bool:
        return bool(roles_of(user) & set(self.roles))

    @property
    def url(self) -> str:
        try:
            return reverse(self.url_name)
        except NoReverseMatch:
            return ""


@dataclass(frozen=True)
class NavLink:
    label: str
    url: str
    current: bool


def nav_items_for(user, path: str = "") -> list[NavLink]:
    """The navigation a user sees, the entry for the current page marked."""
    items = sorted(
        (
            i
            for i in (fn() for fn in hooks.get_hooks(lms_hooks.REGISTER_LMS_NAV_ITEM))
            if i.visible_to(user)
        ),
        key=lambda i: i.order,
    )
    links = [(label, url) for label, url in ((str(i.label), i.url) for i in items) if url]
    # The longest URL that prefixes the path is the current section ("/" only matches itself).
    matches = [url for _, url in links if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    return [NavLink(label, url, url == current) for label, url in links]


class HomePanel(Component):
    """Base class for a panel on the home page; subclasses set template_name and order."""

    order = 100

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        # A panel renders outside the page's RequestContext: the CSRF token is passed on
        # so a panel may hold a form that POSTs ({% csrf_token %}).
        return {"request": self.request, "user": self.request.user, **csrf(self.request)}


def home_panels_for(request) -> list[HomePanel]:
    panels: list[HomePanel] = []
    for fn in hooks.get_hooks(lms_hooks.CONSTRUCT_LMS_HOME_PANELS):
        fn(request, panels)
    return sorted(panels, key=lambda p: p.order)
