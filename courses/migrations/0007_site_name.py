"""Name the default site after the product, so the authoring studio says "Callwise", not
its host name, from the first migrate (a name an admin chose is kept)."""

from django.conf import settings
from django.db import migrations


def name_the_site(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Site.objects.filter(is_default_site=True, site_name="").update(
        site_name=settings.WAGTAIL_SITE_NAME
    )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_contentversion"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(name_the_site, migrations.RunPython.noop)]
