"""Teams in Wagtail admin, and this app's entries in the site navigation and home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms import hooks as lms_hooks

from .models import Team
from .navigation import HomePanel, NavItem
from .permissions import can_author, is_admin
from .roles import Role


class TeamViewSet(SnippetViewSet):
    model = Team
    icon = "group"
    menu_label = _("Teams")
    menu_order = 800
    add_to_admin_menu = True
    list_display = ["name"]


register_snippet(TeamViewSet)


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_home():
    return NavItem(_("Home"), "home", order=0)


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_authoring():
    return NavItem(
        _("Authoring"), "wagtailadmin_home", order=900, roles=frozenset({Role.TRAINER, Role.ADMIN})
    )


class AuthoringPanel(HomePanel):
    """Trainers' and admins' way into Wagtail admin."""

    order = 10
    template_name = "accounts/panels/authoring.html"


class AdministrationPanel(HomePanel):
    order = 20
    template_name = "accounts/panels/administration.html"

    def get_context_data(self, parent_context=None):
        from django.conf import settings

        context = super().get_context_data(parent_context)
        context["customer_engine"] = settings.CUSTOMER_ENGINE
        context["grader"] = settings.GRADER
        context["llm_base_url"] = settings.OPENAI_BASE_URL or "api.openai.com (default)"
        context["llm_configured"] = bool(settings.OPENAI_API_KEY or settings.OPENAI_BASE_URL)
        context["customer_model"] = settings.OPENAI_CUSTOMER_MODEL
        context["grader_model"] = settings.OPENAI_GRADER_MODEL
        return context


@hooks.register(lms_hooks.CONSTRUCT_LMS_HOME_PANELS)
def home_panels(request, panels):
    if can_author(request.user):
        panels.append(AuthoringPanel(request))
    if is_admin(request.user):
        panels.append(AdministrationPanel(request))
