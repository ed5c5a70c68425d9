"""Course pages for tests: a catalogue, courses with lessons and knowledge checks, paths."""

from wagtail.models import Page, Site

from courses.models import (
    CatalogPage,
    CoursePage,
    LearningPathCourse,
    LearningPathPage,
    LessonPage,
)


def catalogue() -> CatalogPage:
    """The catalogue every database has (courses migration 0004 makes it the site root)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def check(question="Which reply shows empathy?", right=1, n=3, block_id=None) -> tuple:
    choices = [
        {
            "text": f"Answer {i}",
            "correct": i == right,
            "feedback": "Yes: you named the feeling." if i == right else f"Not answer {i}.",
        }
        for i in range(n)
    ]
    value = {"question": question, "choices": choices, "skills": []}
    return ("knowledge_check", value, block_id) if block_id else ("knowledge_check", value)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_lesson(course: CoursePage, title: str, *, checks: int = 1, body=None) -> LessonPage:
    blocks = list(body or [("rich_text", "<p>Listen first, then answer.</p>")])
    blocks += [check(question=f"{title}: question {i + 1}?") for i in range(checks)]
    lesson = course.add_child(instance=LessonPage(title=title, body=blocks, estimated_minutes=5))
    return publish(lesson)


def make_course(
    title: str = "Patience",
    *,
    lessons: int = 2,
    checks: int = 1,
    prerequisites=(),
    category: str = "soft_skill",
    parent: Page | None = None,
) -> CoursePage:
    parent = parent or catalogue()
    course = parent.add_child(
        instance=CoursePage(title=title, summary=f"All about {title.lower()}.", category=category)
    )
    if prerequisites:
        course.prerequisites.set(prerequisites)
    publish(course)
    for i in range(lessons):
        make_lesson(course, f"{title} lesson {i + 1}", checks=checks)
    return CoursePage.objects.get(pk=course.pk)


def make_path(courses, *, title="New-hire onboarding", onboarding=True) -> LearningPathPage:
    path = LearningPathPage(title=title, intro="<p>Start here.</p>", is_onboarding=onboarding)
    path.path_courses = [LearningPathCourse(course=c, sort_order=i) for i, c in enumerate(courses)]
    catalogue().add_child(instance=path)
    return publish(path)


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.live().child_of(course).order_by("path"))


def answer_all(user, lesson: LessonPage) -> None:
    from courses import services

    for block in lesson.knowledge_checks:
        right = next(i for i, c in enumerate(block.value["choices"]) if c["correct"])
        services.knowledge_check_answer(user=user, lesson=lesson, block_id=block.id, choice=right)


def finish_course(user, course: CoursePage) -> None:
    from courses import services

    for lesson in lessons_of(course):
        answer_all(user, lesson)
        services.lesson_complete(user=user, lesson=lesson)
