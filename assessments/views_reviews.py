"""Pages for people checking grades: an agent's dispute, the review queue, one grade's
review, a rubric's calibration, and a trainer's grading preview of a trial call.

Thin views: parse, authorise through ``assessments.permissions``, call one service or
selector, render. Bad input re-renders the page with the form as it was sent (400).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import Skill
from simulations.models import SimulationSession

from . import selectors, services
from .forms import DisputeForm, OverrideForm, ReviewCompleteForm
from .models import Grade, ReviewDecision, Rubric, Section
from .permissions import (
    can_dispute_grade,
    can_grade_trial,
    can_review_grade,
    can_use_review_queue,
    can_view_calibration,
    can_view_grade,
)
from .views import grade_page


@login_required
@require_POST
def grade_dispute(request, pk: int):
    session = get_object_or_404(SimulationSession.objects.select_related("user", "scenario"), pk=pk)
    grade = Grade.objects.filter(session=session).first()
    if grade is None or not can_view_grade(request.user, session.user):
        raise Http404
    if not can_dispute_grade(request.user, grade):
        raise PermissionDenied(_("Only the person who took the call can dispute its grade."))
    form = DisputeForm(request.POST)
    if form.is_valid():
        try:
            services.grade_dispute_open(
                grade=grade, by=request.user, comment=form.cleaned_data["comment"]
            )
        except services.GradeDisputeError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Your dispute is sent: a reviewer will answer you here."))
            return redirect(f"{reverse('assessments:session_grade', args=[pk])}#dispute")
    return grade_page(request, session, dispute_form=form, status=400)


@login_required
def review_queue(request):
    if not can_use_review_queue(request.user):
        raise PermissionDenied
    queue = selectors.review_queue_for(
        request.user, reason=request.GET.get("reason", "")[:60], page=request.GET.get("page", 1)
    )
    calibration = (
        selectors.rubric_calibration_summaries() if can_view_calibration(request.user) else None
    )
    return render(
        request, "assessments/review_queue.html", {"queue": queue, "calibration": calibration}
    )


def _grade_to_review(request, pk: int) -> Grade:
    grade = selectors.grade_for_review(pk)
    if grade is None or not can_view_grade(request.user, grade.user):
        raise Http404
    if not can_review_grade(request.user, grade):
        raise PermissionDenied(_("Only trainers and the person's managers review a grade."))
    return grade


def _review_page(request, grade, *, override=None, complete_form=None, status=200):
    context = selectors.review_page_for(grade)
    forms = {c.pk: OverrideForm(criterion=c, prefix=f"c{c.pk}") for c in context["criteria"]}
    if override is not None:
        forms[override.criterion.pk] = override
    context.update(
        forms=forms,
        complete_form=complete_form or ReviewCompleteForm(),
        can_calibrate=can_view_calibration(request.user),
    )
    return render(request, "assessments/review_grade.html", context, status=status)


@login_required
def review_grade(request, pk: int):
    return _review_page(request, _grade_to_review(request, pk))


@login_required
@require_POST
def review_override(request, pk: int, criterion: int):
    grade = _grade_to_review(request, pk)
    row = next((c for c in grade.criterion_scores.all() if c.pk == criterion), None)
    if row is None:
        raise Http404
    form = OverrideForm(request.POST, criterion=row, prefix=f"c{row.pk}")
    if form.is_valid():
        try:
            services.criterion_override(criterion=row, by=request.user, **form.cleaned_data)
        except services.GradeOverrideError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Score changed; the total is recalculated."))
            return redirect(f"{reverse('assessments:review_grade', args=[pk])}#criterion-{row.key}")
    return _review_page(request, grade, override=form, status=400)


@login_required
@require_POST
def review_complete(request, pk: int):
    grade = _grade_to_review(request, pk)
    form = ReviewCompleteForm(request.POST)
    if form.is_valid():
        try:
            review = services.grade_review_complete(
                grade=grade, by=request.user, reason=form.cleaned_data["reason"]
            )
        except services.GradeReviewError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _completed_message(review))
            return redirect("assessments:review_queue")
    return _review_page(request, grade, complete_form=form, status=400)


def _completed_message(review) -> str:
    if review.decision == ReviewDecision.ACCEPTED:
        return _("Review completed: the grade stands at %(score)s.") % {"score": review.score_after}
    return _("Review completed: the grade went from %(before)s to %(after)s.") % {
        "before": review.score_before,
        "after": review.score_after,
    }


@login_required
def rubric_calibration(request, pk: int):
    if not can_view_calibration(request.user):
        raise PermissionDenied
    rubric = get_object_or_404(Rubric, pk=pk)
    calibration = selectors.rubric_calibration(rubric)
    return render(request, "assessments/rubric_calibration.html", {"calibration": calibration})


@login_required
def trial_grade(request, pk: int):
    session = get_object_or_404(
        SimulationSession.objects.select_related("scenario"), pk=pk, user=request.user
    )
    if not session.is_trial:
        raise Http404
    if not can_grade_trial(request.user, session):
        raise PermissionDenied(_("Only trainers and admins can grade their trial calls."))
    try:
        preview = services.trial_grade_preview(session=session)
    except services.TrialGradeError as exc:
        messages.warning(request, str(exc))
        return redirect("simulations:call", pk=session.pk)
    context = {
        "session": session,
        "preview": preview,
        "criteria": selectors.criteria_in_sections(preview.result.criteria),
        "flags": [f.to_dict() for f in preview.result.flags],
        "rows": selectors.transcript_rows_for_result(session, preview.result),
        "section_labels": dict(Section.choices),
        "skill_names": dict(Skill.objects.values_list("slug", "name")),
    }
    return render(request, "assessments/trial_grade.html", context)
