"""Reads for trainers: per course, who enrolled, who completed, which questions are missed most."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q
from wagtail.models import Locale

from .models import CoursePage, Enrolment, KnowledgeCheckAnswer, LessonPage


@dataclass(frozen=True)
class MissedQuestion:
    lesson: LessonPage
    block_id: str
    question: str
    wrong: int
    answered: int
    common_wrong_choice: str

    @property
    def wrong_rate(self) -> int:
        return round(100 * self.wrong / self.answered) if self.answered else 0


@dataclass(frozen=True)
class CourseInsight:
    course: CoursePage
    enrolled: int
    completed: int
    missed: tuple[MissedQuestion, ...] = ()

    @property
    def completion_rate(self) -> int:
        return round(100 * self.completed / self.enrolled) if self.enrolled else 0


def courses_overview() -> list[CourseInsight]:
    """Every default-language course with its enrolment and completion counts (three queries)."""
    courses = CoursePage.objects.filter(locale=Locale.get_default()).order_by("path")
    counts = {
        row["course_id"]: row
        for row in Enrolment.objects.values("course_id").annotate(
            enrolled=Count("id"), completed=Count("id", filter=Q(completed_at__isnull=False))
        )
    }
    return [
        CourseInsight(
            course=c,
            enrolled=counts.get(c.pk, {}).get("enrolled", 0),
            completed=counts.get(c.pk, {}).get("completed", 0),
        )
        for c in courses
    ]


def course_insights(course: CoursePage, *, top: int = 10) -> CourseInsight:
    counts = Enrolment.objects.filter(course=course).aggregate(
        enrolled=Count("id"), completed=Count("id", filter=Q(completed_at__isnull=False))
    )
    lessons = {lesson.pk: lesson for lesson in LessonPage.objects.child_of(course)}
    rows = (
        KnowledgeCheckAnswer.objects.filter(lesson_id__in=list(lessons))
        .values("lesson_id", "block_id")
        .annotate(answered=Count("id"), wrong=Count("id", filter=Q(correct=False)))
        .filter(wrong__gt=0)
        .order_by("-wrong", "lesson_id")[:top]
    )
    choice_counts: dict[tuple[int, str], dict[int, int]] = {}
    for row in (
        KnowledgeCheckAnswer.objects.filter(lesson_id__in=list(lessons), correct=False)
        .values("lesson_id", "block_id", "choice")
        .annotate(n=Count("id"))
    ):
        key = (row["lesson_id"], row["block_id"])
        choice_counts.setdefault(key, {})[row["choice"]] = row["n"]
    missed = []
    for row in rows:
        lesson = lessons[row["lesson_id"]]
        block = next((b for b in lesson.knowledge_checks if b.id == row["block_id"]), None)
        question = block.value["question"] if block else "?"
        choices = block.value["choices"] if block else []
        picks = choice_counts.get((row["lesson_id"], row["block_id"]), {})
        worst = max(picks, key=picks.get) if picks else None
        missed.append(
            MissedQuestion(
                lesson=lesson,
                block_id=row["block_id"],
                question=question,
                wrong=row["wrong"],
                answered=row["answered"],
                common_wrong_choice=choices[worst]["text"]
                if worst is not None and worst < len(choices)
                else "",
            )
        )
    return CourseInsight(
        course=course,
        enrolled=counts["enrolled"],
        completed=counts["completed"],
        missed=tuple(missed),
    )
