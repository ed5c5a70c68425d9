"""Skills, courses, lessons and learning paths, and each learner's enrolment and progress.

Pages hold what a trainer edits and how it is shown; per-learner state (Enrolment,
LessonProgress, KnowledgeCheckAnswer) lives in plain models pointing at the pages.
Learner state always points at the default-language page, so a learner who reads
the French translation of a course makes progress in the same course. Rules
(completion, locking, resuming) live in services.py and selectors.py, not here.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from .blocks import LessonBodyBlock


class Skill(index.Indexed, models.Model):
    """A skill the product shares: lessons, questions and rubric criteria are tagged with it."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self) -> str:
        return self.name


class LearnerPageMixin:
    """Learning pages are for signed-in people only (previews in the admin still work)."""

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)


class CatalogPage(LearnerPageMixin, Page):
    """The root of the learning site (/learn/): every course and learning path is below it."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage", "courses.LearningPathPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def route(self, request, path_components):
        # Walking the tree costs a query or two per level: a page found below the
        # catalogue is cached by its path (content_cache: any page saved renews it).
        if not path_components:
            return self._route(request, path_components)
        from hashlib import sha1

        from . import content_cache

        path = sha1("/".join(path_components).encode(), usedforsecurity=False).hexdigest()
        return content_cache.cached(
            "route", (self.pk, path), lambda: self._route(request, path_components)
        )

    def _route(self, request, path_components):
        # A translated catalogue holds only the translated courses: anything else
        # is served from the default-language catalogue (same URL, original text).
        try:
            return super().route(request, path_components)
        except Http404:
            default = Locale.get_default()
            if self.locale_id == default.pk:
                raise
            original = self.get_translation_or_none(default)
            if original is None:
                raise
            return original.specific.route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = catalogue_for(request.user, catalog=self)
        return context


class CourseCategory(models.TextChoices):
    PRODUCT = "product", _("Product")
    POLICY = "policy", _("Policy")
    SOFT_SKILL = "soft_skill", _("Soft skill")


class CoursePage(LearnerPageMixin, Page):
    """A course: its lessons are its child pages, in page-tree order."""

    category = models.CharField(
        _("category"), max_length=20, choices=CourseCategory.choices, default="soft_skill"
    )
    summary = models.TextField(_("summary"), max_length=600)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=30)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    skills = ParentalManyToManyField(
        Skill, verbose_name=_("skills"), related_name="courses", blank=True
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        related_name="unlocks",
        blank=True,
        help_text=_("Courses a learner must complete before this one opens."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("estimated_minutes"),
                FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
                FieldPanel("prerequisites"),
            ],
            heading=_("About this course"),
        ),
        FieldPanel("cover_image"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("category"),
        index.AutocompleteField("title"),
    ]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(request.user, course=self))
        return context


class LessonPage(LearnerPageMixin, Page):
    """A lesson of a course: a StreamField body with inline knowledge checks."""

    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=10)
    skills = ParentalManyToManyField(
        Skill, verbose_name=_("skills"), related_name="lessons", blank=True
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("estimated_minutes"),
        FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        from .selectors import course_progress_for, learner_state
        from .services import CourseLockedError, lesson_visit

        # The learner's rows, read once: the visit, the lock and the page all use them.
        state = learner_state(request.user)
        try:
            lesson_visit(user=request.user, lesson=self, state=state)
        except CourseLockedError as exc:
            course = self.get_parent().specific
            return TemplateResponse(
                request,
                "courses/locked.html",
                {
                    "page": self,
                    "course": course,
                    "message": str(exc),
                    "progress": course_progress_for(request.user, [course], state=state)[course.pk],
                },
                status=403,
            )
        request._courses_learner_state = state
        return super().serve(request, *args, **kwargs)

    @property
    def knowledge_checks(self) -> list:
        """The body's knowledge-check blocks, in order."""
        return [block for block in self.body if block.block_type == "knowledge_check"]

    def get_context(self, request, *args, **kwargs):
        from .lesson_page import lesson_body, lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        # A preview shows the edited body, not the saved one: nothing cached for it.
        cached = not getattr(request, "is_preview", False)
        context["body_parts"] = lesson_body(self, cached=cached).parts
        state = getattr(request, "_courses_learner_state", None)
        context.update(lesson_page_context(request.user, lesson=self, state=state, cached=cached))
        return context


class LearningPathPage(LearnerPageMixin, Page):
    """An ordered set of courses; the onboarding path is one (is_onboarding)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    is_onboarding = models.BooleanField(
        _("onboarding path"),
        default=False,
        help_text=_("New hires are enrolled in this path's courses automatically."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("is_onboarding"),
        InlinePanel("path_courses", label=_("Courses, in order"), min_num=1),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("learning path")

    def get_context(self, request, *args, **kwargs):
        from .selectors import path_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(path_page_context(request.user, path=self))
        return context


class LearningPathCourse(Orderable):
    path = ParentalKey(LearningPathPage, on_delete=models.CASCADE, related_name="path_courses")
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="path_memberships",
    )

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("course in a path")

    def __str__(self) -> str:
        return f"{self.path} · {self.course}"


class EnrolmentSource(models.TextChoices):
    SELF = "self", _("Self-enrolled")
    AUTO = "auto", _("Onboarding")
    ASSIGNED = "assigned", _("Assigned")


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="enrolments")
    source = models.CharField(
        _("source"), max_length=10, choices=EnrolmentSource.choices, default="self"
    )
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        LessonPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_one_enrolment")
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self) -> str:
        return f"{self.user} in {self.course}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="progress")
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    last_seen_at = models.DateTimeField(_("last seen"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(_("seconds spent"), default=0)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="courses_one_progress")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson}"


class KnowledgeCheckAnswer(models.Model):
    """One answer to an inline knowledge check; every attempt is kept, the latest counts."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="knowledge_check_answers"
    )
    lesson = models.ForeignKey(
        LessonPage, on_delete=models.CASCADE, related_name="knowledge_check_answers"
    )
    block_id = models.CharField(_("question id"), max_length=64)
    choice = models.PositiveSmallIntegerField(_("choice"))
    correct = models.BooleanField(_("correct"))
    answered_at = models.DateTimeField(_("answered"), default=timezone.now)

    class Meta:
        verbose_name = _("knowledge-check answer")
        ordering = ["-answered_at", "-pk"]
        indexes = [models.Index(fields=["user", "lesson", "block_id"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.block_id} · {self.choice}"


class ContentVersion(models.Model):
    """One row whose token changes whenever content that learners see changes.

    Cached content (courses.content_cache) is keyed by this token, so a publish shows at
    once in every process, even with a per-process cache (several gunicorn workers on
    local memory): the token is read from the database, once per request.
    """

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "content version"  # never shown to people: not translated

    def __str__(self) -> str:
        return self.token
