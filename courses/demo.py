"""Demo curriculum: the catalogue, the onboarding path, a French course, and some progress.

The words come from courses/demo_curriculum.py (a module of plain data). Pages that
already exist (matched by slug) are left as they are, so a trainer's edits survive a
re-run; learner progress is recorded through the services, like a learner would.
"""

import importlib

from django.conf import settings
from django.db import transaction
from django.utils.translation import override
from wagtail.models import Locale, Page, Site

from . import services
from .models import (
    CatalogPage,
    CoursePage,
    LearningPathCourse,
    LearningPathPage,
    LessonPage,
    LessonProgress,
    Skill,
)

# Other Team Aurora agents (made by accounts.demo): how many path courses each finished.
LEARNERS_PROGRESS = [("lucia.moreno", 4), ("wei.chen", 2), ("kofi.mensah", 1), ("sofia.ivanova", 0)]


def _curriculum():
    try:
        return importlib.import_module("courses.demo_curriculum")
    except ModuleNotFoundError:
        return importlib.import_module("courses.demo_curriculum_sample")


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(f"    {text}")


def catalogue_root() -> CatalogPage:
    """The default site's root catalogue (the 0004 data migration made it)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, CatalogPage):
        _site_name_default(site)
        return site.root_page.specific
    catalog = CatalogPage.objects.filter(locale=Locale.get_default()).first()
    if catalog is None:
        root = Page.get_first_root_node()
        catalog = root.add_child(instance=CatalogPage(title="Course catalogue", slug="catalogue"))
    site, _ = Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": catalog}
    )
    _site_name_default(site)
    return catalog


def _site_name_default(site: Site) -> None:
    """Name the site after the product, so the authoring studio's dashboard says "Callwise"
    rather than its host name; a name an admin gave the site is kept."""
    if not site.site_name:
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save(update_fields=["site_name"])


def body_value(body: list, skills: dict[str, Skill]) -> list:
    """The curriculum's (block_type, value) tuples, with skill slugs turned into skills."""
    result = []
    for block_type, value in body:
        if block_type == "knowledge_check":
            value = {**value, "skills": [skills[s] for s in value.get("skills", []) if s in skills]}
        result.append((block_type, value))
    return result


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def _course(catalog, data, skills) -> CoursePage:
    course = CoursePage.objects.child_of(catalog).filter(slug=data["slug"]).first()
    if course is not None:
        return course
    course = catalog.add_child(
        instance=CoursePage(
            title=data["title"],
            slug=data["slug"],
            category=data["category"],
            summary=data["summary"],
            estimated_minutes=data["estimated_minutes"],
        )
    )
    course.skills.set([skills[s] for s in data.get("skills", []) if s in skills])
    _publish(course)
    for lesson_data in data["lessons"]:
        lesson = course.add_child(
            instance=LessonPage(
                title=lesson_data["title"],
                slug=lesson_data["slug"],
                estimated_minutes=lesson_data.get("estimated_minutes", 10),
                body=body_value(lesson_data["body"], skills),
            )
        )
        lesson.skills.set([skills[s] for s in lesson_data.get("skills", []) if s in skills])
        _publish(lesson)
    return course


def _prerequisites(courses: dict[str, CoursePage], curriculum) -> None:
    for data in curriculum.COURSES:
        wanted = [courses[s] for s in data.get("prerequisites", []) if s in courses]
        course = courses[data["slug"]]
        if set(course.prerequisites.all()) != set(wanted):
            course.prerequisites.set(wanted)
            _publish(course)


def _path(catalog, data, courses) -> LearningPathPage:
    path = LearningPathPage.objects.child_of(catalog).filter(slug=data["slug"]).first()
    if path is not None:
        return path
    path = LearningPathPage(
        title=data["title"], slug=data["slug"], intro=f"<p>{data['intro']}</p>", is_onboarding=True
    )
    path.path_courses = [
        LearningPathCourse(course=courses[slug], sort_order=i)
        for i, slug in enumerate(data["courses"])
        if slug in courses
    ]
    catalog.add_child(instance=path)
    return _publish(path)


def _french(course: CoursePage, data: dict, skills) -> CoursePage | None:
    french, _ = Locale.objects.get_or_create(language_code="fr")
    existing = CoursePage.objects.filter(translation_key=course.translation_key, locale=french)
    if existing.exists():
        return existing.first()
    translated = course.copy_for_translation(french, copy_parents=True)
    translated.title, translated.draft_title = data["title"], data["title"]
    translated.summary = data["summary"]
    _publish(translated)
    for lesson in LessonPage.objects.child_of(course).order_by("path"):
        words = data["lessons"].get(lesson.slug)
        copy = lesson.copy_for_translation(french)
        if words:
            copy.title, copy.draft_title = words["title"], words["title"]
            copy.body = body_value(words["body"], skills)
        _publish(copy)
    return translated


def _progress(username: str, courses: list[CoursePage], *, complete: int, started: int) -> None:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        return
    services.onboarding_enrol(user=user)
    for course in courses[:complete]:
        for lesson in LessonPage.objects.live().child_of(course).order_by("path"):
            _complete_lesson(user, lesson)
    for course in courses[complete : complete + started]:
        first = LessonPage.objects.live().child_of(course).order_by("path").first()
        if first is not None:
            services.lesson_open(user=user, lesson=first)


def _complete_lesson(user, lesson: LessonPage) -> None:
    """Answer the lesson's checks (a wrong try first on some, as people do) and complete it."""
    if LessonProgress.objects.filter(user=user, lesson=lesson, completed_at__isnull=False):
        return
    for number, block in enumerate(lesson.knowledge_checks):
        choices = block.value["choices"]
        right = next(i for i, c in enumerate(choices) if c["correct"])
        if (lesson.pk + number + user.pk) % 3 == 0:
            wrong = next(i for i, c in enumerate(choices) if not c["correct"])
            services.knowledge_check_answer(
                user=user, lesson=lesson, block_id=block.id, choice=wrong
            )
        services.knowledge_check_answer(user=user, lesson=lesson, block_id=block.id, choice=right)
    services.lesson_complete(user=user, lesson=lesson)


@transaction.atomic
def load(*, stdout=None) -> None:
    curriculum = _curriculum()
    skills = {s.slug: s for s in Skill.objects.all()}
    catalog = catalogue_root()
    if catalog.title != "Course catalogue" or not catalog.intro:
        catalog.title = catalog.draft_title = "Course catalogue"
        catalog.intro = (
            "<p>Everything XYZ Company's customer-service team learns: the onboarding path for "
            "new hires, soft skills, our products and our policies.</p>"
        )
        _publish(catalog)
    with override("en"):
        courses = {data["slug"]: _course(catalog, data, skills) for data in curriculum.COURSES}
        _prerequisites(courses, curriculum)
        path = _path(catalog, curriculum.ONBOARDING_PATH, courses)
        french = getattr(curriculum, "FRENCH", None)
        if french and french["course_slug"] in courses:
            _french(courses[french["course_slug"]], french, skills)
        in_path = [courses[s] for s in curriculum.ONBOARDING_PATH["courses"] if s in courses]
        _progress("agent", in_path, complete=3, started=1)
        _progress("newhire", in_path, complete=0, started=1)
        for username, done in LEARNERS_PROGRESS:
            _progress(username, in_path, complete=done, started=1)
    _say(stdout, f"{len(courses)} courses, onboarding path “{path.title}”")
