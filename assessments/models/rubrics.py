"""Rubrics (snippets with revisions) of weighted criteria in sections, and their checks.

A rubric may build on another (``extends``): the demo's scenario rubrics add their
scenario's critical criteria to the shared default. ``to_data()`` flattens that into the
frozen ``RubricData`` the graders read.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin
from wagtail.search import index

from ..graders.base import CriterionData, RubricData
from ..graders.registry import RULE_CHOICES, RULES, params_problems


class Section(models.TextChoices):
    OPENING = "opening", _("Opening")
    VERIFICATION = "verification", _("Verification")
    DISCOVERY = "discovery", _("Discovery")
    EMPATHY = "empathy", _("Empathy")
    RESOLUTION = "resolution", _("Resolution")
    COMMUNICATION = "communication", _("Communication")
    CLOSING = "closing", _("Closing")


class CriterionKind(models.TextChoices):
    YES_NO = "yes_no", _("Yes / no / not applicable")
    SCALE = "scale", _("Scale from 0 to N")


class RubricQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)


class Rubric(PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """How calls are graded: weighted criteria, a pass mark, the scenarios it applies to."""

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    is_default = models.BooleanField(
        _("default rubric"),
        default=False,
        help_text=_("Used for every scenario that no other published rubric names."),
    )
    extends = models.ForeignKey(
        "self",
        verbose_name=_("builds on"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="extensions",
        help_text=_("Start from this rubric's criteria; criteria here add to or replace them."),
    )
    scenarios = ParentalManyToManyField(
        "simulations.Scenario",
        verbose_name=_("scenarios"),
        related_name="rubrics",
        blank=True,
        help_text=_("Calls on these scenarios are graded with this rubric."),
    )

    objects = RubricQuerySet.as_manager()
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("slug"),
    ]

    settings_panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("is_default")]),
        FieldPanel("extends"),
        FieldPanel("scenarios", widget=forms.CheckboxSelectMultiple),
    ]
    criteria_panels = [InlinePanel("criteria", heading=_("Criteria"), label=_("Criterion"))]
    edit_handler = TabbedInterface(
        [
            ObjectList(settings_panels, heading=_("Rubric")),
            ObjectList(criteria_panels, heading=_("Criteria")),
        ]
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("rubric")
        verbose_name_plural = _("rubrics")

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        seen, parent = {self.pk}, self.extends
        while parent is not None:
            if parent.pk in seen:
                raise ValidationError({"extends": _("A rubric cannot build on itself.")})
            seen.add(parent.pk)
            parent = parent.extends

    def to_data(self) -> RubricData:
        """The criteria graders use: the base rubric's (published version) then these."""
        criteria: dict[str, CriterionData] = {}
        if self.extends_id and self.extends_id != self.pk:
            base = self.extends
            base = base.get_latest_revision_as_object() if not base.live else base
            for c in base.to_data().criteria:
                criteria[c.key] = c
        for c in self.criteria.all():
            criteria[c.key] = c.to_data()
        return RubricData(
            name=self.name,
            slug=self.slug,
            pass_mark=self.pass_mark,
            criteria=tuple(criteria.values()),
        )

    def get_preview_template(self, request, mode_name):
        return "assessments/preview/rubric.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["rubric"] = self
        context["data"] = self.to_data()
        context["sections"] = Section
        return context


class Criterion(Orderable, ClusterableModel):
    """One thing a call is graded on, its weight, skills, and the offline grader's check."""

    rubric = ParentalKey(Rubric, on_delete=models.CASCADE, related_name="criteria")
    key = models.SlugField(
        _("key"), max_length=60, help_text=_("Stable name, e.g. uses_name; used by the API.")
    )
    label = models.CharField(_("label"), max_length=200)
    section = models.CharField(
        _("section"), max_length=20, choices=Section.choices, default=Section.COMMUNICATION
    )
    kind = models.CharField(
        _("kind"), max_length=10, choices=CriterionKind.choices, default=CriterionKind.YES_NO
    )
    max_score = models.PositiveSmallIntegerField(
        _("maximum"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("For a scale: the top score (yes/no criteria score 0 or 1)."),
    )
    weight = models.PositiveSmallIntegerField(
        _("weight"), default=1, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    critical = models.BooleanField(
        _("critical"),
        default=False,
        help_text=_("Missing it fails the whole call, whatever the score."),
    )
    skills = ParentalManyToManyField(
        "courses.Skill", verbose_name=_("skills"), related_name="criteria", blank=True
    )
    description = models.TextField(_("what good looks like"), blank=True)
    tip = models.TextField(
        _("coaching tip"),
        blank=True,
        help_text=_("A better line to say, shown when points are lost."),
    )
    rule = models.CharField(
        _("offline check"), max_length=40, choices=RULE_CHOICES, blank=True, default=""
    )
    params = models.JSONField(
        _("check parameters"),
        default=dict,
        blank=True,
        help_text=_(
            'JSON, by check: cue checks {"cues": ["empathy"]}, phrase checks '
            '{"patterns": ["regex"]}, verification {"cue": "verification", "before": '
            '["allowed_resolution"]}.'
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("label")]),
        FieldRowPanel(
            [
                FieldPanel("section"),
                FieldPanel("kind"),
                FieldPanel("max_score"),
                FieldPanel("weight"),
            ]
        ),
        FieldPanel("critical"),
        FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
        FieldPanel("description"),
        FieldPanel("tip"),
        MultiFieldPanel([FieldPanel("rule"), FieldPanel("params")], heading=_("Offline check")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self) -> str:
        return self.label

    def clean(self):
        super().clean()
        problems = params_problems(self.rule, self.params)
        if problems:
            raise ValidationError({"params": " ".join(problems)})

    @property
    def maximum(self) -> int:
        return 1 if self.kind == CriterionKind.YES_NO else self.max_score

    def to_data(self) -> CriterionData:
        return CriterionData(
            key=self.key,
            label=self.label,
            section=self.section,
            kind=self.kind,
            max_score=self.maximum,
            weight=self.weight,
            critical=self.critical,
            skills=tuple(s.slug for s in self.skills.all()),
            description=self.description,
            rule=self.rule if self.rule in RULES else "",
            params=dict(self.params or {}),
            tip=self.tip,
        )
