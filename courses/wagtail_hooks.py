"""Courses in Wagtail admin (skills, course insights) and on the learner's site (nav, home)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.navigation import HomePanel, NavItem
from accounts.permissions import can_author, is_learner
from accounts.roles import Role, has_role
from lms import hooks as lms_hooks

from . import admin_views
from .models import Skill


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "pick"
    menu_label = _("Skills")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


register_snippet(SkillViewSet)

SKILL_PERMISSIONS = ["courses.add_skill", "courses.change_skill", "courses.view_skill"]
IMAGE_AND_DOC_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]

TRANSLATE = "simple_translation.submit_translation"


@hooks.register(lms_hooks.REGISTER_ROLE_PERMISSIONS)
def role_permissions():
    return {
        Role.TRAINER: [*SKILL_PERMISSIONS, *IMAGE_AND_DOC_PERMISSIONS, TRANSLATE],
        Role.ADMIN: [
            *SKILL_PERMISSIONS,
            "courses.delete_skill",
            *IMAGE_AND_DOC_PERMISSIONS,
            TRANSLATE,
        ],
    }


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("course-insights/", admin_views.insights_index, name="courses_insights"),
        path(
            "course-insights/<int:course_id>/",
            admin_views.insights_course,
            name="courses_insights_course",
        ),
    ]


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_author(request.user)


@hooks.register("register_admin_menu_item")
def insights_menu_item():
    return InsightsMenuItem(
        _("Course insights"), reverse("courses_insights"), icon_name="table", order=220
    )


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_courses():
    return NavItem(
        _("Courses"),
        "courses:catalogue",
        order=100,
        roles=frozenset({Role.NEW_HIRE, Role.AGENT, Role.TRAINER, Role.MANAGER}),
    )


def _dashboard(request):
    from .dashboard import dashboard_for_request

    return dashboard_for_request(request)


class OnboardingPanel(HomePanel):
    """The onboarding path with a bar per course and the button that opens the right lesson."""

    order = 20
    template_name = "courses/panels/onboarding.html"

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context["dashboard"] = _dashboard(self.request)
        return context


class LearningPanel(HomePanel):
    """Courses in progress, courses completed, and recent activity."""

    order = 30
    template_name = "courses/panels/learning.html"

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context["dashboard"] = _dashboard(self.request)
        return context


def _site_from_cache(request) -> None:
    """Wagtail finds the request's site with a query (kept on the request as
    ``request._wagtail_site``) for the first page link: the home page's comes from the
    content cache, as sites are content (saving one renews the content token)."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    from . import content_cache

    if not hasattr(request, "_wagtail_site"):
        host = split_domain_port(request.get_host())[0]
        request._wagtail_site = content_cache.cached(
            "site", (host, request.get_port()), lambda: Site.find_for_request(request)
        )


@hooks.register(lms_hooks.CONSTRUCT_LMS_HOME_PANELS)
def home_panels(request, panels):
    if not is_learner(request.user):
        return
    _site_from_cache(request)
    if has_role(request.user, Role.NEW_HIRE):
        from .dashboard import dashboard_for_request

        # New hires are enrolled in the onboarding path as the home page is built.
        dashboard_for_request(request, enrol_onboarding=True)
    panels.append(OnboardingPanel(request))
    panels.append(LearningPanel(request))
