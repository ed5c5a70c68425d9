"""The skill taxonomy every database starts with (trainers may edit it)."""

from django.db import migrations

SKILLS = [
    ("patience", "Patience", "Staying calm and unhurried with upset, confused or slow callers; letting them finish."),
    ("empathy", "Empathy", "Recognising how the customer feels, saying so, and making them feel important."),
    ("active-listening", "Active listening", "Not interrupting, playing back what you heard, asking clarifying questions."),
    ("clear-communication", "Clear communication", "Plain words, no jargon, one step at a time, positive phrasing."),
    ("problem-solving", "Problem solving", "Finding a creative resolution within policy when the obvious one is not available."),
    ("positive-attitude", "Positive attitude", "Staying warm and constructive, even on the hundredth call of the day."),
    ("product-knowledge", "Product knowledge", "Knowing XYZ's products, orders and subscriptions well enough to explain them."),
    ("policy-compliance", "Policy compliance", "Verifying identity, and offering only what policy allows: no forbidden promises."),
]


def create_skills(apps, schema_editor):
    Skill = apps.get_model("courses", "Skill")
    for order, (slug, name, description) in enumerate(SKILLS):
        Skill.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_skill")]
    operations = [migrations.RunPython(create_skills, migrations.RunPython.noop)]
