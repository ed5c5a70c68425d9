"""The manager's views: their teams, a team's dashboard, bulk assignment, one person."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string

from accounts.models import Team
from accounts.permissions import can_view_person, can_view_team, is_admin, is_manager
from accounts.selectors import display_name, team_list_for

from .. import services
from ..forms import AssignmentForm
from ..permissions import can_assign_to
from ..selectors.needs import need_get_for_people
from ..selectors.person import person_overview
from ..selectors.targets import assignable_targets, target_resolve
from ..selectors.team import TableParams, team_dashboard

User = get_user_model()


def _team_or_403(request, slug: str) -> Team:
    team = get_object_or_404(Team, slug=slug)
    if not can_view_team(request.user, team):
        raise PermissionDenied
    return team


@login_required
def team_list(request):
    if not (is_manager(request.user) or is_admin(request.user)):
        raise PermissionDenied
    teams = list(team_list_for(request.user))
    if len(teams) == 1:
        return redirect("certification:team", slug=teams[0].slug)
    return render(request, "certification/team_list.html", {"teams": teams})


@login_required
def team_detail(request, slug: str):
    team = _team_or_403(request, slug)
    dashboard = team_dashboard(team, TableParams.from_query(request.GET))
    return render(
        request,
        "certification/team.html",
        {"dash": dashboard, "team": team},
    )


@login_required
def team_assign(request, slug: str):
    """Assign a course, quiz or scenario to chosen members or the whole team."""
    team = _team_or_403(request, slug)
    members = team.members.filter(is_active=True).order_by("first_name", "last_name")
    need = None
    if need_id := request.GET.get("need") or request.POST.get("need"):
        need = need_get_for_people(need_id, members)
    initial = {"people": request.GET.getlist("people")}
    if need and need.suggested_scenario_id:
        initial["target"] = f"scenario:{need.suggested_scenario_id}"
    elif need and need.suggested_course_id:
        initial["target"] = f"course:{need.suggested_course_id}"
    if need:
        initial["people"] = [need.user_id]
    if request.GET.get("target"):
        initial["target"] = request.GET["target"]
    form = AssignmentForm(
        request.POST or None, initial=initial, people=members, targets=assignable_targets()
    )
    if request.method == "POST" and form.is_valid():
        people = list(members if form.cleaned_data["whole_team"] else form.cleaned_data["people"])
        if not all(can_assign_to(request.user, p) for p in people):
            raise PermissionDenied
        target = target_resolve(form.cleaned_data["target"])
        try:
            results = services.assignments_bulk_create(
                assigned_by=request.user,
                assignees=people,
                target=target,
                due_at=form.due_at,
                note=form.cleaned_data["note"],
                needs={need.user_id: need} if need else None,
                update_existing=form.cleaned_data["update_existing"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            # One message listing each person: assigned, already had it, or updated.
            report = render_to_string(
                "certification/includes/assign_report.html",
                {"results": results, "title": getattr(target, "title", target)},
                request=request,
            )
            messages.success(request, report)
            return redirect("certification:team", slug=team.slug)
    return render(
        request,
        "certification/assign.html",
        {"team": team, "form": form, "need": need},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def person_detail(request, pk: int):
    person = get_object_or_404(User, pk=pk, is_active=True)
    if not can_view_person(request.user, person):
        raise PermissionDenied
    return render(
        request,
        "certification/person.html",
        {
            "person": person,
            "person_name": display_name(person),
            "overview": person_overview(person, request=request),
            "can_assign": can_assign_to(request.user, person),
            "teams": [t for t in person.teams.all() if can_view_team(request.user, t)],
        },
    )
