"""Create the five role groups, so every fresh database has them.

Their permissions are (re)applied after each migrate by accounts.services.roles_sync.
"""

from django.db import migrations

ROLE_GROUPS = ["New hire", "Agent", "Trainer", "Manager", "Admin"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for name in ROLE_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        if access_admin and name in ("Trainer", "Admin"):
            group.permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
