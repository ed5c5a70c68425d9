"""Reads for call simulation: the scenario library, and the sessions a person may see.

Who may see a session is decided here once (``session_get_for``) and used by the pages
and the API alike: the owner, the owner's managers and admins; a trainer's trial run
only by the trainer. Anything else is a 404, never a 403, so ids do not leak.
"""

from __future__ import annotations

from django.db.models import Case, Count, Prefetch, Q, Value, When
from django.http import Http404
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Locale

from accounts.permissions import can_view_person
from courses import content_cache
from lms import hooks as lms_hooks

from ..models import Scenario, SessionStatus, SimulationSession, Turn

_DIFFICULTY_ORDER = {"beginner": 0, "intermediate": 1, "advanced": 2}


def in_language(scenarios, language: str = ""):
    """One scenario per translation: the one in ``language`` where it is published, else the
    one in the site's default language (a pack may carry translations of scenarios)."""
    default = Locale.get_default()
    active = Locale.objects.filter(language_code=language or get_language()).first()
    if active is None or active.pk == default.pk:
        return scenarios.filter(locale=default)
    translated = Scenario.objects.published().filter(locale=active).values("translation_key")
    return scenarios.filter(
        Q(locale=active) | (Q(locale=default) & ~Q(translation_key__in=translated))
    )


def scenario_list(
    *,
    skill: str = "",
    difficulty: str = "",
    channel: str = "",
    direction: str = "",
    language="",
    every_language=False,
):
    """Published scenarios for the library, one per translation (in ``language`` where there
    is one; all of them with ``every_language``), filtered; persona and skills up front."""
    published = Scenario.objects.published()
    qs = (
        (published if every_language else in_language(published, language))
        .select_related("persona")
        .prefetch_related("skills")
        .annotate(
            level=Case(
                *(When(difficulty=d, then=Value(i)) for d, i in _DIFFICULTY_ORDER.items()),
                default=Value(9),
            )
        )
        .order_by("level", "title")
    )
    if skill:
        qs = qs.filter(skills__slug=skill)
    if difficulty:
        qs = qs.filter(difficulty=difficulty)
    if channel:
        qs = qs.filter(channel=channel)
    if direction:
        qs = qs.filter(direction=direction)
    return qs.distinct()


def scenario_get_published(slug: str) -> Scenario:
    scenario = (
        Scenario.objects.published()
        .select_related("persona")
        .prefetch_related("skills")
        .filter(slug=slug)
        .first()
    )
    if scenario is None:
        raise Http404(f"Unknown scenario “{slug}”: there is no published scenario with that slug.")
    return scenario


def scenario_draft_for_trial(pk: int) -> Scenario:
    """The latest revision of a scenario (draft or not), for a trainer's trial briefing."""
    scenario = Scenario.objects.filter(pk=pk).first()
    if scenario is None:
        raise Http404("Scenario not found.")
    return scenario.get_latest_revision_as_object() if scenario.latest_revision_id else scenario


def scenario_scores_for(user, scenario_ids) -> dict:
    """Best and latest grade per scenario from whoever registered "scenario_scores_for"."""
    scores: dict = {}
    for fn in hooks.get_hooks(lms_hooks.SCENARIO_SCORES_FOR):
        scores.update(fn(user, list(scenario_ids)) or {})
    return scores


def scenario_suggested_for(user) -> Scenario | None:
    """A published scenario to try next: the easiest one not yet played, else the least played.

    It is loaded with what the home panel shows: slug, title, difficulty and the persona's
    temperament (``_suggestion_candidates``).
    """
    scenarios = _suggestion_candidates(get_language())
    if not scenarios:
        return None
    # Calls per scenario played (those no longer suggested are counted but never looked up).
    played = dict(
        SimulationSession.objects.filter(user=user, is_trial=False)
        .values("scenario_id")
        .annotate(n=Count("pk"))
        .values_list("scenario_id", "n")
    )
    return min(
        scenarios,
        key=lambda s: (played.get(s.pk, 0), _DIFFICULTY_ORDER.get(s.difficulty, 9), s.title),
    )


def _suggestion_candidates(language: str) -> list[Scenario]:
    """The published scenarios a learner in ``language`` sees, with what choosing one and the
    home panel's suggestion show (no other field is loaded): content, cached until a
    scenario, a persona or a page changes (courses.content_cache)."""
    return content_cache.cached(
        "suggestion-candidates",
        (language,),
        lambda: list(
            in_language(Scenario.objects.published(), language)
            .select_related("persona")
            .only("slug", "title", "difficulty", "persona__temperament")
        ),
    )


def _session_queryset():
    return SimulationSession.objects.select_related(
        "scenario", "scenario__persona", "user"
    ).prefetch_related(Prefetch("turns", queryset=Turn.objects.order_by("index")))


def session_get_for(user, pk: int) -> SimulationSession:
    """A session the user may see (owner, the owner's managers, admins); 404 otherwise."""
    session = _session_queryset().filter(pk=pk).first()
    if session is None or not getattr(user, "is_authenticated", False):
        raise Http404("Session not found.")
    if session.user_id == user.pk:
        return session
    if session.is_trial or not can_view_person(user, session.user):
        raise Http404("Session not found.")
    return session


def session_get_own(user, pk: int) -> SimulationSession:
    """A session the user plays: only its owner may take part in the call."""
    session = _session_queryset().filter(pk=pk, user_id=getattr(user, "pk", None)).first()
    if session is None:
        raise Http404("Session not found.")
    return session


def session_list_recent_for(user, *, limit: int = 5) -> list[SimulationSession]:
    sessions = list(
        SimulationSession.objects.filter(user=user, is_trial=False).order_by("-started_at")[:limit]
    )
    # Scenarios are content: not joined (and shared with the other panels of the page).
    content_cache.attach(sessions, "scenario", Scenario, shared=True)
    return sessions


def session_list_for_user(user, *, limit: int = 50):
    return (
        SimulationSession.objects.filter(user=user)
        .select_related("scenario")
        .order_by("-started_at")[:limit]
    )


def session_active_for(user, scenario) -> SimulationSession | None:
    return (
        SimulationSession.objects.filter(user=user, scenario=scenario, status=SessionStatus.ACTIVE)
        .order_by("-started_at")
        .first()
    )


def scenario_get(pk: int) -> Scenario:
    scenario = Scenario.objects.select_related("persona").filter(pk=pk).first()
    if scenario is None:
        raise Http404("Scenario not found.")
    return scenario
