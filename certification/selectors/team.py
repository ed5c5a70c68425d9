"""The manager's dashboard: a team's members with progress, certification, skills, needs.

Sorting, filtering and pagination happen in SQL over annotations (``members``), then the
page's members get their details in a fixed number of queries: the page renders in the
same number of queries for 5 members or 5,000 (tested, and measured by bench/dashboard.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db.models import Avg, Count, F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Team
from accounts.roles import ROLE_BY_GROUP, Role
from accounts.selectors import team_list_for
from courses import content_cache
from courses.models import Skill
from simulations.models import SimulationSession

from ..models import Assignment, Certificate, CertificationProgram, NeedStatus, RetrainingNeed
from ..models.programs import LEVEL_ORDER
from .assignments import with_targets
from .members import (
    CERT_STATES,
    MemberNumbers,
    TableParams,
    TeamNumbers,
    members_listed,
    onboarding_lesson_ids,
    team_kpis,
    team_numbers,
)
from .needs import needs_with_evidence, needs_with_evidence_count
from .skills import EMPTY, SkillCell, skill_levels_for_users, skill_list

User = get_user_model()

PAGE_SIZE = 25


@dataclass
class MemberRow:
    member: MemberNumbers
    onboarding_percent: int
    cert_state: str
    certificate: CertificateShown | None
    skills: list[SkillCell]
    open_needs: int
    overdue: int
    top_need: str  # the reason of the open need with the newest evidence, or ""
    role: str
    practice: PracticeStats = field(default_factory=lambda: PracticeStats())

    @property
    def cert_state_label(self):
        return CERT_STATES[self.cert_state]

    @property
    def cert_badge(self) -> str:
        return {"certified": "ok", "expiring": "warn", "expired": "bad"}.get(
            self.cert_state, "muted"
        )


@dataclass(frozen=True)
class PracticeStats:
    """A member's graded practice calls: how many, their average score, handle and hold time."""

    calls: int = 0
    score: int | None = None
    handle_seconds: int | None = None
    hold_seconds: int | None = None


def practice_stats_for_users(ids: list[int]) -> dict[int, PracticeStats]:
    """Each member's practice calls that count (ended, not a trainer's trial), in one query."""
    rows = (
        SimulationSession.objects.graded_attempts()
        .filter(user_id__in=ids, ended_at__isnull=False)
        .values("user_id")
        .annotate(
            calls=Count("pk"),
            score=Avg("grade__score"),
            handle=Avg(F("ended_at") - F("started_at")),
            hold=Avg("hold_seconds"),
        )
    )
    return {
        r["user_id"]: PracticeStats(
            calls=r["calls"],
            score=round(r["score"]) if r["score"] is not None else None,
            handle_seconds=round(_seconds(r["handle"])) if r["handle"] is not None else None,
            hold_seconds=round(r["hold"]) if r["hold"] is not None else None,
        )
        for r in rows
    }


def _seconds(value) -> float:
    """An average duration as seconds (a timedelta, or microseconds on some databases)."""
    return value.total_seconds() if isinstance(value, timedelta) else float(value) / 1_000_000


@dataclass
class TeamDashboard:
    team: Team
    params: TableParams
    page: Page
    rows: list[MemberRow]
    skills: list[Skill]
    kpis: dict
    buckets: list[tuple[str, list[ExpiringCertificate]]]
    needs: list[RetrainingNeed]
    needs_total: int
    overdue: list[Assignment]
    overdue_total: int
    lesson_total: int
    cert_states: dict = field(default_factory=lambda: CERT_STATES)


@dataclass(frozen=True)
class CertificateShown:
    program: CertificationProgram
    expires_at: datetime


def _best_certificates(members: list[MemberNumbers], now) -> dict[int, CertificateShown]:
    """Each member's certificate to show: a valid one before an expired one, then the highest
    level; programs come from the content cache."""
    ids = {c.program_id for m in members for c in m.certificates}
    name = f"object:{CertificationProgram._meta.label_lower}:"  # as content_cache.attach
    programs = content_cache.cached_many(name, ids, CertificationProgram.objects.in_bulk)
    best = {}
    for m in members:
        if m.certificates:
            c = max(
                m.certificates,
                key=lambda c: (c.expires_at > now, LEVEL_ORDER[programs[c.program_id].level]),
            )
            best[m.pk] = CertificateShown(programs[c.program_id], c.expires_at)
    return best


def _role_of(member: MemberNumbers) -> str:
    roles = {ROLE_BY_GROUP.get(name) for name in member.groups}
    for role in (Role.AGENT, Role.NEW_HIRE, Role.MANAGER, Role.TRAINER):
        if role in roles:
            return role.label
    return ""


def team_dashboard(team: Team, params: TableParams, *, page_size: int = PAGE_SIZE) -> TeamDashboard:
    now = timezone.now()
    lesson_ids = onboarding_lesson_ids()
    total = len(lesson_ids)
    numbers = team_numbers(team, lesson_ids=lesson_ids, now=now)
    kpis = team_kpis(numbers.members, lesson_total=total)
    page = Paginator(members_listed(numbers.members, params), page_size).get_page(params.page)
    members: list[MemberNumbers] = list(page.object_list)
    ids = [m.pk for m in members]
    certificates = _best_certificates(members, now)
    skills = skill_list()
    levels = skill_levels_for_users(ids)
    practice = practice_stats_for_users(ids)
    rows = [
        MemberRow(
            member=m,
            onboarding_percent=round(100 * m.onboarding_done / total) if total else 0,
            cert_state=m.cert_state,
            certificate=certificates.get(m.pk),
            skills=[levels.get(m.pk, {}).get(s.pk, EMPTY) for s in skills],
            open_needs=m.open_needs,
            overdue=m.overdue,
            top_need=m.top_need,
            role=_role_of(m),
            practice=practice.get(m.pk, PracticeStats()),
        )
        for m in members
    ]
    team_people = User.objects.filter(teams=team, is_active=True)
    # The first eight of each (how many there are in all is in the members' numbers).
    needs = _newest_open_needs(team_people) if kpis["open_needs"] else []
    overdue = _soonest_overdue(team_people, now) if kpis["overdue"] else []
    return TeamDashboard(
        team=team,
        params=params,
        page=page,
        rows=rows,
        skills=skills,
        kpis=kpis,
        buckets=expiry_buckets(numbers, now=now),
        needs=needs,
        needs_total=kpis["open_needs"],
        overdue=overdue,
        overdue_total=kpis["overdue"],
        lesson_total=total,
    )


def _newest_open_needs(people, *, limit: int = 8) -> list[RetrainingNeed]:
    """The open needs with the newest evidence, with their pieces and what they suggest."""
    qs = RetrainingNeed.objects.filter(user__in=people, status=NeedStatus.OPEN)
    needs = list(
        needs_with_evidence(qs.select_related("user", "rule")).order_by("-last_evidence_at", "-pk")[
            :limit
        ]
    )
    # What they suggest is content: from the cache rather than joined in.
    return with_targets(
        needs, suggested_course="course", suggested_lesson="lesson", suggested_scenario="scenario"
    )


def _soonest_overdue(people, now, *, limit: int = 8) -> list[Assignment]:
    qs = Assignment.objects.overdue(now).filter(assignee__in=people)
    return with_targets(qs.select_related("assignee").order_by("due_at")[:limit])


@dataclass(frozen=True)
class ExpiringCertificate:
    holder_id: int
    name: str
    expires_at: object


def expiry_buckets(numbers: TeamNumbers, *, now) -> list[tuple[str, list[ExpiringCertificate]]]:
    """The team's valid certificates expiring within 30, 60 and 90 days, soonest first."""
    names = {m.pk: m.name for m in numbers.members}
    buckets = {30: [], 60: [], 90: []}
    for holder, expires_at in numbers.valid_certificates:
        days = (expires_at - now).days
        if days > 90:
            break
        entry = ExpiringCertificate(holder_id=holder, name=names[holder], expires_at=expires_at)
        buckets[30 if days <= 30 else 60 if days <= 60 else 90].append(entry)
    return [
        (str(_("Within 30 days")), buckets[30]),
        (str(_("31 to 60 days")), buckets[60]),
        (str(_("61 to 90 days")), buckets[90]),
    ]


@dataclass(frozen=True)
class TeamSummary:
    team: Team
    members: int
    certified: int
    expiring: int
    open_needs: int
    overdue: int


def team_summaries_for(user) -> list[TeamSummary]:
    """One line per team the user manages (home panel): six grouped queries, whatever the
    number of teams or members (correlated subqueries here were quadratic on SQLite)."""
    now = timezone.now()
    teams = list(team_list_for(user))
    ids = [t.pk for t in teams]

    def per_team(qs, team_path: str, person: str) -> dict[int, int]:
        rows = (
            qs.filter(**{f"{team_path}__in": ids})
            .order_by()
            .values(team_path)
            .annotate(n=Count(person, distinct=True))
            .values_list(team_path, "n")
        )
        return dict(rows)

    members = per_team(
        Team.members.through.objects.filter(user__is_active=True), "team_id", "user_id"
    )
    certified = per_team(Certificate.objects.valid(now), "holder__teams", "holder")
    expiring = per_team(Certificate.objects.in_window(now), "holder__teams", "holder")
    needs = per_team(RetrainingNeed.objects.filter(status=NeedStatus.OPEN), "user__teams", "user")
    overdue = per_team(Assignment.objects.overdue(now), "assignee__teams", "assignee")
    return [
        TeamSummary(
            t,
            members.get(t.pk, 0),
            certified.get(t.pk, 0),
            expiring.get(t.pk, 0),
            needs.get(t.pk, 0),
            overdue.get(t.pk, 0),
        )
        for t in teams
    ]


def attention_for(user, *, limit: int = 5) -> list[RetrainingNeed]:
    """The open retraining needs in the user's teams with the newest evidence (the manager's
    home): one row per need, with ``evidence_count``."""
    teams = team_list_for(user)
    in_teams = User.objects.filter(teams__in=teams)
    return list(
        needs_with_evidence_count(
            RetrainingNeed.objects.filter(status=NeedStatus.OPEN, user__in=in_teams)
        )
        .select_related("user")
        .order_by("-last_evidence_at", "-pk")[:limit]
    )
