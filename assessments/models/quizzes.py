"""Quizzes (snippets with revisions), their questions, and each learner's attempts.

An attempt pins the quiz revision and the drawn layout (question ids, choice order), so
a trainer editing the quiz never changes an attempt in progress or one already graded.
"""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
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
    TitleFieldPanel,
)
from wagtail.admin.widgets.slug import SlugInput
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin
from wagtail.search import index

from ..blocks import ChoiceBlock, OrderItemBlock, PairBlock
from ..quiz_logic import OptionData, PairData, QuestionData, QuestionKind


class CountingPolicy(models.TextChoices):
    HIGHEST = "highest", _("Highest attempt counts")
    LATEST = "latest", _("Latest attempt counts")


class Quiz(PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A knowledge check: a question bank, drawing rules, pass mark and attempt rules."""

    title = models.CharField(_("title"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quizzes",
    )
    description = models.TextField(_("description"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, help_text=_("0 means unlimited.")
    )
    counting = models.CharField(
        _("which attempt counts"),
        max_length=10,
        choices=CountingPolicy.choices,
        default=CountingPolicy.HIGHEST,
    )
    draw = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        default=0,
        help_text=_("Draw this many questions at random from the bank; 0 asks them all."),
    )
    shuffle_choices = models.BooleanField(_("shuffle questions and choices"), default=True)
    wait_minutes = models.PositiveIntegerField(_("wait between attempts (minutes)"), default=0)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Optional. Enforced by the server: late answers are not counted."),
    )

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    settings_panels = [
        # The slug follows the title until the trainer types their own; once published, never.
        TitleFieldPanel("title", placeholder=False),
        FieldPanel("slug", widget=SlugInput),
        FieldPanel("course"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("attempts_allowed")]),
                FieldRowPanel([FieldPanel("counting"), FieldPanel("wait_minutes")]),
                FieldRowPanel([FieldPanel("draw"), FieldPanel("time_limit_minutes")]),
                FieldPanel("shuffle_choices"),
            ],
            heading=_("Rules"),
        ),
    ]
    question_panels = [InlinePanel("questions", heading=_("Question bank"), label=_("Question"))]
    edit_handler = TabbedInterface(
        [
            ObjectList(settings_panels, heading=_("Quiz")),
            ObjectList(question_panels, heading=_("Questions")),
        ]
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.pass_mark is not None and not 1 <= self.pass_mark <= 100:
            raise ValidationError({"pass_mark": _("The pass mark is between 1 and 100.")})

    def questions_data(self) -> list[QuestionData]:
        return [q.to_data() for q in self.questions.all()]

    def get_preview_template(self, request, mode_name):
        return "assessments/preview/quiz.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["quiz"] = self
        context["questions"] = self.questions_data()
        return context


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


class QuizQuestion(Orderable, ClusterableModel):
    """One question of a quiz's bank; which answer fields count depends on its kind."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(
        _("type"), max_length=20, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    prompt = models.TextField(_("question"))
    skills = ParentalManyToManyField(
        "courses.Skill", verbose_name=_("skills"), related_name="quiz_questions", blank=True
    )
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Shown after submission, right or wrong.")
    )
    choices = StreamField(
        [("choice", ChoiceBlock())],
        verbose_name=_("choices"),
        blank=True,
        help_text=_("Single and multiple choice: tick the correct ones."),
    )
    answer_true = models.BooleanField(
        _("the statement is true"), null=True, blank=True, help_text=_("True or false questions.")
    )
    items = StreamField(
        [("item", OrderItemBlock())],
        verbose_name=_("items in the right order"),
        blank=True,
        help_text=_("Ordering questions: learners see them shuffled."),
    )
    pairs = StreamField(
        [("pair", PairBlock())],
        verbose_name=_("pairs"),
        blank=True,
        help_text=_("Matching questions: learners match each prompt to its answer."),
    )
    accepted_answers = models.TextField(
        _("accepted answers"),
        blank=True,
        help_text=_("Short text: one per line; case, spacing and end punctuation are ignored."),
    )
    patterns = models.TextField(
        _("accepted patterns"),
        blank=True,
        help_text=_("Short text: regular expressions, one per line, matched in full."),
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("kind"), FieldPanel("skills", widget=forms.CheckboxSelectMultiple)]
        ),
        FieldPanel("prompt"),
        FieldPanel("choices"),
        FieldPanel("answer_true"),
        FieldPanel("items"),
        FieldPanel("pairs"),
        FieldRowPanel([FieldPanel("accepted_answers"), FieldPanel("patterns")]),
        FieldPanel("explanation"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.prompt[:80]

    def clean(self):
        super().clean()
        problems = question_problems(self.to_data(skills=False))
        if problems:
            raise ValidationError(problems)

    def to_data(self, *, skills: bool = True) -> QuestionData:
        return QuestionData(
            id=self.pk or 0,
            kind=self.kind,
            prompt=self.prompt,
            explanation=self.explanation,
            skills=tuple(s.slug for s in self.skills.all()) if skills else (),
            choices=tuple(
                OptionData(
                    b.id, b.value["text"], bool(b.value["correct"]), b.value["feedback"] or ""
                )
                for b in self.choices
            ),
            answer=self.answer_true,
            items=tuple(OptionData(b.id, str(b.value)) for b in self.items),
            pairs=tuple(PairData(b.id, b.value["left"], b.value["right"]) for b in self.pairs),
            accepted=_lines(self.accepted_answers),
            patterns=_lines(self.patterns),
        )


def question_problems(q: QuestionData) -> dict[str, str]:
    """What a trainer must fix for the question's kind to be answerable."""
    problems: dict[str, str] = {}
    right = sum(c.correct for c in q.choices)
    if q.kind == QuestionKind.SINGLE and (len(q.choices) < 2 or right != 1):
        problems["choices"] = _("Give at least two choices and tick exactly one correct.")
    elif q.kind == QuestionKind.MULTIPLE and (len(q.choices) < 2 or right < 1):
        problems["choices"] = _("Give at least two choices and tick the correct ones.")
    elif q.kind == QuestionKind.TRUE_FALSE and q.answer is None:
        problems["answer_true"] = _("Say whether the statement is true or false.")
    elif q.kind == QuestionKind.ORDERING and len(q.items) < 2:
        problems["items"] = _("Give at least two items, in the right order.")
    elif q.kind == QuestionKind.MATCHING and len(q.pairs) < 2:
        problems["pairs"] = _("Give at least two pairs.")
    elif q.kind == QuestionKind.SHORT_TEXT:
        if not q.accepted and not q.patterns:
            problems["accepted_answers"] = _("Give an accepted answer or a pattern.")
        for pattern in q.patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                problems["patterns"] = _("%(p)s is not a valid pattern: %(e)s") % {
                    "p": pattern,
                    "e": exc,
                }
    return problems


class QuizAttempt(models.Model):
    """One learner's attempt at a quiz: what was drawn, when, and the result."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    quiz_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    number = models.PositiveSmallIntegerField(_("attempt number"), default=1)
    layout = models.JSONField(_("questions drawn"), default=list)
    seed = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    late = models.BooleanField(
        _("time ran out"),
        default=False,
        help_text=_("Closed at the deadline; late answers ignored."),
    )
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), default=False)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        indexes = [models.Index(fields=["user", "quiz", "-started_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="assessments_attempt_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.quiz} · {self.user} · #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None

    def is_expired(self, now=None) -> bool:
        return self.deadline is not None and (now or timezone.now()) > self.deadline

    @property
    def question_ids(self) -> list[int]:
        return [entry["id"] for entry in self.layout]


class QuizAnswer(models.Model):
    """A learner's answer to one drawn question; scored when the attempt is submitted."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.PositiveIntegerField(_("question"))
    position = models.PositiveSmallIntegerField(default=0)
    response = models.JSONField(_("response"), null=True, blank=True)
    score = models.FloatField(_("score"), null=True, blank=True)
    correct = models.BooleanField(_("correct"), null=True, blank=True)
    feedback = models.JSONField(_("feedback"), default=list, blank=True)
    expected = models.TextField(_("right answer"), blank=True)
    given = models.TextField(_("answer given"), blank=True)
    saved_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        ordering = ["attempt", "position"]
        verbose_name = _("quiz answer")
        verbose_name_plural = _("quiz answers")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="assessments_answer_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attempt} · Q{self.question_id}"
