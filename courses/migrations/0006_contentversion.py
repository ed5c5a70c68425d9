"""The content version: a token that keys cached content (courses.content_cache)."""

import uuid

from django.db import migrations, models


def first_token(apps, schema_editor):
    ContentVersion = apps.get_model("courses", "ContentVersion")
    ContentVersion.objects.get_or_create(pk=1, defaults={"token": uuid.uuid4().hex})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_locales_and_trainer_reviewers"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32)),
                ("changed_at", models.DateTimeField(auto_now=True)),
            ],
            options={"verbose_name": "content version"},
        ),
        migrations.RunPython(first_token, migrations.RunPython.noop),
    ]
