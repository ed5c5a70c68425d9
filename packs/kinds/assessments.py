"""Rubrics and quizzes in packs."""

from __future__ import annotations

from assessments.models import Quiz, QuizQuestion, Rubric
from assessments.rubric_defaults import DEFAULT_RUBRIC
from assessments.services.authoring import (
    criterion_from_spec,
    default_rubric_ensure,
    question_from_spec,
)
from courses.models import CoursePage, Skill
from simulations.models import Scenario

from .base import (
    Kind,
    drop_empty,
    latest,
    model_problems,
    problem_if_missing,
    save_snippet,
    slug_exists,
)
from .courses import COURSE


def _skills(slugs) -> list[Skill]:
    return list(Skill.objects.filter(slug__in=list(slugs or ())))


def _skill_problems(item, ctx, path, slugs) -> list:
    return [
        p
        for i, slug in enumerate(slugs or ())
        for p in problem_if_missing(item, ctx, (*path, i), "skill", slug, exists=slug_exists(Skill))
    ]


def _sorted(value):
    """JSON with its keys in order, so an export reads the same from every database
    (PostgreSQL's jsonb keeps its own key order)."""
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


class RubricKind(Kind):
    name, folder, model = "rubric", "rubrics", Rubric

    def find(self, slug, *, locale=""):
        return Rubric.objects.filter(slug=slug).first()

    def _criteria(self, d) -> list:
        return [criterion_from_spec(spec, i) for i, spec in enumerate(d.get("criteria", ()))]

    def check(self, item, ctx):
        d = item.data
        problems = []
        extends = d.get("extends")
        if extends and extends != DEFAULT_RUBRIC.slug:
            problems += problem_if_missing(
                item, ctx, ("extends",), "rubric", extends, exists=self.find
            )
        for i, slug in enumerate(d.get("scenarios", ())):
            problems += problem_if_missing(
                item,
                ctx,
                ("scenarios", i),
                "scenario",
                slug,
                exists=slug_exists(Scenario),
            )
        keys = [c.get("key") for c in d.get("criteria", ())]
        for i, criterion in enumerate(self._criteria(d)):
            problems += model_problems(item, criterion, ("criteria", i), exclude=["rubric"])
            problems += _skill_problems(
                item, ctx, ("criteria", i, "skills"), d["criteria"][i].get("skills")
            )
            if keys.count(criterion.key) > 1:
                problems.append(item.problem(("criteria", i, "key"), "two criteria share this key"))
        rubric = Rubric(slug=item.slug, name=d.get("name", ""), pass_mark=d.get("pass_mark", 70))
        return problems + model_problems(item, rubric, exclude=["slug", "extends"])

    def apply(self, item, existing, ctx):
        d = item.data
        rubric = latest(existing) or Rubric(slug=item.slug)
        rubric.name = d["name"]
        rubric.description = d.get("description", "")
        rubric.pass_mark = d.get("pass_mark", 70)
        extends = d.get("extends")
        rubric.extends = (
            default_rubric_ensure()
            if extends == DEFAULT_RUBRIC.slug
            else self.find(extends)
            if extends
            else None
        )
        rubric.scenarios = list(Scenario.objects.filter(slug__in=d.get("scenarios", ())))
        rubric.criteria = self._criteria(d)
        return save_snippet(rubric, publish=ctx.publish, created=existing is None)

    def export(self, obj):
        r = latest(obj)
        return drop_empty(
            {
                "slug": r.slug,
                "name": r.name,
                "description": r.description,
                "pass_mark": r.pass_mark,
                "extends": r.extends.slug if r.extends_id else None,
                "scenarios": sorted(s.slug for s in r.scenarios.all()),
                "criteria": [self._criterion_out(c) for c in r.criteria.all()],
            }
        )

    @staticmethod
    def _criterion_out(c) -> dict:
        data = {
            "key": c.key,
            "label": c.label,
            "section": c.section,
            "kind": c.kind,
            "max_score": c.max_score if c.kind == "scale" else None,
            "weight": c.weight,
            "critical": c.critical or None,
            "skills": sorted(s.slug for s in c.skills.all()),
            "rule": c.rule,
            "params": _sorted(c.params),
            "description": c.description,
            "tip": c.tip,
        }
        return drop_empty(data)

    def links(self, obj):
        r = latest(obj)
        found = [("scenario", s) for s in r.scenarios.all()]
        if r.extends_id and r.extends.slug != DEFAULT_RUBRIC.slug:
            found.append(("rubric", r.extends))
        for c in r.criteria.all():
            found += [("skill", s) for s in c.skills.all()]
        return found

    def title(self, obj):
        return obj.name


QUIZ_FIELDS = {
    "description": ("description", ""),
    "pass_mark": ("pass_mark", 80),
    "attempts_allowed": ("attempts_allowed", 3),
    "counting": ("counting", "highest"),
    "draw": ("draw", 0),
    "shuffle": ("shuffle_choices", True),
    "wait_minutes": ("wait_minutes", 0),
    "time_limit_minutes": ("time_limit_minutes", None),
}


class QuizKind(Kind):
    name, folder, model = "quiz", "quizzes", Quiz

    def find(self, slug, *, locale=""):
        return Quiz.objects.filter(slug=slug).first()

    def _build(self, quiz, d):
        quiz.title = d["title"]
        for key, (field, default) in QUIZ_FIELDS.items():
            value = d.get(key, default)
            setattr(quiz, field, default if value is None and default is not None else value)
        quiz.questions = [question_from_spec(q, i) for i, q in enumerate(d.get("questions", ()))]
        return quiz

    def check(self, item, ctx):
        d = item.data
        problems = []
        if d.get("course"):
            problems += problem_if_missing(
                item, ctx, ("course",), "course", d["course"], exists=COURSE.find
            )
        quiz = self._build(Quiz(slug=item.slug), d)
        problems += model_problems(item, quiz, exclude=["slug", "course"])
        for i, question in enumerate(quiz.questions.all()):
            problems += model_problems(item, question, ("questions", i), exclude=["quiz"])
            problems += _skill_problems(
                item, ctx, ("questions", i, "skills"), d["questions"][i].get("skills")
            )
        return problems

    def apply(self, item, existing, ctx):
        quiz = self._build(latest(existing) or Quiz(slug=item.slug), item.data)
        course = item.data.get("course")
        quiz.course = (
            CoursePage.objects.filter(pk=getattr(COURSE.find(course), "pk", None)).first()
            if course
            else None
        )
        return save_snippet(quiz, publish=ctx.publish, created=existing is None)

    def export(self, obj):
        q = latest(obj)
        data = {"slug": q.slug, "title": q.title, "course": q.course.slug if q.course_id else None}
        for key, (field, _default) in QUIZ_FIELDS.items():
            data[key] = getattr(q, field)
        data["questions"] = [self._question_out(x) for x in q.questions.all()]
        return {k: v for k, v in data.items() if v not in ("", None, [])}

    @staticmethod
    def _question_out(q: QuizQuestion) -> dict:
        return drop_empty(
            {
                "type": q.kind,
                "prompt": q.prompt,
                "skills": sorted(s.slug for s in q.skills.all()),
                "explanation": q.explanation,
                "choices": [
                    drop_empty(
                        {
                            "text": b.value["text"],
                            "correct": bool(b.value["correct"]),
                            "feedback": b.value["feedback"] or "",
                        }
                    )
                    for b in q.choices
                ],
                "answer": q.answer_true if q.kind == "true_false" else None,
                "items": [str(b.value) for b in q.items],
                "pairs": [[b.value["left"], b.value["right"]] for b in q.pairs],
                "accepted": [a.strip() for a in q.accepted_answers.splitlines() if a.strip()],
                "patterns": [p for p in q.patterns.splitlines() if p.strip()],
            }
        )

    def links(self, obj):
        q = latest(obj)
        found = [("course", q.course)] if q.course_id else []
        for question in q.questions.all():
            found += [("skill", s) for s in question.skills.all()]
        return found

    def title(self, obj):
        return obj.title


RUBRIC, QUIZ = RubricKind(), QuizKind()
