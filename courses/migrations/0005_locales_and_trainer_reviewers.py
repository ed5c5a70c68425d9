"""Content locales for every interface language, and trainers as course reviewers.

Trainers translate courses with Wagtail's "Translate" action, which needs the target
Locale to exist; and Wagtail's default moderation workflow ("Moderators approval")
gets the Trainer group as reviewers, so a course submitted for moderation has someone
to approve it in a fresh database.
"""

from django.conf import settings
from django.db import migrations


def content_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def trainers_review(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    trainers = Group.objects.filter(name="Trainer").first()
    if trainers is None:
        return
    for task in GroupApprovalTask.objects.filter(name="Moderators approval"):
        task.groups.add(trainers)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_catalogue_root_and_trainer_rights"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(content_locales, migrations.RunPython.noop),
        migrations.RunPython(trainers_review, migrations.RunPython.noop),
    ]
