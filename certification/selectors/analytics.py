"""Trainer analytics: how each scenario and each quiz question performs across learners."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Avg, Count, F, Q

from assessments.models import CriterionScore, Grade, QuizAnswer, QuizQuestion
from simulations.models import SimulationSession

from ..stats import discrimination_index, discrimination_label, point_biserial

HUNG_UP = "customer_hung_up"


@dataclass
class ScenarioStats:
    scenario_id: int
    title: str
    attempts: int
    average_score: int | None
    pass_rate: int | None
    mood_change: float | None
    hang_up_rate: int | None
    top_failed: list[tuple[str, int, int]] = field(default_factory=list)  # label, fails, pct


@dataclass
class QuestionStats:
    question_id: int
    quiz: str
    prompt: str
    answered: int
    correct_rate: int
    discrimination: float | None
    point_biserial: float | None
    verdict: str


def scenario_stats() -> list[ScenarioStats]:
    """Per scenario: attempts, average score, most-failed criteria, mood change, hang-ups.

    Four queries whatever the number of scenarios and sessions.
    """
    sessions = (
        SimulationSession.objects.graded_attempts()
        .values("scenario_id", "scenario__title")
        .annotate(
            attempts=Count("pk"),
            mood_change=Avg(F("mood_end") - F("mood_start")),
            hung_up=Count("pk", filter=Q(outcome=HUNG_UP)),
        )
    )
    grades = {
        row["scenario_id"]: row
        for row in Grade.objects.filter(session__is_trial=False)
        .values("scenario_id")
        .annotate(avg=Avg("score"), n=Count("pk"), passed=Count("pk", filter=Q(passed=True)))
    }
    fails = defaultdict(Counter)
    for sid, label in CriterionScore.objects.filter(
        applicable=True, score__lt=F("max"), grade__session__is_trial=False
    ).values_list("grade__scenario_id", "label"):
        fails[sid][label] += 1
    out = []
    for row in sessions:
        sid = row["scenario_id"]
        g = grades.get(sid)
        n_graded = g["n"] if g else 0
        out.append(
            ScenarioStats(
                scenario_id=sid,
                title=row["scenario__title"],
                attempts=row["attempts"],
                average_score=round(g["avg"]) if g and g["avg"] is not None else None,
                pass_rate=round(100 * g["passed"] / n_graded) if n_graded else None,
                mood_change=round(row["mood_change"], 1)
                if row["mood_change"] is not None
                else None,
                hang_up_rate=round(100 * row["hung_up"] / row["attempts"])
                if row["attempts"]
                else None,
                top_failed=[
                    (label, n, round(100 * n / n_graded) if n_graded else 0)
                    for label, n in fails[sid].most_common(3)
                ],
            )
        )
    return sorted(out, key=lambda s: (-s.attempts, s.title))


def question_stats(*, max_answers: int = 200_000) -> list[QuestionStats]:
    """Per quiz question: answered, % correct, discrimination (upper vs lower 27 %)."""
    rows = (
        QuizAnswer.objects.filter(attempt__submitted_at__isnull=False, correct__isnull=False)
        .values_list("question_id", "attempt__score", "correct")
        .order_by()[:max_answers]
    )
    samples = defaultdict(list)
    for qid, total, ok in rows:
        samples[qid].append((total or 0, bool(ok)))
    questions = {
        q["pk"]: q
        for q in QuizQuestion.objects.filter(pk__in=list(samples)).values(
            "pk", "prompt", "quiz__title"
        )
    }
    out = []
    for qid, items in samples.items():
        q = questions.get(qid)
        if q is None:
            continue
        d = discrimination_index(items)
        out.append(
            QuestionStats(
                question_id=qid,
                quiz=q["quiz__title"],
                prompt=q["prompt"],
                answered=len(items),
                correct_rate=round(100 * sum(1 for _, ok in items if ok) / len(items)),
                discrimination=d,
                point_biserial=point_biserial(items),
                verdict=discrimination_label(d),
            )
        )
    return sorted(
        out, key=lambda s: (s.quiz, s.discrimination if s.discrimination is not None else 9)
    )


@dataclass(frozen=True)
class Overview:
    scenarios: list
    weakest_questions: list
    total_calls: int


def analytics_overview() -> Overview:
    """The home panel: the scenarios with the lowest average and the weakest questions."""
    scenarios = scenario_stats()
    scored = [s for s in scenarios if s.average_score is not None]
    questions = [q for q in question_stats(max_answers=20_000) if q.discrimination is not None]
    return Overview(
        scenarios=sorted(scored, key=lambda s: s.average_score)[:3],
        weakest_questions=sorted(questions, key=lambda q: q.discrimination)[:3],
        total_calls=sum(s.attempts for s in scenarios),
    )
