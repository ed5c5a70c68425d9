"""The requirement blocks of a CertificationProgram, and their conversion to pure values."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .requirements import Requirement, RequirementKind


class CourseCompletedBlock(blocks.StructBlock):
    course = blocks.PageChooserBlock(page_type="courses.CoursePage", label=_("Course"))

    class Meta:
        icon = "doc-full"
        label = _("Course completed")


class QuizPassedBlock(blocks.StructBlock):
    quiz = SnippetChooserBlock("assessments.Quiz", label=_("Quiz"))

    class Meta:
        icon = "tick-inverse"
        label = _("Quiz passed")


class ScenarioGradedBlock(blocks.StructBlock):
    scenario = SnippetChooserBlock("simulations.Scenario", label=_("Scenario"))
    min_score = blocks.IntegerBlock(
        min_value=0, max_value=100, default=70, label=_("Minimum score")
    )

    class Meta:
        icon = "openquote"
        label = _("Call graded at or above a score (no critical fail)")


class ScenarioSetBlock(blocks.StructBlock):
    scenarios = blocks.ListBlock(SnippetChooserBlock("simulations.Scenario"), label=_("Scenarios"))
    count = blocks.IntegerBlock(min_value=1, default=2, label=_("How many of them"))
    min_score = blocks.IntegerBlock(
        min_value=0, max_value=100, default=70, label=_("Minimum score")
    )

    class Meta:
        icon = "list-ul"
        label = _("N of a set of calls graded at or above a score")


class RequirementsBlock(blocks.StreamBlock):
    course_completed = CourseCompletedBlock()
    quiz_passed = QuizPassedBlock()
    scenario_graded = ScenarioGradedBlock()
    scenario_set = ScenarioSetBlock()


def _briefing_url(scenario) -> str:
    """Where a learner reads a scenario's briefing and starts the call."""
    return reverse("simulations:briefing", args=[scenario.slug])


def requirements_from_stream(stream) -> tuple[Requirement, ...]:
    """Turn a program's requirements StreamField value into pure ``Requirement`` values.

    Blocks whose chosen course, quiz or scenario has been deleted are skipped.
    """
    out: list[Requirement] = []
    for block in stream or ():
        value = block.value
        if block.block_type == "course_completed" and value.get("course"):
            course = value["course"]
            out.append(
                Requirement(
                    RequirementKind.COURSE_COMPLETED,
                    (course.pk,),
                    (course.title,),
                    urls=(course.get_url() or "",),
                )
            )
        elif block.block_type == "quiz_passed" and value.get("quiz"):
            quiz = value["quiz"]
            out.append(
                Requirement(
                    RequirementKind.QUIZ_PASSED,
                    (quiz.pk,),
                    (quiz.title,),
                    urls=(reverse("assessments:quiz", args=[quiz.pk]),),
                )
            )
        elif block.block_type == "scenario_graded" and value.get("scenario"):
            sc = value["scenario"]
            out.append(
                Requirement(
                    RequirementKind.SCENARIO_GRADED,
                    (sc.pk,),
                    (sc.title,),
                    min_score=value.get("min_score") or 0,
                    urls=(_briefing_url(sc),),
                )
            )
        elif block.block_type == "scenario_set":
            scenarios = [s for s in value.get("scenarios") or () if s]
            if scenarios:
                out.append(
                    Requirement(
                        RequirementKind.SCENARIO_SET,
                        tuple(s.pk for s in scenarios),
                        tuple(s.title for s in scenarios),
                        min_score=value.get("min_score") or 0,
                        urls=tuple(_briefing_url(s) for s in scenarios),
                        count=value.get("count") or 1,
                    )
                )
    return tuple(out)
