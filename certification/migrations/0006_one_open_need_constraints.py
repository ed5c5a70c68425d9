"""One open retraining need per person and skill (or per rule and subject), in the database.

Runs after 0005 has merged the duplicate open needs that existed before.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('certification', '0005_merge_duplicate_open_needs'),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='retrainingneed',
            constraint=models.UniqueConstraint(condition=models.Q(('skill__isnull', False), ('status', 'open')), fields=('user', 'skill'), name='need_one_open_per_person_and_skill'),
        ),
        migrations.AddConstraint(
            model_name='retrainingneed',
            constraint=models.UniqueConstraint(condition=models.Q(('skill__isnull', True), ('status', 'open')), fields=('user', 'rule', 'key'), name='need_one_open_per_person_rule_and_subject'),
        ),
        migrations.AddConstraint(
            model_name='needevidence',
            constraint=models.UniqueConstraint(condition=models.Q(('grade__isnull', False)), fields=('need', 'grade'), name='need_evidence_grade_once'),
        ),
        migrations.AddConstraint(
            model_name='needevidence',
            constraint=models.UniqueConstraint(condition=models.Q(('quiz_attempt__isnull', False)), fields=('need', 'quiz_attempt'), name='need_evidence_quiz_attempt_once'),
        ),
    ]
