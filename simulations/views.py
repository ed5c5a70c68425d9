"""Pages for practice calls: the scenario library, a briefing, the call screen, its review.

Thin views: parse, authorise (selectors decide who sees a session), call one service,
render. The call screen talks to the JSON API (streaming replies); the form posts here
are its no-JavaScript fallback.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.permissions import can_author

from . import selectors, services
from .engines.base import EngineError
from .forms import ScenarioFilterForm


@login_required
def library(request):
    form = ScenarioFilterForm(request.GET or None)
    scenarios = list(selectors.scenario_list(**form.filters()))
    scores = selectors.scenario_scores_for(request.user, [s.pk for s in scenarios])
    cards = [(s, scores.get(s.pk)) for s in scenarios]
    recent = selectors.session_list_recent_for(request.user, limit=5)
    return render(
        request,
        "simulations/library.html",
        {"form": form, "cards": cards, "recent": recent, "filtered": any(form.filters().values())},
    )


@login_required
def briefing(request, slug):
    scenario = selectors.scenario_get_published(slug)
    active = selectors.session_active_for(request.user, scenario)
    return render(
        request, "simulations/briefing.html", {"scenario": scenario, "active_session": active}
    )


@login_required
@require_POST
def start(request, slug):
    scenario = selectors.scenario_get_published(slug)
    session = services.session_start(user=request.user, scenario=scenario)
    return redirect("simulations:call", pk=session.pk)


@login_required
def try_scenario(request, pk):
    """A trainer plays the latest revision (draft or not) of a scenario; never graded."""
    if not can_author(request.user):
        raise Http404("Scenario not found.")
    draft = selectors.scenario_draft_for_trial(pk)
    if request.method == "POST":
        scenario = selectors.scenario_get(pk)
        session = services.session_start(user=request.user, scenario=scenario, is_trial=True)
        return redirect("simulations:call", pk=session.pk)
    return render(request, "simulations/briefing.html", {"scenario": draft, "trial": True})


@login_required
def call(request, pk):
    session = selectors.session_get_own(request.user, pk)
    if services.session_expire_if_due(session=session):
        session = selectors.session_get_own(request.user, pk)
    template = "simulations/call.html" if session.is_active else "simulations/end.html"
    return render(request, template, selectors.call_screen_for(session))


def _fallback(request, pk, action):
    session = selectors.session_get_own(request.user, pk)
    try:
        action(session)
    except (services.SessionError, EngineError) as exc:
        messages.error(request, str(exc))
    return redirect("simulations:call", pk=pk)


@login_required
@require_POST
def say(request, pk):
    def act(session):
        try:
            services.session_record_agent_turn(
                session=session,
                text=request.POST.get("text", ""),
                client_id=request.POST.get("client_id", ""),
                subject=request.POST.get("subject", ""),
            )
        except services.DuplicateTurnError:
            return  # the form was submitted twice: the first submit's exchange stands
        if session.is_active:
            result = services.session_customer_reply(session=session)
            if result.notice:
                messages.warning(request, result.notice)

    return _fallback(request, pk, act)


@login_required
@require_POST
def hold(request, pk):
    return _fallback(request, pk, lambda s: services.session_hold(session=s))


@login_required
@require_POST
def resume(request, pk):
    return _fallback(request, pk, lambda s: services.session_resume(session=s))


@login_required
@require_POST
def end(request, pk):
    session = selectors.session_get_own(request.user, pk)
    resolved = request.POST.get("resolved") == "1"
    session, message = services.session_finish_by_agent(session=session, resolved=resolved)
    if message:
        messages.warning(request, message)
    return redirect("simulations:call", pk=pk)


@login_required
def review(request, pk):
    session = selectors.session_get_for(request.user, pk)
    return render(request, "simulations/review.html", selectors.review_for(session, request.user))
