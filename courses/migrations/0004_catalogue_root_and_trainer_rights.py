"""Every database gets the course catalogue as the site root, and trainers may author below it.

Wagtail's initial data makes a "Welcome to your new Wagtail site!" page the default
site's root. This replaces it with a CatalogPage (served at /learn/) and grants the
Trainer group add, change, publish and lock rights on the catalogue, so trainers can
author courses, lessons and learning paths in a fresh database without an admin.
"""

import uuid

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page"]


def catalogue_root(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    CatalogPage = apps.get_model("courses", "CatalogPage")

    if CatalogPage.objects.exists():
        return
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    catalog_type, _ = ContentType.objects.get_or_create(app_label="courses", model="catalogpage")
    locale = Locale.objects.order_by("pk").first()
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    next_number = int(last_child.path[4:8]) + 1 if last_child else 1
    catalog = CatalogPage.objects.create(
        title="Course catalogue",
        draft_title="Course catalogue",
        slug="catalogue",
        content_type=catalog_type,
        path=f"{root.path}{next_number:04d}",
        depth=2,
        numchild=0,
        url_path="/catalogue/",
        live=True,
        has_unpublished_changes=False,
        locale=locale,
        translation_key=uuid.uuid4(),
        intro="<p>Courses and learning paths for XYZ Company's customer-service team.</p>",
    )
    root.numchild += 1
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=catalog, is_default_site=True)
    else:
        old_root = site.root_page
        site.root_page = catalog
        site.save()
        # Remove Wagtail's untouched welcome page (a plain Page with no children).
        if (
            old_root.depth == 2
            and old_root.content_type.app_label == "wagtailcore"
            and old_root.numchild == 0
            and old_root.slug == "home"
        ):
            old_root.delete()
            root.numchild -= 1
    root.save()


def trainer_page_permissions(apps, schema_editor):
    wagtail_config = apps.get_app_config("wagtailcore")
    wagtail_config.models_module = True
    create_permissions(wagtail_config, verbosity=0)
    wagtail_config.models_module = None

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    CatalogPage = apps.get_model("courses", "CatalogPage")

    catalog = CatalogPage.objects.order_by("path").first()
    if catalog is None:
        return
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    trainers, _ = Group.objects.get_or_create(name="Trainer")
    for codename in TRAINER_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type=page_type, codename=codename)
        GroupPagePermission.objects.get_or_create(
            group=trainers, page_id=catalog.pk, permission=permission
        )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_pages_and_progress"),
        ("accounts", "0002_role_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(catalogue_root, migrations.RunPython.noop),
        migrations.RunPython(trainer_page_permissions, migrations.RunPython.noop),
    ]
