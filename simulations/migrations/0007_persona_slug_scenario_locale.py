"""Personas get a slug (content packs name them by it); scenarios become translatable
(a locale and a translation key, so a translated scenario is linked to its source)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify
from wagtail.models import BootstrapTranslatableModel


def persona_slugs(apps, schema_editor):
    Persona = apps.get_model("simulations", "Persona")
    taken = set()
    for persona in Persona.objects.order_by("pk"):
        base = slugify(persona.name)[:70] or "persona"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        Persona.objects.filter(pk=persona.pk).update(slug=slug)


class Migration(migrations.Migration):
    dependencies = [
        ("simulations", "0006_rude_cue"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="persona",
            name="slug",
            # No index yet: the unique field below makes its own (PostgreSQL would otherwise
            # be asked for a second "_like" index of the same name).
            field=models.SlugField(db_index=False, max_length=80, null=True, verbose_name="slug"),
        ),
        migrations.RunPython(persona_slugs, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="persona",
            name="slug",
            field=models.SlugField(
                help_text="Names the persona in content packs; follows the name until you type one.",
                max_length=80,
                unique=True,
                verbose_name="slug",
            ),
        ),
        migrations.AddField(
            model_name="scenario",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="scenario",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        BootstrapTranslatableModel("simulations.Scenario"),
        migrations.AlterField(
            model_name="scenario",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="scenario",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="scenario",
            unique_together={("translation_key", "locale")},
        ),
    ]
