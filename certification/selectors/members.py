"""A team's members as the manager's table: the numbers it shows, sorts and filters on.

Each active member's onboarding lessons done, certificate state and soonest expiry, open
retraining needs and overdue assignments come from five grouped queries, whatever the
size of the team; the table then filters, sorts and pages them in Python. A team is at
most a few thousand people, and reading each number once is cheaper than compiling
correlated subqueries for every member twice, for the KPIs and for the page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter

from django.contrib.auth import get_user_model
from django.db.models import Count, QuerySet
from django.urls import reverse
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


def onboarding_lesson_ids() -> list[int]:
    """The live lessons of the onboarding path's live courses (content: cached, as ids)."""
    from courses import content_cache
    from courses.selectors import lessons_of, onboarding_path, path_courses_of

    def build() -> list[int]:
        path = onboarding_path()
        if path is None:
            return []
        by_course = lessons_of(path_courses_of(path))
        return [lesson.pk for lessons in by_course.values() for lesson in lessons]

    return list(content_cache.cached("onboarding-lesson-ids", (), build))


@dataclass(slots=True)  # not frozen: a team of thousands is built on every view, and
class MemberNumbers:  # a frozen dataclass is about three times slower to create
    """One active member's numbers, as the team table and its export show them."""

    pk: int
    username: str
    first_name: str
    last_name: str
    email: str
    groups: frozenset[str]
    onboarding_done: int = 0
    cert_state: str = "none"
    cert_expires: datetime | None = None  # the soonest expiry of a valid certificate
    cert_program_id: int | None = None  # that certificate's program
    certificates: tuple[CurrentCertificate, ...] = ()
    open_needs: int = 0
    top_need: str = ""  # the reason of the open need with the newest evidence
    overdue: int = 0

    @property
    def name(self) -> str:
        """As ``accounts.selectors.display_name``: the full name, else the username."""
        return f"{self.first_name} {self.last_name}".strip() or self.username

    @property
    def initials(self) -> str:
        return (self.first_name[:1] + self.last_name[:1]).upper()

    @property
    def url(self) -> str:
        return reverse("certification:person", args=[self.pk])


@dataclass(frozen=True)
class CurrentCertificate:
    """A certificate not revoked or renewed (it may have expired)."""

    expires_at: datetime
    window_starts_at: datetime
    program_id: int


@dataclass(frozen=True)
class TeamNumbers:
    members: list[MemberNumbers]
    valid_certificates: list[tuple[int, datetime]]  # (holder, expires at), soonest first


def _per_person(qs: QuerySet, person: str, distinct: str = "pk") -> dict[int, int]:
    rows = qs.order_by().values(person).annotate(n=Count(distinct, distinct=True))
    return dict(rows.values_list(person, "n"))


def _cert_state(certificates: list[CurrentCertificate], now) -> str:
    if not certificates:
        return "none"
    valid = [c for c in certificates if c.expires_at > now]
    if any(c.window_starts_at <= now for c in valid):
        return "expiring"
    if valid:
        return "certified"
    return "expired" if certificates else "none"


def team_numbers(team: Team, *, lesson_ids: list[int], now) -> TeamNumbers:
    """Every active member of the team with their numbers, in five queries."""
    people = User.objects.filter(teams=team, is_active=True)
    who: dict[int, tuple] = {}
    groups: dict[int, set[str]] = defaultdict(set)
    fields = ("pk", "username", "first_name", "last_name", "email", "groups__name")
    for pk, *details, group in people.values_list(*fields):
        who[pk] = tuple(details)
        if group:
            groups[pk].add(group)
    done = _per_person(
        LessonProgress.objects.filter(
            user__in=people, completed_at__isnull=False, lesson_id__in=lesson_ids
        ),
        "user_id",
        "lesson_id",
    )
    needs: dict[int, list[str]] = defaultdict(list)
    for person, reason in (
        RetrainingNeed.objects.filter(user__in=people, status=NeedStatus.OPEN)
        .order_by("-last_evidence_at", "-pk")
        .values_list("user_id", "reason")
    ):
        needs[person].append(reason)
    overdue = _per_person(
        Assignment.objects.overdue(now).filter(assignee__in=people), "assignee_id"
    )
    certificates: dict[int, list[CurrentCertificate]] = defaultdict(list)
    current = Certificate.objects.current().filter(holder__in=people).order_by("expires_at", "pk")
    fields = ("holder_id", "expires_at", "window_starts_at", "program_id")
    for holder, *certificate in current.values_list(*fields):
        certificates[holder].append(CurrentCertificate(*certificate))
    members = []
    for pk, (username, first_name, last_name, email) in who.items():
        held = certificates.get(pk, [])
        valid = [c for c in held if c.expires_at > now] if held else held  # soonest first
        reasons = needs.get(pk, [])
        members.append(
            MemberNumbers(
                pk=pk,
                username=username,
                first_name=first_name,
                last_name=last_name,
                email=email,
                groups=frozenset(groups.get(pk, ())),
                onboarding_done=done.get(pk, 0),
                cert_state=_cert_state(held, now),
                cert_expires=valid[0].expires_at if valid else None,
                cert_program_id=valid[0].program_id if valid else None,
                certificates=tuple(held),
                open_needs=len(reasons),
                top_need=reasons[0] if reasons else "",
                overdue=overdue.get(pk, 0),
            )
        )
    valid = [
        (holder, c.expires_at)
        for holder, rows in certificates.items()
        for c in rows
        if c.expires_at > now
    ]
    return TeamNumbers(members=members, valid_certificates=sorted(valid, key=lambda v: v[1]))


def team_kpis(members: list[MemberNumbers], *, lesson_total: int) -> dict[str, int]:
    states = [m.cert_state for m in members]
    return {
        "members": len(members),
        "certified": sum(s in ("certified", "expiring") for s in states),
        "expiring": states.count("expiring"),
        "expired": states.count("expired"),
        "onboarded": sum(m.onboarding_done >= max(lesson_total, 1) for m in members),
        "open_needs": sum(m.open_needs for m in members),
        "overdue": sum(m.overdue for m in members),
    }


def _first_name(m: MemberNumbers) -> str:
    return m.first_name.casefold()


SORTS = {
    "name": lambda m: (m.first_name.casefold(), m.last_name.casefold(), m.username.casefold()),
    "onboarding": lambda m: (m.onboarding_done, _first_name(m)),
    "expiry": lambda m: (m.cert_expires, _first_name(m)),
    "needs": lambda m: (m.open_needs, _first_name(m)),
    "overdue": lambda m: (m.overdue, _first_name(m)),
}


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


def _matches(m: MemberNumbers, params: TableParams) -> bool:
    if params.q:
        q = params.q.casefold()
        if not any(q in name.casefold() for name in (m.first_name, m.last_name, m.username)):
            return False
    if params.cert and m.cert_state != params.cert:
        return False
    if params.attention == "needs" and not m.open_needs:
        return False
    if params.attention == "overdue" and not m.overdue:
        return False
    return not params.role or GROUP_NAME[Role(params.role)] in m.groups


def members_listed(members: list[MemberNumbers], params: TableParams) -> list[MemberNumbers]:
    """The members the table lists, in its order; ties keep the order people joined the site.

    Sorted by expiry, people without a valid certificate come last either way."""
    listed = sorted((m for m in members if _matches(m, params)), key=attrgetter("pk"))
    if params.sort == "expiry":
        dated = [m for m in listed if m.cert_expires is not None]
        undated = [m for m in listed if m.cert_expires is None]
        dated.sort(key=SORTS["expiry"], reverse=params.desc)
        undated.sort(key=_first_name, reverse=params.desc)
        return dated + undated
    listed.sort(key=SORTS[params.sort], reverse=params.desc)
    return listed
