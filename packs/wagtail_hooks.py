"""The authoring studio: "Import a pack" in the menu, and Export on every content list."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from accounts.permissions import can_author
from courses.models import CoursePage, LearningPathPage

from . import views
from .kinds import KINDS

EXPORTABLE = {kind.model: name for name, kind in KINDS.items() if name != "skill"}


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("packs/import/", views.pack_import, name="packs_import"),
        path("packs/export/", views.pack_export, name="packs_export_all"),
        path("packs/export/<str:kind>/<int:pk>/", views.pack_export, name="packs_export"),
    ]


class PacksMenuItem(MenuItem):
    def is_shown(self, request):
        return can_author(request.user)


@hooks.register("register_admin_menu_item")
def packs_menu_item():
    return PacksMenuItem(
        _("Import a pack"), reverse("packs_import"), icon_name="download", order=230
    )


def _export_button(kind: str, pk: int):
    return Button(
        _("Export as a pack"),
        url=reverse("packs_export", args=[kind, pk]),
        icon_name="download",
        priority=60,
        attrs={"download": ""},
    )


@hooks.register("register_snippet_listing_buttons")
def snippet_export_button(snippet, user, next_url=None):
    kind = EXPORTABLE.get(type(snippet))
    if kind and can_author(user):
        yield _export_button(kind, snippet.pk)


@hooks.register("register_page_listing_more_buttons")
def page_export_button(page, user, next_url=None):
    specific = page.specific_class
    if specific in (CoursePage, LearningPathPage) and can_author(user):
        yield _export_button("course" if specific is CoursePage else "path", page.pk)
