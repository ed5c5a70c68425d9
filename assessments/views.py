"""Pages: quizzes (start, take, result), a call's grade with overrides, skill profiles."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.selectors import display_name
from courses.models import Skill
from simulations.models import SimulationSession

from . import selectors, services
from .forms import DisputeForm, OverrideForm, responses_from_post
from .models import CriterionScore, Quiz, QuizAttempt, Section
from .permissions import (
    can_dispute_grade,
    can_override_grade,
    can_view_attempt,
    can_view_grade,
    can_view_skills,
)
from .selectors.quizzes import answers_revealed, quiz_lock_for, quiz_rows_for

User = get_user_model()


@login_required
def quiz_list(request):
    rows = quiz_rows_for(request.user, selectors.quiz_list_for(request.user))
    return render(request, "assessments/quiz_list.html", {"rows": rows})


def _quiz_locked(request, quiz: Quiz, lock):
    """The quiz of a locked course: what to finish first, as the course page says it."""
    context = {"quiz": quiz, "course": quiz.course, "progress": lock}
    return render(request, "assessments/quiz_locked.html", context, status=403)


@login_required
def quiz_detail(request, pk: int):
    quiz = get_object_or_404(Quiz.objects.select_related("course"), pk=pk, live=True)
    services.quiz_attempts_close_expired(user=request.user, quiz=quiz)
    if request.method == "POST":
        try:
            attempt = services.quiz_attempt_start(user=request.user, quiz=quiz)
        except services.QuizError as exc:
            if exc.code == "locked":
                return _quiz_locked(request, quiz, exc.lock)
            messages.error(request, str(exc))
            return redirect("assessments:quiz", pk=quiz.pk)
        return redirect("assessments:quiz_take", pk=attempt.pk)
    status = selectors.quiz_status_for(request.user, quiz)
    return render(request, "assessments/quiz_detail.html", {"quiz": quiz, "status": status})


@login_required
def quiz_take(request, pk: int):
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("quiz__course"), pk=pk, user=request.user
    )
    if not attempt.is_submitted and (lock := quiz_lock_for(request.user, attempt.quiz)):
        return _quiz_locked(request, attempt.quiz, lock)
    views = selectors.attempt_question_views(attempt)
    if request.method == "POST":
        responses = responses_from_post(views, request.POST)
        if request.POST.get("action") == "save":
            if services.quiz_answers_save(attempt=attempt, responses=responses):
                messages.success(request, _("Your answers are saved."))
                return redirect("assessments:quiz_take", pk=attempt.pk)
        result = services.quiz_attempt_submit(attempt=attempt, responses=responses)
        messages.add_message(request, *_submit_message(result))
        return redirect("assessments:quiz_result", pk=attempt.pk)
    if attempt.is_submitted:
        return redirect("assessments:quiz_result", pk=attempt.pk)
    if attempt.is_expired():
        result = services.quiz_attempt_submit(attempt=attempt, responses={})
        messages.add_message(request, *_submit_message(result))
        return redirect("assessments:quiz_result", pk=attempt.pk)
    quiz = selectors.attempt_quiz(attempt)
    return render(
        request,
        "assessments/quiz_take.html",
        {"attempt": attempt, "quiz": quiz, "questions": views, "now": timezone.now()},
    )


def _submit_message(result) -> tuple[int, str]:
    if result.status == "already_submitted":
        return messages.WARNING, _(
            "This attempt was already submitted, so the second submission was ignored. "
            "Your result is below."
        )
    if result.status == "late":
        return messages.WARNING, _(
            "Time was up at %(t)s. Answers sent after the time limit were not counted; the "
            "answers saved before it were graded."
        ) % {"t": timezone.localtime(result.attempt.deadline).strftime("%H:%M")}
    return messages.SUCCESS, _("Your answers are submitted.")


@login_required
def quiz_result(request, pk: int):
    attempt = get_object_or_404(QuizAttempt.objects.select_related("quiz", "user"), pk=pk)
    if not can_view_attempt(request.user, attempt):
        raise Http404
    if not attempt.is_submitted:
        return redirect("assessments:quiz_take", pk=attempt.pk)
    status = selectors.quiz_status_for(attempt.user, attempt.quiz)
    # Right answers and explanations are shown once they can no longer help a retake.
    reveal = answers_revealed(attempt, status, viewer=request.user)
    context = {
        "attempt": attempt,
        "quiz": selectors.attempt_quiz(attempt),
        "questions": selectors.attempt_question_views(attempt, revealed=reveal),
        "status": status,
        "own": attempt.user_id == request.user.pk,
        "reveal": reveal,
    }
    return render(request, "assessments/quiz_result.html", context)


@login_required
def session_grade(request, pk: int):
    session = get_object_or_404(SimulationSession.objects.select_related("user", "scenario"), pk=pk)
    if not can_view_grade(request.user, session.user):
        raise Http404
    return grade_page(request, session)


def grade_page(request, session, *, dispute_form: DisputeForm | None = None, status: int = 200):
    """The grade page; the dispute view renders it again with the agent's bound form."""
    grade = selectors.grade_for_session(session)
    can_override = grade is not None and can_override_grade(request.user, session.user)
    can_dispute = grade is not None and can_dispute_grade(request.user, grade)
    criteria = selectors.criteria_in_sections(grade.criterion_scores.all() if grade else [])
    disputes = selectors.dispute_state_for(grade) if grade else None
    context = {
        "session": session,
        "grade": grade,
        "grading_job": None if grade else selectors.grading_job_for(session),
        "criteria": criteria,
        "forms": {c.pk: OverrideForm(criterion=c, prefix=f"c{c.pk}") for c in criteria}
        if can_override
        else {},
        "rows": selectors.transcript_rows(session, grade),
        "can_override": can_override,
        "can_review": can_override and (grade.needs_review or disputes.open is not None),
        "disputes": disputes,
        "can_dispute": can_dispute,
        "dispute_form": dispute_form or (DisputeForm() if can_dispute else None),
        "own": session.user_id == request.user.pk,
        "person_name": display_name(session.user),
        "section_labels": dict(Section.choices),
        "skill_names": dict(Skill.objects.values_list("slug", "name")),
    }
    return render(request, "assessments/session_grade.html", context, status=status)


@login_required
@require_POST
def criterion_override(request, pk: int):
    criterion = get_object_or_404(
        CriterionScore.objects.select_related("grade__user", "grade__session"), pk=pk
    )
    grade = criterion.grade
    if not can_view_grade(request.user, grade.user):
        raise Http404
    if not can_override_grade(request.user, grade.user):
        raise PermissionDenied(_("Only trainers and the person's managers can change a grade."))
    form = OverrideForm(request.POST, criterion=criterion, prefix=f"c{criterion.pk}")
    if form.is_valid():
        try:
            services.criterion_override(
                criterion=criterion,
                by=request.user,
                score=form.cleaned_data["score"],
                applicable=form.cleaned_data["applicable"],
                reason=form.cleaned_data["reason"],
            )
        except services.GradeOverrideError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Score changed; the total is recalculated."))
    else:
        errors = "; ".join(e for errs in form.errors.values() for e in errs)
        messages.error(request, _("The score was not changed: %(e)s") % {"e": errors})
    return redirect(f"{_grade_url(grade)}#criterion-{criterion.key}")


def _grade_url(grade) -> str:
    from django.urls import reverse

    return reverse("assessments:session_grade", args=[grade.session_id])


def _skills_page(request, person):
    levels = selectors.skill_profile_for(person)
    context = {
        "person": person,
        "person_name": display_name(person),
        "own": person.pk == request.user.pk,
        "levels": levels,
        "chart": selectors.skill_chart(levels),
        "activities": selectors.skill_activities(levels),
    }
    return render(request, "assessments/skills.html", context)


@login_required
def skills(request):
    return _skills_page(request, request.user)


@login_required
def person_skills(request, pk: int):
    person = get_object_or_404(User, pk=pk, is_active=True)
    if not can_view_skills(request.user, person):
        raise Http404
    return _skills_page(request, person)
