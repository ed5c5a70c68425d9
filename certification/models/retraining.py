"""Retraining: the rules a trainer configures, the needs they raise, and why (or why not)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import RevisionMixin
from wagtail.search import index


class RuleKind(models.TextChoices):
    SKILL_BELOW = "skill_below", _("A skill's recent scores are under a threshold")
    CONSECUTIVE_FAILS = "consecutive_fails", _("Several failed attempts in a row")
    CRITICAL_FAIL = "critical_fail", _("A critical fail on a call")
    CERT_WINDOW = "cert_window", _("A certificate enters its renewal window or expires")


class FailsOn(models.TextChoices):
    ANY = "any", _("A scenario or a quiz")
    SCENARIO = "scenario", _("A scenario")
    QUIZ = "quiz", _("A quiz")


class RetrainingRule(RevisionMixin, index.Indexed, models.Model):
    """When to raise a retraining need, and whether to assign remedial work at once."""

    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=30, choices=RuleKind.choices)
    description = models.TextField(_("description"), blank=True)
    skill = models.ForeignKey(
        "courses.Skill",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="retraining_rules",
        verbose_name=_("skill"),
        help_text=_("For “skill below”: the skill watched. Empty watches every skill."),
    )
    threshold = models.PositiveSmallIntegerField(
        _("threshold score"), default=60, help_text=_("For “skill below”: 0 to 100.")
    )
    last_n = models.PositiveSmallIntegerField(
        _("last N graded activities"),
        default=3,
        help_text=_("For “skill below”: how many recent graded activities are averaged."),
    )
    fail_count = models.PositiveSmallIntegerField(
        _("failed attempts in a row"), default=3, help_text=_("For “several failed attempts”.")
    )
    fails_on = models.CharField(
        _("failed attempts on"), max_length=10, choices=FailsOn.choices, default=FailsOn.ANY
    )
    cooldown_days = models.PositiveSmallIntegerField(
        _("cool-down (days)"),
        default=14,
        help_text=_("Do not raise the same need for the same person again within this time."),
    )
    auto_assign = models.BooleanField(
        _("assign remedial work automatically"),
        default=False,
        help_text=_("Assign the suggested course or scenario as soon as the need is raised."),
    )
    due_in_days = models.PositiveSmallIntegerField(_("due in (days)"), default=7)
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("active")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("skill"), FieldRowPanel([FieldPanel("threshold"), FieldPanel("last_n")])],
            heading=_("Skill below a threshold"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("fail_count"), FieldPanel("fails_on")])],
            heading=_("Failed attempts in a row"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("cooldown_days"),
                FieldRowPanel([FieldPanel("auto_assign"), FieldPanel("due_in_days")]),
            ],
            heading=_("Cool-down and automatic assignment"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("retraining rule")
        verbose_name_plural = _("retraining rules")

    def __str__(self) -> str:
        return self.name


class NeedStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")


class RetrainingNeed(models.Model):
    """A person needs retraining in something, with the evidence that says so.

    At most one need is open per person and skill (for skill-based rules), or per person,
    rule and subject (for the others): later evidence is added to the open need as a
    ``NeedEvidence`` row instead of raising another one (``services.retraining``).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="retraining_needs",
        verbose_name=_("person"),
    )
    rule = models.ForeignKey(
        RetrainingRule,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="needs",
        verbose_name=_("rule"),
    )
    key = models.CharField(
        _("subject"),
        max_length=80,
        help_text=_("What the need is about (skill:empathy, scenario:3, certificate:7)."),
    )
    skill = models.ForeignKey(
        "courses.Skill",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="retraining_needs",
        verbose_name=_("skill"),
    )
    reason = models.TextField(_("reason"))
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)
    suggested_course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("suggested course"),
    )
    suggested_lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("suggested lesson"),
    )
    suggested_scenario = models.ForeignKey(
        "simulations.Scenario",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("suggested scenario"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=NeedStatus.choices, default=NeedStatus.OPEN
    )
    raised_at = models.DateTimeField(_("raised at"), default=timezone.now)
    last_evidence_at = models.DateTimeField(
        _("latest evidence"),
        default=timezone.now,
        help_text=_("When the newest piece of evidence was added."),
    )
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by_assignment = models.ForeignKey(
        "certification.Assignment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by assignment"),
    )

    class Meta:
        ordering = ["-raised_at"]
        verbose_name = _("retraining need")
        verbose_name_plural = _("retraining needs")
        indexes = [models.Index(fields=["user", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "skill"],
                condition=models.Q(status="open", skill__isnull=False),
                name="need_one_open_per_person_and_skill",
            ),
            models.UniqueConstraint(
                fields=["user", "rule", "key"],
                condition=models.Q(status="open", skill__isnull=True),
                name="need_one_open_per_person_rule_and_subject",
            ),
        ]

    def __str__(self) -> str:
        return self.reason

    @property
    def is_open(self) -> bool:
        return self.status == NeedStatus.OPEN


class NeedEvidence(models.Model):
    """One piece of evidence behind a need: the graded call or quiz attempt that tripped a
    rule, when, its score, what the rule said then and the agent's words the grader quoted."""

    need = models.ForeignKey(
        RetrainingNeed,
        on_delete=models.CASCADE,
        related_name="evidence_items",
        verbose_name=_("retraining need"),
    )
    rule = models.ForeignKey(
        RetrainingRule,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="evidence_items",
        verbose_name=_("rule"),
    )
    grade = models.ForeignKey(
        "assessments.Grade",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="need_evidence",
        verbose_name=_("grade"),
    )
    quiz_attempt = models.ForeignKey(
        "assessments.QuizAttempt",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="need_evidence",
        verbose_name=_("quiz attempt"),
    )
    label = models.CharField(_("activity"), max_length=255, blank=True)
    url = models.CharField(_("link"), max_length=300, blank=True)
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    critical_fail = models.BooleanField(_("critical fail"), default=False)
    summary = models.TextField(_("what the rule found"), blank=True)
    quotes = models.JSONField(_("quoted lines"), default=list, blank=True)
    occurred_at = models.DateTimeField(_("when"), default=timezone.now)
    recorded_at = models.DateTimeField(_("added"), default=timezone.now)

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        verbose_name = _("piece of evidence")
        verbose_name_plural = _("pieces of evidence")
        constraints = [
            models.UniqueConstraint(
                fields=["need", "grade"],
                condition=models.Q(grade__isnull=False),
                name="need_evidence_grade_once",
            ),
            models.UniqueConstraint(
                fields=["need", "quiz_attempt"],
                condition=models.Q(quiz_attempt__isnull=False),
                name="need_evidence_quiz_attempt_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} · {self.occurred_at:%Y-%m-%d %H:%M}"


OUTCOME_LABELS = {
    "raised": _("Raised"),
    "threshold_not_met": _("Threshold not met"),
    "not_enough_evidence": _("Not enough evidence"),
    "cooldown": _("Cool-down"),
    "already_open": _("Already open"),
    "evidence_added": _("Evidence added"),
}


class RuleEvaluationLog(models.Model):
    """Why a rule did or did not raise a need for a person (the trainer's audit trail)."""

    rule = models.ForeignKey(
        RetrainingRule, on_delete=models.CASCADE, related_name="evaluations", verbose_name=_("rule")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="rule_evaluations",
        verbose_name=_("person"),
    )
    key = models.CharField(_("subject"), max_length=80, blank=True)
    raised = models.BooleanField(_("raised a need"), default=False)
    need = models.ForeignKey(
        RetrainingNeed,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="evaluations",
        verbose_name=_("need"),
    )
    outcome = models.CharField(_("outcome"), max_length=30)
    detail = models.TextField(_("why"))
    trigger = models.CharField(_("trigger"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("rule evaluation")
        verbose_name_plural = _("rule evaluations")

    def __str__(self) -> str:
        return f"{self.rule} · {self.user}: {self.outcome}"

    @property
    def outcome_label(self) -> str:
        return str(OUTCOME_LABELS.get(self.outcome, self.outcome))
