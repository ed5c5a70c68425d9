"""Trainer analytics: how each scenario and each quiz question performs across learners,
for a period and a team (``AnalyticsFilter``), and the calls behind a criterion's figure."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Avg, Count, F, Q
from django.utils import timezone

from assessments.models import CriterionScore, Grade, QuizAnswer, QuizQuestion
from simulations.models import SimulationSession

from ..stats import discrimination_index, discrimination_label, point_biserial

HUNG_UP = "customer_hung_up"
CRITERION_CALLS_LIMIT = 200  # the drill-down lists the most recent calls, up to this many


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


@dataclass(frozen=True)
class AnalyticsFilter:
    """Which calls and quiz attempts the figures count: those started (a call) or submitted
    (a quiz) between two dates, both included, by members of a team. None means no limit."""

    date_from: date | None = None
    date_to: date | None = None
    team: object | None = None  # accounts.models.Team

    def q(self, *, when: str, user: str) -> Q:
        """The filter over a queryset whose date is the field ``when`` and person ``user``."""
        q = Q()
        if self.date_from:
            q &= Q(**{f"{when}__gte": _start_of(self.date_from)})
        if self.date_to:
            q &= Q(**{f"{when}__lt": _start_of(self.date_to + timedelta(days=1))})
        if self.team is not None:
            q &= Q(**{f"{user}__in": self.team.members.values("pk")})
        return q


EVERYTHING = AnalyticsFilter()


@dataclass
class ScenarioStats:
    scenario_id: int
    title: str
    attempts: int
    average_score: int | None
    pass_rate: int | None
    mood_change: float | None
    hang_up_rate: int | None
    top_failed: list[FailedCriterion] = field(default_factory=list)


@dataclass(frozen=True)
class FailedCriterion:
    key: str
    label: str
    fails: int
    percent: int  # of the scenario's graded calls


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


def scenario_stats(filters: AnalyticsFilter = EVERYTHING) -> list[ScenarioStats]:
    """Per scenario: attempts, average score, most-failed criteria, mood change, hang-ups.

    Four queries whatever the number of scenarios and sessions.
    """
    sessions = (
        SimulationSession.objects.graded_attempts()
        .filter(filters.q(when="started_at", user="user"))
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
        .filter(filters.q(when="session__started_at", user="user"))
        .values("scenario_id")
        .annotate(avg=Avg("score"), n=Count("pk"), passed=Count("pk", filter=Q(passed=True)))
    }
    fails, labels = defaultdict(Counter), {}
    for sid, key, label in (
        _missed(filters)
        .order_by("grade__created_at")
        .values_list("grade__scenario_id", "key", "label")
    ):
        fails[sid][key] += 1
        labels[sid, key] = label  # the latest wording of the criterion
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
                    FailedCriterion(
                        key=key,
                        label=labels[sid, key],
                        fails=n,
                        percent=round(100 * n / n_graded) if n_graded else 0,
                    )
                    for key, n in fails[sid].most_common(3)
                ],
            )
        )
    return sorted(out, key=lambda s: (-s.attempts, s.title))


def question_stats(
    filters: AnalyticsFilter = EVERYTHING, *, max_answers: int = 200_000
) -> list[QuestionStats]:
    """Per quiz question: answered, % correct, discrimination (upper vs lower 27 %)."""
    rows = (
        QuizAnswer.objects.filter(attempt__submitted_at__isnull=False, correct__isnull=False)
        .filter(filters.q(when="attempt__submitted_at", user="attempt__user"))
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


def _missed(filters: AnalyticsFilter):
    """Criterion scores below their maximum on graded calls (trainers' trials left out)."""
    return CriterionScore.objects.filter(
        applicable=True, score__lt=F("max"), grade__session__is_trial=False
    ).filter(filters.q(when="grade__session__started_at", user="grade__user"))


@dataclass(frozen=True)
class CriterionCall:
    session_id: int
    agent: str
    started_at: datetime
    score: int
    max: int
    can_open: bool  # the viewer may open the graded review


@dataclass(frozen=True)
class CriterionCalls:
    scenario_title: str
    label: str
    missed: int  # calls that missed the criterion
    graded: int  # the scenario's graded calls
    calls: list[CriterionCall]  # the most recent of the missed calls

    @property
    def percent(self) -> int:
        return round(100 * self.missed / self.graded) if self.graded else 0

    @property
    def truncated(self) -> bool:
        return self.missed > len(self.calls)


def criterion_calls_for(
    scenario, key: str, *, filters: AnalyticsFilter = EVERYTHING, viewer=None
) -> CriterionCalls | None:
    """The graded calls behind "criteria failed most often": those of ``scenario`` that
    missed criterion ``key``, newest first. None when no call was ever scored on it."""
    from assessments.permissions import can_view_grade

    scored = CriterionScore.objects.filter(grade__scenario=scenario, key=key)
    latest = scored.order_by("-grade__created_at").values_list("label", flat=True).first()
    if latest is None:
        return None
    missed = _missed(filters).filter(grade__scenario=scenario, key=key)
    rows = missed.select_related("grade__user", "grade__session").order_by(
        "-grade__session__started_at", "-pk"
    )[:CRITERION_CALLS_LIMIT]
    calls = [
        CriterionCall(
            session_id=row.grade.session_id,
            agent=row.grade.user.get_full_name() or row.grade.user.username,
            started_at=row.grade.session.started_at,
            score=row.score,
            max=row.max,
            can_open=viewer is not None and can_view_grade(viewer, row.grade.user),
        )
        for row in rows
    ]
    graded = (
        Grade.objects.filter(scenario=scenario, session__is_trial=False)
        .filter(filters.q(when="session__started_at", user="user"))
        .count()
    )
    return CriterionCalls(
        scenario_title=scenario.title,
        label=latest,
        missed=missed.count(),
        graded=graded,
        calls=calls,
    )
