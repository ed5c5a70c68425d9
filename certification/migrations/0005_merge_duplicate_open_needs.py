"""Give every existing need its first piece of evidence, then merge duplicate open needs.

Open needs about the same person and skill (or the same person, rule and subject when
the need has no skill) become one: the oldest is kept, the others' evidence, assignments
and evaluation log rows move to it, its reason and summary become the newest one's, and
the duplicates are deleted (everything they held now lives on the kept need). Resolved
needs are left alone. Going back leaves the merged needs merged.
"""

from collections import defaultdict

from django.db import migrations
from django.utils.dateparse import parse_datetime


def _first_piece(need, existing_grades: set, existing_attempts: set) -> dict:
    evidence = need.evidence if isinstance(need.evidence, dict) else {}
    activities = [a for a in evidence.get("activities") or [] if isinstance(a, dict)]
    newest = activities[0] if activities else {}
    when = parse_datetime(newest["when"]) if newest.get("when") else None
    grade_id = newest.get("grade") if newest.get("grade") in existing_grades else None
    attempt_id = newest.get("quiz_attempt")
    attempt_id = attempt_id if attempt_id in existing_attempts else None
    quotes = list(evidence.get("lines") or [])
    if not quotes:
        for criterion in evidence.get("criteria") or []:
            quotes += [q.get("quote", "") for q in criterion.get("quotes") or []]
    label = newest.get("label") or evidence.get("title") or evidence.get("program") or ""
    return {
        "need_id": need.pk,
        "rule_id": need.rule_id,
        "grade_id": grade_id,
        "quiz_attempt_id": attempt_id,
        "label": str(label)[:255],
        "url": str(newest.get("url") or "")[:300],
        "score": newest.get("score") if isinstance(newest.get("score"), int) else None,
        "critical_fail": bool(newest.get("critical_fail")),
        "summary": need.reason,
        "quotes": [q for q in quotes if q][:3],
        "occurred_at": when or need.raised_at,
        "recorded_at": need.raised_at,
    }


def forwards(apps, schema_editor):
    Need = apps.get_model("certification", "RetrainingNeed")
    NeedEvidence = apps.get_model("certification", "NeedEvidence")
    Assignment = apps.get_model("certification", "Assignment")
    RuleEvaluationLog = apps.get_model("certification", "RuleEvaluationLog")
    Grade = apps.get_model("assessments", "Grade")
    QuizAttempt = apps.get_model("assessments", "QuizAttempt")

    grades = set(Grade.objects.values_list("pk", flat=True))
    attempts = set(QuizAttempt.objects.values_list("pk", flat=True))
    with_pieces = set(NeedEvidence.objects.values_list("need_id", flat=True))
    for need in Need.objects.exclude(pk__in=with_pieces).iterator():
        piece = _first_piece(need, grades, attempts)
        NeedEvidence.objects.create(**piece)
        Need.objects.filter(pk=need.pk).update(last_evidence_at=piece["occurred_at"])

    groups = defaultdict(list)
    for need in Need.objects.filter(status="open").order_by("raised_at", "pk"):
        if need.skill_id is not None:
            groups[("skill", need.user_id, need.skill_id)].append(need)
        elif need.rule_id is not None:  # without a rule, NULLs never collide
            groups[("rule", need.user_id, need.rule_id, need.key)].append(need)
    for needs in groups.values():
        if len(needs) < 2:
            continue
        keep, duplicates = needs[0], needs[1:]
        newest = max(needs, key=lambda n: (n.last_evidence_at, n.pk))
        for duplicate in duplicates:
            kept = NeedEvidence.objects.filter(need=keep)
            kept_grades = set(kept.filter(grade__isnull=False).values_list("grade_id", flat=True))
            kept_attempts = set(
                kept.filter(quiz_attempt__isnull=False).values_list("quiz_attempt_id", flat=True)
            )
            NeedEvidence.objects.filter(need=duplicate, grade_id__in=kept_grades).delete()
            NeedEvidence.objects.filter(
                need=duplicate, quiz_attempt_id__in=kept_attempts
            ).delete()
            NeedEvidence.objects.filter(need=duplicate).update(need=keep)
            Assignment.objects.filter(need=duplicate).update(need=keep)
            RuleEvaluationLog.objects.filter(need=duplicate).update(need=keep)
            duplicate.delete()
        Need.objects.filter(pk=keep.pk).update(
            reason=newest.reason,
            evidence=newest.evidence,
            last_evidence_at=max(n.last_evidence_at for n in needs),
        )


class Migration(migrations.Migration):

    dependencies = [
        ("assessments", "0001_initial"),
        ("certification", "0004_needs_evidence_and_counting_grade"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
