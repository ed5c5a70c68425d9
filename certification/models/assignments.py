"""Assignment: a course, quiz or scenario given to a person with a due date."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AssignmentStatus(models.TextChoices):
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    OVERDUE = "overdue", _("Overdue")


STATUS_BADGE = {
    AssignmentStatus.ASSIGNED: "info",
    AssignmentStatus.IN_PROGRESS: "info",
    AssignmentStatus.COMPLETED: "ok",
    AssignmentStatus.OVERDUE: "bad",
}


class TargetKind(models.TextChoices):
    COURSE = "course", _("Course")
    QUIZ = "quiz", _("Quiz")
    SCENARIO = "scenario", _("Scenario")


class AssignmentQuerySet(models.QuerySet):
    def open(self):
        return self.filter(completed_at__isnull=True)

    def overdue(self, now=None):
        return self.open().filter(due_at__lt=now or timezone.now())


class Assignment(models.Model):
    """Exactly one target (course, quiz or scenario); completed when the learning records say so.

    ``completed_at`` and ``started_at`` are written by
    ``certification.services.assignment_sync_for`` from the learner's records (course
    enrolment completed; quiz attempt started after the assignment and passed; call started
    after it, graded, passed with no critical fail). ``completed_by_grade`` names the call
    that counted, so an override or a later regrade that fails it reopens the assignment.
    """

    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assignments_made",
        verbose_name=_("assigned by"),
        help_text=_("Empty when a retraining rule assigned it."),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("assignee"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="assignments",
        verbose_name=_("course"),
    )
    quiz = models.ForeignKey(
        "assessments.Quiz",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="assignments",
        verbose_name=_("quiz"),
    )
    scenario = models.ForeignKey(
        "simulations.Scenario",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="assignments",
        verbose_name=_("scenario"),
    )
    due_at = models.DateTimeField(_("due"))
    note = models.TextField(_("note"), blank=True, max_length=2000)
    need = models.ForeignKey(
        "certification.RetrainingNeed",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assignments",
        verbose_name=_("retraining need"),
    )
    created_at = models.DateTimeField(_("assigned at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    completed_by_grade = models.ForeignKey(
        "assessments.Grade",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="completed_assignments",
        verbose_name=_("completed by the grade"),
    )
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    overdue_notice_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "pk"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        indexes = [models.Index(fields=["assignee", "completed_at"])]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(course__isnull=False, quiz__isnull=True, scenario__isnull=True)
                    | models.Q(course__isnull=True, quiz__isnull=False, scenario__isnull=True)
                    | models.Q(course__isnull=True, quiz__isnull=True, scenario__isnull=False)
                ),
                name="assignment_exactly_one_target",
            )
        ]

    def __str__(self) -> str:
        return f"{self.target_title} → {self.assignee}"

    # The target: exactly one of course / quiz / scenario (see the CheckConstraint).
    @property
    def target(self):
        if self.course_id:
            return self.course
        if self.quiz_id:
            return self.quiz
        return self.scenario

    @property
    def target_kind(self) -> str:
        if self.course_id:
            return TargetKind.COURSE
        if self.quiz_id:
            return TargetKind.QUIZ
        return TargetKind.SCENARIO

    @property
    def target_title(self) -> str:
        target = self.target
        return str(getattr(target, "title", target) or "")

    def status_at(self, now=None) -> AssignmentStatus:
        now = now or timezone.now()
        if self.completed_at is not None:
            return AssignmentStatus.COMPLETED
        if self.due_at < now:
            return AssignmentStatus.OVERDUE
        if self.started_at is not None:
            return AssignmentStatus.IN_PROGRESS
        return AssignmentStatus.ASSIGNED

    @property
    def status(self) -> AssignmentStatus:
        return self.status_at()

    @property
    def status_badge(self) -> str:
        return STATUS_BADGE[self.status]

    @property
    def is_overdue(self) -> bool:
        return self.status == AssignmentStatus.OVERDUE
