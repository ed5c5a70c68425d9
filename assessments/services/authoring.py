"""Creating rubrics and quizzes from plain data (the demo loader and tests), published.

Existing ones (by slug) are left alone, so a trainer's edits survive a reload.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from courses.models import Skill

from ..blocks import ChoiceBlock, OrderItemBlock, PairBlock
from ..models import Criterion, Quiz, QuizQuestion, Rubric


def _skills(slugs) -> list[Skill]:
    return list(Skill.objects.filter(slug__in=list(slugs or ())))


@transaction.atomic
def rubric_upsert(
    *,
    slug: str,
    name: str,
    criteria: list[dict],
    pass_mark: int = 70,
    is_default: bool = False,
    extends: Rubric | None = None,
    scenarios=(),
    description: str = "",
) -> tuple[Rubric, bool]:
    """(rubric, created): a published rubric with these criteria, unless the slug exists."""
    existing = Rubric.objects.filter(slug=slug).first()
    if existing is not None:
        return existing, False
    rubric = Rubric(
        slug=slug,
        name=name,
        description=description,
        pass_mark=pass_mark,
        is_default=is_default,
        extends=extends,
        live=False,
    )
    rubric.scenarios = list(scenarios)
    rubric.criteria = [criterion_from_spec(spec, i) for i, spec in enumerate(criteria)]
    rubric.save()
    rubric.save_revision().publish()
    rubric.refresh_from_db()
    return rubric, True


def criterion_from_spec(spec: dict, position: int = 0) -> Criterion:
    """A rubric criterion (unsaved) from content data: the pack format and the scorecard,
    with the same defaults as the graders' reading of it (``criterion_data``)."""
    from ..rubric_defaults import criterion_data

    data = criterion_data(spec)
    criterion = Criterion(
        sort_order=position,
        key=data.key,
        label=data.label,
        section=data.section,
        kind=data.kind,
        max_score=data.max_score,
        weight=data.weight,
        critical=data.critical,
        description=data.description,
        tip=data.tip,
        rule=data.rule,
        params=data.params,
    )
    criterion.skills = _skills(spec.get("skills"))
    return criterion


def default_rubric_ensure() -> Rubric:
    """The site's copy of the Callwise scorecard (``scorecard.toml``), made if missing; the
    rubric a scenario's rubric extends."""
    from ..rubric_defaults import DEFAULT_CRITERIA, DEFAULT_RUBRIC

    rubric, _created = rubric_upsert(
        slug=DEFAULT_RUBRIC.slug,
        name=DEFAULT_RUBRIC.name,
        description=_(
            "The default QA scorecard: every call is graded on these; a scenario's rubric "
            "keeps them and adds its own."
        ),
        criteria=DEFAULT_CRITERIA,
        is_default=True,
    )
    return rubric


def _stream(block, name: str, values) -> list[tuple]:
    return [(name, block.to_python(v)) for v in values]


def question_from_spec(spec: dict, position: int = 0) -> QuizQuestion:
    kind = spec["type"]
    question = QuizQuestion(
        sort_order=position,
        kind=kind,
        prompt=spec["prompt"],
        explanation=spec.get("explanation", ""),
        answer_true=spec.get("answer") if kind == "true_false" else None,
        accepted_answers="\n".join(spec.get("accepted", ())),
        patterns="\n".join(spec.get("patterns", ())),
    )
    question.choices = _stream(
        ChoiceBlock(),
        "choice",
        [
            {
                "text": c["text"],
                "correct": bool(c.get("correct")),
                "feedback": c.get("feedback", ""),
            }
            for c in spec.get("choices", ())
        ],
    )
    question.items = _stream(OrderItemBlock(), "item", spec.get("items", ()))
    question.pairs = _stream(
        PairBlock(),
        "pair",
        [{"left": left, "right": right} for left, right in spec.get("pairs", ())],
    )
    question.skills = _skills(spec.get("skills"))
    return question


@transaction.atomic
def quiz_upsert(*, spec: dict, course=None) -> tuple[Quiz, bool]:
    """(quiz, created): a published quiz from the demo format, unless the slug exists."""
    existing = Quiz.objects.filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing, False
    quiz = Quiz(
        slug=spec["slug"],
        title=spec["title"],
        course=course,
        description=spec.get("description", ""),
        pass_mark=spec.get("pass_mark", 80),
        attempts_allowed=spec.get("attempts_allowed", 3),
        counting=spec.get("counting", "highest"),
        draw=spec.get("draw") or 0,
        shuffle_choices=spec.get("shuffle", True),
        wait_minutes=spec.get("wait_minutes") or 0,
        time_limit_minutes=spec.get("time_limit_minutes"),
        live=False,
    )
    quiz.questions = [question_from_spec(q, i) for i, q in enumerate(spec["questions"])]
    quiz.save()
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz, True
