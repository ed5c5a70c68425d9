"""A team's members as the manager's table: the numbers it sorts and filters on, in SQL.

Each member is annotated with onboarding lessons done, certificate state and expiry,
open retraining needs and overdue assignments, so the table sorts, filters and pages
in the database whatever the size of the team.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import (
    Case,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Team
from accounts.roles import GROUP_NAME, Role
from courses.models import LessonProgress

from ..models import Assignment, Certificate, NeedStatus, RetrainingNeed

User = get_user_model()

CERT_STATES = {
    "certified": _("Certified"),
    "expiring": _("Expiring"),
    "expired": _("Expired"),
    "none": _("Not certified"),
}
SORTS = {
    "name": ("first_name", "last_name", "username"),
    "onboarding": ("onboarding_done", "first_name"),
    "expiry": (F("cert_expires").asc(nulls_last=True), "first_name"),
    "needs": ("open_needs", "first_name"),
    "overdue": ("overdue", "first_name"),
}


def onboarding_lesson_ids() -> list[int]:
    """The live lessons of the onboarding path's live courses (cached by courses.selectors)."""
    from courses.selectors import lessons_of, onboarding_path, path_courses_of

    path = onboarding_path()
    if path is None:
        return []
    by_course = lessons_of(path_courses_of(path))
    return [lesson.pk for lessons in by_course.values() for lesson in lessons]


class _CountAll(Func):
    """COUNT(DISTINCT x) over a whole subquery: not an aggregate to Django, so no GROUP BY."""

    function = "COUNT"
    template = "%(function)s(DISTINCT %(expressions)s)"
    output_field = IntegerField()


def _count(qs, field_name: str = "pk"):
    """How many distinct ``field_name`` values a correlated subquery matches."""
    return Coalesce(
        Subquery(qs.order_by().annotate(n=_CountAll(F(field_name))).values("n")[:1]),
        0,
    )


def members_annotated(team: Team, *, lesson_ids: list[int], now=None) -> QuerySet:
    """Team members with the numbers the table sorts and filters on, all in SQL."""
    now = now or timezone.now()
    current = Certificate.objects.current().filter(holder=OuterRef("pk"))
    return (
        User.objects.filter(teams=team, is_active=True)
        .annotate(
            onboarding_done=_count(
                LessonProgress.objects.filter(
                    user=OuterRef("pk"), completed_at__isnull=False, lesson_id__in=lesson_ids
                )
            ),
            cert_expires=Subquery(
                current.filter(expires_at__gt=now).order_by("expires_at").values("expires_at")[:1]
            ),
            has_expiring=Exists(current.filter(expires_at__gt=now, window_starts_at__lte=now)),
            has_valid=Exists(current.filter(expires_at__gt=now)),
            has_expired=Exists(current.filter(expires_at__lte=now)),
            open_needs=_count(
                RetrainingNeed.objects.filter(user=OuterRef("pk"), status=NeedStatus.OPEN)
            ),
            overdue=_count(
                Assignment.objects.filter(
                    assignee=OuterRef("pk"), completed_at__isnull=True, due_at__lt=now
                )
            ),
        )
        .annotate(
            cert_state=Case(
                When(has_expiring=True, then=Value("expiring")),
                When(has_valid=True, then=Value("certified")),
                When(has_expired=True, then=Value("expired")),
                default=Value("none"),
            )
        )
    )


@dataclass(frozen=True)
class TableParams:
    q: str = ""
    cert: str = ""
    attention: str = ""  # "needs" | "overdue" | ""
    role: str = ""  # "new_hire" | "agent" | ""
    sort: str = "name"
    desc: bool = False
    page: int = 1

    @classmethod
    def from_query(cls, data) -> TableParams:
        sort = data.get("sort", "name")
        try:
            page = max(1, int(data.get("page", 1)))
        except (TypeError, ValueError):
            page = 1
        return cls(
            q=(data.get("q") or "").strip()[:80],
            cert=data.get("cert") if data.get("cert") in CERT_STATES else "",
            attention=data.get("attention")
            if data.get("attention") in ("needs", "overdue")
            else "",
            role=data.get("role") if data.get("role") in (Role.NEW_HIRE, Role.AGENT) else "",
            sort=sort if sort in SORTS else "name",
            desc=data.get("dir") == "desc",
            page=page,
        )


def members_filtered(team, params: TableParams, *, lesson_ids, now=None, annotated=None):
    if annotated is None:  # members_annotated's queryset, unless the caller built it
        annotated = members_annotated(team, lesson_ids=lesson_ids, now=now)
    qs = annotated
    if params.q:
        qs = qs.filter(
            Q(first_name__icontains=params.q)
            | Q(last_name__icontains=params.q)
            | Q(username__icontains=params.q)
        )
    if params.cert:
        qs = qs.filter(cert_state=params.cert)
    if params.attention == "needs":
        qs = qs.filter(open_needs__gt=0)
    elif params.attention == "overdue":
        qs = qs.filter(overdue__gt=0)
    if params.role:
        qs = qs.filter(groups__name=GROUP_NAME[Role(params.role)])
    order = []
    for part in SORTS[params.sort]:
        if params.desc and not isinstance(part, str):
            part = F(part.expression.name).desc(nulls_last=True)
        elif params.desc:
            part = f"-{part}"
        order.append(part)
    return qs.order_by(*order, "pk")
