"""A learner's assignments, CSV exports (streamed or in the background), trainer analytics."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.permissions import is_learner
from simulations.models import Scenario

from ..forms import AnalyticsFilterForm
from ..models import CsvExport, ExportKind
from ..permissions import can_view_analytics, can_view_export
from ..selectors.analytics import criterion_calls_for, question_stats, scenario_stats
from ..selectors.assignments import assignment_list_for_learner
from ..selectors.exports import export_rows, export_size
from ..selectors.team import TableParams
from ..services.exports import csv_export_request
from .team import _team_or_403

# Above this many rows an export is written in the background and downloaded when ready.
STREAM_LIMIT = 2000


@login_required
def assignment_list(request):
    if not is_learner(request.user):
        raise PermissionDenied
    rows = assignment_list_for_learner(request.user, request=request, recent_days=90)
    return render(request, "certification/assignments.html", {"rows": rows})


class _Echo:
    def write(self, value):
        return value


def _kind_or_404(kind: str) -> str:
    if kind not in ExportKind.values:
        raise Http404
    return kind


@login_required
def team_export(request, slug: str, kind: str):
    """Stream a CSV; a big one redirects to the background export instead."""
    team = _team_or_403(request, slug)
    kind = _kind_or_404(kind)
    if export_size(kind, team) > STREAM_LIMIT and not request.GET.get("stream"):
        return render(
            request,
            "certification/export_large.html",
            {"team": team, "kind": kind, "label": ExportKind(kind).label},
        )
    writer = csv.writer(_Echo())
    params = TableParams.from_query(request.GET) if kind == ExportKind.TEAM else None
    rows = (writer.writerow(row) for row in export_rows(kind, team, params))
    response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="{team.slug}-{kind}-{stamp}.csv"'
    return response


@login_required
@require_POST
def export_start(request, slug: str, kind: str):
    team = _team_or_403(request, slug)
    export = csv_export_request(user=request.user, team=team, kind=_kind_or_404(kind))
    messages.info(request, _("Your export is being prepared; this page updates by itself."))
    return redirect("certification:export", pk=export.pk)


def _export_or_404(request, pk: int) -> CsvExport:
    export = get_object_or_404(CsvExport.objects.select_related("team"), pk=pk)
    if not can_view_export(request.user, export):
        raise Http404
    return export


@login_required
def export_detail(request, pk: int):
    export = _export_or_404(request, pk)
    if request.GET.get("format") == "json":
        return JsonResponse(
            {"status": export.status, "ready": export.is_ready, "rows": export.row_count}
        )
    return render(request, "certification/export.html", {"export": export})


@login_required
def export_download(request, pk: int):
    export = _export_or_404(request, pk)
    if not export.is_ready:
        raise Http404(_("This export is not ready yet."))
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=export.file.name.rsplit("/", 1)[-1],
        content_type="text/csv",
    )


def _analytics_filter_form(request) -> AnalyticsFilterForm:
    """The filters from the query string, for those who may see analytics. A form with
    errors means the page shows the errors and no figures."""
    if not can_view_analytics(request.user):
        raise PermissionDenied
    return AnalyticsFilterForm(request.GET)


@login_required
def analytics(request):
    form = _analytics_filter_form(request)
    if not form.is_valid():
        return render(request, "certification/analytics.html", {"form": form}, status=400)
    filters = form.analytics_filter()
    return render(
        request,
        "certification/analytics.html",
        {
            "form": form,
            "scenarios": scenario_stats(filters),
            "questions": question_stats(filters),
        },
    )


@login_required
def analytics_criterion(request, scenario_id: int, key: str):
    """The graded calls that missed one criterion of one scenario, filtered like the page."""
    form = _analytics_filter_form(request)
    scenario = get_object_or_404(Scenario, pk=scenario_id)
    context = {"form": form, "scenario": scenario}
    if not form.is_valid():
        return render(request, "certification/analytics_criterion.html", context, status=400)
    result = criterion_calls_for(
        scenario, key, filters=form.analytics_filter(), viewer=request.user
    )
    if result is None:
        raise Http404
    context["result"] = result
    return render(request, "certification/analytics_criterion.html", context)
