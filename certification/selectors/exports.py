"""The rows of the CSV exports: the team table's people in its order, and the grades
streamed from one query (``.iterator()``)."""

from __future__ import annotations

from collections.abc import Iterator

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.utils import timezone

from accounts.models import Team

from ..models import CertificationProgram, ExportKind
from .members import TableParams, members_listed, onboarding_lesson_ids, team_numbers

User = get_user_model()

TEAM_HEADER = [
    "username",
    "name",
    "email",
    "onboarding_percent",
    "certification_status",
    "certificate",
    "certificate_expires",
    "open_retraining_needs",
    "overdue_assignments",
]
GRADES_HEADER = [
    "username",
    "name",
    "scenario",
    "graded_at",
    "score",
    "passed",
    "critical_fail",
    "grader",
    "needs_review",
    "session",
    # Appended, so spreadsheets built on the columns above keep working: "yes" when a
    # reviewer changed any criterion's score on the grade (the audit trail has who and why).
    "overridden",
]


def safe_cell(value) -> str:
    """Neutralise spreadsheet formulas (CSV injection): a leading = + - @ gets a quote."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def team_rows(team: Team, params: TableParams | None = None) -> Iterator[list[str]]:
    now = timezone.now()
    lesson_ids = onboarding_lesson_ids()
    total = len(lesson_ids)
    members = members_listed(
        team_numbers(team, lesson_ids=lesson_ids, now=now).members, params or TableParams()
    )
    titles = dict(
        CertificationProgram.objects.filter(
            pk__in={m.cert_program_id for m in members} - {None}
        ).values_list("pk", "title")
    )
    yield TEAM_HEADER
    for m in members:
        yield [
            safe_cell(v)
            for v in (
                m.username,
                f"{m.first_name} {m.last_name}".strip(),
                m.email,
                round(100 * m.onboarding_done / total) if total else 0,
                m.cert_state,
                titles.get(m.cert_program_id, ""),
                m.cert_expires.date().isoformat() if m.cert_expires else "",
                m.open_needs,
                m.overdue,
            )
        ]


def grade_rows(team: Team) -> Iterator[list[str]]:
    from assessments.models import CriterionScore, Grade

    overridden = CriterionScore.objects.filter(grade=OuterRef("pk"), overridden=True)
    grades = (
        Grade.objects.filter(user__teams=team, user__is_active=True)
        .annotate(was_overridden=Exists(overridden))
        .order_by("user__username", "-created_at")
        .values_list(
            "user__username",
            "user__first_name",
            "user__last_name",
            "scenario__title",
            "created_at",
            "score",
            "passed",
            "critical_fail",
            "grader",
            "needs_review",
            "session_id",
            "was_overridden",
        )
    )
    yield GRADES_HEADER
    for (
        username,
        first,
        last,
        title,
        at,
        score,
        passed,
        critical,
        grader,
        review,
        sid,
        was_overridden,
    ) in grades.iterator(chunk_size=2000):
        yield [
            safe_cell(v)
            for v in (
                username,
                f"{first} {last}".strip(),
                title,
                at.isoformat(timespec="seconds"),
                score,
                "yes" if passed else "no",
                "yes" if critical else "no",
                grader,
                "yes" if review else "no",
                sid or "",
                "yes" if was_overridden else "no",
            )
        ]


def export_rows(kind: str, team: Team, params: TableParams | None = None) -> Iterator[list[str]]:
    if kind == ExportKind.GRADES:
        return grade_rows(team)
    return team_rows(team, params)


def export_size(kind: str, team: Team) -> int:
    """Roughly how many rows an export will have (decides streaming vs background)."""
    if kind == ExportKind.GRADES:
        from assessments.models import Grade

        return Grade.objects.filter(user__teams=team).count()
    return team.members.count()
