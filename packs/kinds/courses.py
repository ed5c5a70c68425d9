"""Skills, courses (with their lessons) and learning paths in packs."""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale

from courses.catalogue import catalogue_root
from courses.models import (
    CourseCategory,
    CoursePage,
    LearningPathCourse,
    LearningPathPage,
    LessonPage,
    Skill,
)

from ..streams import stream_in, stream_out
from .base import Kind, drop_empty, latest, problem_if_missing, save_page, slug_exists
from .choosers import chooser_pks, chooser_slugs

LESSON_BODY = LessonPage._meta.get_field("body").stream_block


def _skills(slugs) -> list[Skill]:
    by_slug = {s.slug: s for s in Skill.objects.filter(slug__in=list(slugs or ()))}
    return [by_slug[s] for s in slugs or () if s in by_slug]


def _check_skills(item, ctx, path, slugs) -> list:
    return [
        p
        for i, slug in enumerate(slugs or ())
        for p in problem_if_missing(item, ctx, (*path, i), "skill", slug, exists=slug_exists(Skill))
    ]


def _default_locale() -> Locale:
    return Locale.get_default()


class SkillKind(Kind):
    name, folder, model = "skill", "skills", Skill

    def find(self, slug, *, locale=""):
        return Skill.objects.filter(slug=slug).first()

    def apply(self, item, existing, ctx):
        skill = existing or Skill(slug=item.slug)
        skill.name = item.data["name"]
        skill.description = item.data.get("description", "")
        skill.sort_order = item.data.get("sort_order", 0)
        skill.save()
        return skill

    def export(self, obj):
        return drop_empty(
            {
                "slug": obj.slug,
                "name": obj.name,
                "description": obj.description,
                "sort_order": obj.sort_order,
            }
        )

    def title(self, obj):
        return obj.name


def _lesson_check(item, ctx, index, lesson) -> list:
    path = ("lessons", index)
    problems = _check_skills(item, ctx, (*path, "skills"), lesson.get("skills"))
    _value, found = stream_in(
        LESSON_BODY,
        lesson.get("body", []),
        chooser_pks(ctx),
        item=item,
        path=(*path, "body"),
        build=False,
    )
    problems += found
    for i, block in enumerate(lesson.get("body", [])):
        scenario = (block.get("practice_scenario") or {}) if isinstance(block, dict) else {}
        if scenario.get("scenario_slug"):
            from simulations.models import Scenario

            problems += problem_if_missing(
                item,
                ctx,
                (*path, "body", i, "practice_scenario", "scenario_slug"),
                "scenario",
                scenario["scenario_slug"],
                exists=slug_exists(Scenario),
            )
    return problems


class CourseKind(Kind):
    name, folder, model, translatable = "course", "courses", CoursePage, True

    def find(self, slug, *, locale=""):
        return CoursePage.objects.filter(slug=slug, locale=_default_locale()).first()

    def order(self, items):
        """Courses after their prerequisites, so each links to courses already built."""
        done, ordered, by_slug = set(), [], {i.slug: i for i in items}

        def visit(item, seen=()):
            if item.slug in done or item.slug in seen:
                return
            for slug in item.data.get("prerequisites", ()):
                if slug in by_slug:
                    visit(by_slug[slug], (*seen, item.slug))
            done.add(item.slug)
            ordered.append(item)

        for item in items:
            visit(item)
        return ordered

    def check(self, item, ctx):
        d = item.data
        problems = []
        if d.get("category") not in CourseCategory.values:
            choices = ", ".join(CourseCategory.values)
            problems.append(item.problem(("category",), f"must be one of: {choices}"))
        problems += _check_skills(item, ctx, ("skills",), d.get("skills"))
        for i, slug in enumerate(d.get("prerequisites", ())):
            problems += problem_if_missing(
                item, ctx, ("prerequisites", i), "course", slug, exists=lambda s: self.find(s)
            )
            if slug == item.slug:
                problems.append(
                    item.problem(("prerequisites", i), "a course cannot require itself")
                )
        slugs = [lesson.get("slug") for lesson in d.get("lessons", ())]
        for i, lesson in enumerate(d.get("lessons", ())):
            if slugs.count(lesson.get("slug")) > 1:
                problems.append(item.problem(("lessons", i, "slug"), "two lessons share this slug"))
            problems += _lesson_check(item, ctx, i, lesson)
        return problems

    def apply(self, item, existing, ctx):
        d = item.data
        if existing is None:
            course = CoursePage(title=d["title"], slug=d["slug"], live=ctx.publish)
            self._fields(course, d)
            catalogue_root().add_child(instance=course)
        else:
            course = latest(existing)
            course.title = course.draft_title = d["title"]
            self._fields(course, d)
        course.skills.set(_skills(d.get("skills")))
        wanted = [self.find(s) for s in d.get("prerequisites", ())]
        course.prerequisites.set([c for c in wanted if c is not None])
        save_page(course, publish=ctx.publish)
        for lesson in d["lessons"]:
            self._lesson(course, lesson, ctx)
        return CoursePage.objects.get(pk=course.pk)

    @staticmethod
    def _fields(course, d):
        course.category = d["category"]
        course.summary = d.get("summary", "")
        course.estimated_minutes = d.get("estimated_minutes", 30)

    def _lesson(self, course, d, ctx):
        body, _problems = stream_in(
            LESSON_BODY, d["body"], chooser_pks(ctx), item=None, path=("body",)
        )
        existing = LessonPage.objects.child_of(course).filter(slug=d["slug"]).first()
        if existing is None:
            lesson = LessonPage(title=d["title"], slug=d["slug"], live=ctx.publish, body=body)
            lesson.estimated_minutes = d.get("estimated_minutes", 10)
            course.add_child(instance=lesson)
        else:
            lesson = latest(existing)
            lesson.title = lesson.draft_title = d["title"]
            lesson.estimated_minutes = d.get("estimated_minutes", 10)
            lesson.body = body
        lesson.skills.set(_skills(d.get("skills")))
        save_page(lesson, publish=ctx.publish)

    def lessons(self, course):
        return [latest(lesson) for lesson in LessonPage.objects.child_of(course).order_by("path")]

    def export(self, obj):
        course = latest(obj)
        return drop_empty(
            {
                "slug": course.slug,
                "title": course.title,
                "category": course.category,
                "summary": course.summary,
                "estimated_minutes": course.estimated_minutes,
                "skills": sorted(s.slug for s in course.skills.all()),
                "prerequisites": sorted(c.slug for c in course.prerequisites.all()),
                "lessons": [self._lesson_out(lesson) for lesson in self.lessons(course)],
            }
        )

    @staticmethod
    def _lesson_out(lesson, *, text_only=False) -> dict:
        body, _dropped = stream_out(LESSON_BODY, lesson.body, chooser_slugs)
        if text_only:
            return {"slug": lesson.slug, "title": lesson.title, "body": body}
        return drop_empty(
            {
                "slug": lesson.slug,
                "title": lesson.title,
                "estimated_minutes": lesson.estimated_minutes,
                "skills": sorted(s.slug for s in lesson.skills.all()),
                "body": body,
            }
        )

    def links(self, obj):
        course = latest(obj)
        found = [("skill", s) for s in course.skills.all()]
        found += [("course", c) for c in course.prerequisites.all()]
        from simulations.models import Scenario

        for lesson in self.lessons(course):
            found += [("skill", s) for s in lesson.skills.all()]
            for block in lesson.body:
                if block.block_type == "knowledge_check":
                    found += [("skill", s) for s in block.value["skills"] if s]
                if block.block_type == "practice_scenario":
                    scenario = Scenario.objects.filter(slug=block.value["scenario_slug"]).first()
                    if scenario is not None:
                        found.append(("scenario", scenario))
        return found

    def title(self, obj):
        return obj.title

    # translations

    def find_translation(self, source, locale):
        return CoursePage.objects.filter(
            translation_key=source.translation_key, locale__language_code=locale
        ).first()

    def check_translation(self, item, ctx, source_lessons) -> list:
        problems = []
        if item.locale not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
            languages = ", ".join(dict(settings.WAGTAIL_CONTENT_LANGUAGES))
            problems.append(
                item.problem((), f"“{item.locale}” is not a content language ({languages})")
            )
        for i, lesson in enumerate(item.data.get("lessons", ())):
            if lesson.get("slug") not in source_lessons:
                problems.append(
                    item.problem(
                        ("lessons", i, "slug"), "the source course has no lesson with this slug"
                    )
                )
            elif "body" in lesson:
                problems += _lesson_check(item, ctx, i, {"body": lesson["body"]})
        return problems

    def apply_translation(self, item, source, existing, ctx):
        locale = Locale.objects.get_or_create(language_code=item.locale)[0]
        d = item.data
        if existing is None:
            existing = source.copy_for_translation(locale, copy_parents=True)
        course = latest(existing)
        course.title = course.draft_title = d.get("title", course.title)
        course.summary = d.get("summary", course.summary)
        save_page(course, publish=ctx.publish)
        words = {lesson["slug"]: lesson for lesson in d.get("lessons", ())}
        for lesson in LessonPage.objects.child_of(source).order_by("path"):
            copy = LessonPage.objects.filter(
                translation_key=lesson.translation_key, locale=locale
            ).first() or lesson.copy_for_translation(locale)
            copy = latest(copy)
            if lesson.slug in words:
                copy.title = copy.draft_title = words[lesson.slug].get("title", copy.title)
                if "body" in words[lesson.slug]:
                    copy.body, _p = stream_in(
                        LESSON_BODY,
                        words[lesson.slug]["body"],
                        chooser_pks(ctx),
                        item=None,
                        path=("body",),
                    )
            save_page(copy, publish=ctx.publish)
        return CoursePage.objects.get(pk=course.pk)

    def export_translation(self, obj, source):
        course = latest(obj)
        lessons = [
            self._lesson_out(latest(lesson), text_only=True)
            for lesson in LessonPage.objects.child_of(course).order_by("path")
        ]
        return {
            "slug": source.slug,
            "title": course.title,
            "summary": course.summary,
            "lessons": lessons,
        }


class PathKind(Kind):
    name, folder, model = "path", "paths", LearningPathPage

    def find(self, slug, *, locale=""):
        return LearningPathPage.objects.filter(slug=slug, locale=_default_locale()).first()

    def check(self, item, ctx):
        return [
            p
            for i, slug in enumerate(item.data.get("courses", ()))
            for p in problem_if_missing(
                item, ctx, ("courses", i), "course", slug, exists=lambda s: COURSE.find(s)
            )
        ]

    def apply(self, item, existing, ctx):
        d = item.data
        path = latest(existing) if existing else LearningPathPage(slug=d["slug"], live=ctx.publish)
        path.title = path.draft_title = d["title"]
        path.intro = d.get("intro", "")
        path.is_onboarding = d.get("is_onboarding", False)
        path.path_courses = [
            LearningPathCourse(course=COURSE.find(slug), sort_order=i)
            for i, slug in enumerate(d["courses"])
        ]
        if existing is None:
            catalogue_root().add_child(instance=path)
        save_page(path, publish=ctx.publish)
        return LearningPathPage.objects.get(pk=path.pk)

    def export(self, obj):
        path = latest(obj)
        courses = [pc.course.slug for pc in path.path_courses.all()]
        return drop_empty(
            {
                "slug": path.slug,
                "title": path.title,
                "intro": path.intro,
                "is_onboarding": path.is_onboarding,
                "courses": courses,
            }
        )

    def links(self, obj):
        return [("course", pc.course) for pc in latest(obj).path_courses.all()]

    def title(self, obj):
        return obj.title


SKILL, COURSE, PATH = SkillKind(), CourseKind(), PathKind()
