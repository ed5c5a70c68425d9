"""The certification API under /api/v1/certification/: read-only views integrations use.

    GET /certificates                  the caller's certificates (every cycle)
    GET /verify/{token}                a certificate's public facts (no sign-in needed)
    GET /assignments                   the caller's assignments with their status
    GET /teams/{slug}/members          a team's table (managers of the team, admins)

Errors: 401 unauthenticated, 403 a team the caller does not manage, 404 unknown.
"""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import Router, Schema

from accounts.models import Team
from accounts.permissions import can_view_team
from accounts.selectors import display_name

from .models import Certificate
from .selectors.assignments import assignment_list_for_learner
from .selectors.certificates import certificate_get_by_token, certificate_list_for
from .selectors.team import TableParams, team_dashboard

router = Router(tags=["certification"])


class CertificateOut(Schema):
    id: int
    program: str
    level: str
    cycle: int
    status: str
    issued_at: datetime
    expires_at: datetime
    verify_url: str


class VerificationOut(Schema):
    holder: str
    program: str
    level: str
    status: str
    issued_at: datetime
    expires_at: datetime
    cycle: int


class AssignmentOut(Schema):
    id: int
    kind: str
    title: str
    url: str
    status: str
    due_at: datetime
    note: str


class MemberOut(Schema):
    id: int
    username: str
    name: str
    onboarding_percent: int
    certification: str
    certificate_expires: datetime | None
    open_needs: int
    overdue: int
    skills: dict[str, int | None]


def _certificate(c: Certificate) -> dict:
    return {
        "id": c.pk,
        "program": c.program.title,
        "level": c.program.level,
        "cycle": c.cycle,
        "status": c.status,
        "issued_at": c.issued_at,
        "expires_at": c.expires_at,
        "verify_url": c.get_verify_url(),
    }


@router.get("/certificates", response=list[CertificateOut])
def certificates(request):
    return [_certificate(c) for c in certificate_list_for(request.user)]


@router.get("/verify/{token}", response=VerificationOut, auth=None)
def verify(request, token: str):
    try:
        c = certificate_get_by_token(token)
    except Certificate.DoesNotExist as exc:
        raise Http404("No certificate has this verification token.") from exc
    return {
        "holder": display_name(c.holder),
        "program": c.program.title,
        "level": c.program.level,
        "status": c.status,
        "issued_at": c.issued_at,
        "expires_at": c.expires_at,
        "cycle": c.cycle,
    }


@router.get("/assignments", response=list[AssignmentOut])
def assignments(request):
    return [
        {
            "id": r.assignment.pk,
            "kind": r.assignment.target_kind,
            "title": r.assignment.target_title,
            "url": r.url,
            "status": r.status,
            "due_at": r.assignment.due_at,
            "note": r.assignment.note,
        }
        for r in assignment_list_for_learner(request.user, request=request)
    ]


@router.get("/teams/{slug}/members", response=list[MemberOut])
def team_members(request, slug: str, page: int = 1):
    team = Team.objects.filter(slug=slug).first()
    if team is None:
        raise Http404("No such team.")
    if not can_view_team(request.user, team):
        raise PermissionDenied("Only the team's managers and admins can see its members.")
    dash = team_dashboard(team, TableParams(page=page), page_size=100)
    return [
        {
            "id": row.member.pk,
            "username": row.member.username,
            "name": row.member.name,
            "onboarding_percent": row.onboarding_percent,
            "certification": row.cert_state,
            "certificate_expires": row.certificate.expires_at if row.certificate else None,
            "open_needs": row.open_needs,
            "overdue": row.overdue,
            "skills": {s.slug: cell.score for s, cell in zip(dash.skills, row.skills, strict=True)},
        }
        for row in dash.rows
    ]
