"""Personas and scenarios in Wagtail admin, role permissions, and this app's nav and home panel."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from accounts.navigation import HomePanel, NavItem
from accounts.permissions import can_author, is_learner
from accounts.roles import LEARNER_ROLES, Role
from lms import hooks as lms_hooks

from .models import Persona, Scenario


class PersonaViewSet(SnippetViewSet):
    model = Persona
    icon = "user"
    menu_label = _("Personas")
    list_display = ["name", "temperament", "starting_mood", "patience", "language"]
    list_filter = ["temperament", "language", "live"]


class ScenarioEditView(EditView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        buttons.append(
            HeaderButton(
                _("Try it"),
                url=reverse("simulations:try", args=[self.object.pk]),
                icon_name="mobile-alt",
                attrs={"title": _("Play the latest draft yourself; not graded")},
            )
        )
        return buttons


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "mobile-alt"
    menu_label = _("Scenarios")
    edit_view_class = ScenarioEditView
    list_display = ["title", "slug", "persona", "channel", "direction", "difficulty", "language"]
    list_filter = ["channel", "direction", "difficulty", "language", "live"]

    def get_queryset(self, request):
        return Scenario.objects.select_related("persona")


class SimulationsGroup(SnippetViewSetGroup):
    items = (ScenarioViewSet, PersonaViewSet)
    menu_icon = "mobile-alt"
    menu_label = _("Simulations")
    menu_name = "simulations"
    menu_order = 300


register_snippet(SimulationsGroup)


@hooks.register("register_snippet_listing_buttons")
def scenario_try_button(snippet, user, next_url=None):
    if isinstance(snippet, Scenario) and can_author(user):
        yield Button(
            _("Try it"),
            url=reverse("simulations:try", args=[snippet.pk]),
            icon_name="mobile-alt",
            priority=5,
        )


_AUTHORING = [
    f"simulations.{verb}_{model}"
    for model in ("persona", "scenario")
    for verb in ("add", "change", "delete", "publish", "lock", "unlock")
]


@hooks.register(lms_hooks.REGISTER_ROLE_PERMISSIONS)
def role_permissions():
    return {Role.TRAINER: _AUTHORING, Role.ADMIN: _AUTHORING}


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_practice():
    return NavItem(_("Practice"), "simulations:library", order=200, roles=LEARNER_ROLES)


class PracticePanel(HomePanel):
    """Home page: the learner's recent calls and a scenario to try next."""

    order = 40
    template_name = "simulations/panels/practice.html"

    def get_context_data(self, parent_context=None):
        from .selectors import scenario_suggested_for, session_list_recent_for

        context = super().get_context_data(parent_context)
        context["recent_sessions"] = session_list_recent_for(self.request.user, limit=3)
        context["suggested"] = scenario_suggested_for(self.request.user)
        return context


@hooks.register(lms_hooks.CONSTRUCT_LMS_HOME_PANELS)
def home_panels(request, panels):
    if is_learner(request.user):
        panels.append(PracticePanel(request))
