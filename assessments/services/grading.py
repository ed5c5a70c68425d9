"""Grading calls: a finished session, an external transcript, and a trainer's override.

A finished session is graded offline by ``grading_queue`` (a durable background task);
when ``settings.GRADER`` is "llm", ``assessments.tasks.regrade_session_llm_task`` then
regrades it. A grade with overrides is never replaced by a later machine grade.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.log_actions import log

from lms import hooks as lms_hooks
from simulations.engines.base import Speaker, TranscriptLine

from ..graders import GraderError, GradeResult, GradingData, get_grader
from ..graders.base import CriterionResult, Evidence, Flag, grade_totals, skill_scores
from ..graders.reading import blank_scenario
from ..models import CriterionScore, Grade, GradeOverride
from ..selectors import rubric_resolve
from .skills import skill_evidence_for_grade

logger = logging.getLogger(__name__)

OVERRIDE_ACTION = "assessments.override"


class GradeOverrideError(ValueError):
    """An override that cannot be accepted (no reason, score out of range, unchanged)."""


def _session_scenario(session):
    """The scenario as the agent played it (the pinned revision), and its data."""
    if session.scenario_revision_id:
        scenario = session.scenario_revision.as_object()
    else:
        scenario = session.scenario
    return scenario.to_data()


def _session_transcript(session) -> tuple[TranscriptLine, ...]:
    return tuple(
        TranscriptLine(Speaker(t.speaker), t.text, subject=t.subject, public=t.public)
        for t in session.turns.order_by("index")
        if t.speaker != Speaker.SYSTEM
    )


def grading_data_for_session(session):
    """(GradingData, Rubric row or None, pinned Revision or None) for a session."""
    rubric_data, rubric, revision = rubric_resolve(session.scenario)
    data = GradingData(
        scenario=_session_scenario(session),
        rubric=rubric_data,
        transcript=_session_transcript(session),
        outcome=session.outcome or "",
        handle_seconds=session.handle_seconds if session.ended_at else None,
        hold_seconds=session.hold_seconds,
    )
    return data, rubric, revision


def transcript_grade(
    *,
    lines: list[dict],
    scenario=None,
    rubric: str = "",
    language: str = "en",
    grader: str = "offline",
) -> GradeResult:
    """Grade an external transcript; nothing is stored.

    With a scenario, its rubric and policy; without one, the default QA scorecard (or the
    rubric named by slug) and the scorecard's default policy. Raises ``UnknownRubric``.
    """
    rubric_data, _rubric, _revision = rubric_resolve(scenario, slug=rubric)
    data = GradingData(
        scenario=scenario.to_data() if scenario is not None else blank_scenario(language),
        rubric=rubric_data,
        transcript=tuple(
            TranscriptLine(
                Speaker(line["speaker"]),
                line["text"],
                subject=line.get("subject") or "",
                public=bool(line.get("public")),
            )
            for line in lines
        ),
    )
    return get_grader(grader).grade(data)


def session_grade(*, session, grader: str = "offline") -> Grade | None:
    """Grade a finished, non-trial session (offline by default) and record it."""
    if session.is_trial or not session.is_ended:
        return None
    existing = Grade.objects.filter(session=session).first()
    if existing is not None and existing.overrides.exists():
        return existing
    data, rubric, revision = grading_data_for_session(session)
    result = get_grader(grader).grade(data)
    grade = _grade_record(session=session, result=result, rubric=rubric, revision=revision)
    if settings.GRADER == "llm" and grader == "offline":
        from ..tasks import regrade_session_llm_task

        session_id = session.pk
        transaction.on_commit(lambda: regrade_session_llm_task.enqueue(session_id))
    return grade


def session_grade_llm(*, session) -> Grade | None:
    """The background regrade with the LLM; on failure the offline grade stays, flagged."""
    if session.is_trial or not session.is_ended:
        return None
    grade = Grade.objects.filter(session=session).first()
    if grade is not None and grade.overrides.exists():
        return grade
    data, rubric, revision = grading_data_for_session(session)
    try:
        result = get_grader("llm").grade(data)
    except GraderError as exc:
        logger.warning("LLM grading of session %s failed: %s", session.pk, exc)
        if grade is None:
            grade = session_grade(session=session)
        flag = Flag(
            code="llm_unavailable",
            message=_("The LLM grader was unavailable (%(kind)s); the offline grade stands.")
            % {"kind": exc.kind},
        )
        grade.flags = [*grade.flags, flag.to_dict()]
        grade.save(update_fields=["flags", "updated_at"])
        return grade
    return _grade_record(session=session, result=result, rubric=rubric, revision=revision)


def _grade_record(*, session, result: GradeResult, rubric, revision) -> Grade:
    flags = [f.to_dict() for f in result.flags]
    with transaction.atomic():
        grade, _created = Grade.objects.update_or_create(
            session=session,
            defaults={
                "user": session.user,
                "scenario": session.scenario,
                "rubric": rubric,
                "rubric_revision": revision,
                "rubric_name": rubric.name if rubric else "",
                "pass_mark": _pass_mark(rubric),
                "score": result.score,
                "passed": result.passed,
                "critical_fail": result.critical_fail,
                "flags": flags,
                "needs_review": result.needs_review,
                "grader": result.grader,
                "offline_score": (
                    result.offline_score if result.offline_score is not None else result.score
                ),
                "created_at": timezone.now(),
            },
        )
        grade.criterion_scores.all().delete()
        CriterionScore.objects.bulk_create(
            [_criterion_row(grade, i, c) for i, c in enumerate(result.criteria)]
        )
        skill_evidence_for_grade(grade=grade)
    for fn in hooks.get_hooks(lms_hooks.AFTER_GRADE_RECORDED):
        fn(grade)
    return grade


def _pass_mark(rubric) -> int:
    from ..rubric_defaults import DEFAULT_RUBRIC

    return rubric.pass_mark if rubric is not None else DEFAULT_RUBRIC.pass_mark


def _criterion_row(grade: Grade, position: int, c: CriterionResult) -> CriterionScore:
    return CriterionScore(
        grade=grade,
        position=position,
        key=c.key,
        label=c.label,
        section=c.section,
        score=c.score,
        max=c.max,
        weight=c.weight,
        critical=c.critical,
        applicable=c.applicable,
        evidence=[e.to_dict() for e in c.evidence],
        tip=c.tip,
        note=c.note,
        skills=list(c.skills),
    )


def criterion_results(grade: Grade) -> list[CriterionResult]:
    """A grade's criterion rows as the graders' dataclasses (for totals and the API)."""
    return [
        CriterionResult(
            key=c.key,
            label=c.label,
            score=c.score,
            max=c.max,
            applicable=c.applicable,
            evidence=tuple(Evidence(e["turn"], e["quote"]) for e in c.evidence),
            tip=c.tip,
            skills=tuple(c.skills),
            weight=c.weight,
            critical=c.critical,
            section=c.section,
        )
        for c in grade.criterion_scores.all()
    ]


def grade_result_of(grade: Grade) -> GradeResult:
    """A stored grade in the public shape (``GradeResult.to_dict()``)."""
    criteria = tuple(criterion_results(grade))
    return GradeResult(
        score=grade.score,
        passed=grade.passed,
        critical_fail=grade.critical_fail,
        criteria=criteria,
        flags=tuple(Flag(**_flag_args(f)) for f in grade.flags),
        grader=grade.grader,
        needs_review=grade.needs_review,
        skills=skill_scores(criteria),
    )


def _flag_args(flag: dict) -> dict:
    allowed = {"code", "message", "turn", "quote", "criterion"}
    return {k: v for k, v in flag.items() if k in allowed}


def criterion_override(
    *, criterion: CriterionScore, by, score: int, reason: str, applicable: bool = True
) -> GradeOverride:
    """Change one criterion's score with a reason; the total is recomputed and audited.

    The caller has checked permission (``assessments.permissions.can_override_grade``).
    """
    reason = (reason or "").strip()
    if not reason:
        raise GradeOverrideError(_("Give a reason for the change: it is kept in the audit log."))
    if len(reason) > 1000:
        raise GradeOverrideError(_("Keep the reason under 1000 characters."))
    try:
        score = int(score)
    except (TypeError, ValueError):
        raise GradeOverrideError(_("The score must be a whole number.")) from None
    if not 0 <= score <= criterion.max:
        raise GradeOverrideError(
            _("The score must be between 0 and %(max)s.") % {"max": criterion.max}
        )
    with transaction.atomic():
        grade = Grade.objects.select_for_update().get(pk=criterion.grade_id)
        criterion = CriterionScore.objects.select_for_update().get(pk=criterion.pk)
        if criterion.score == score and criterion.applicable == applicable:
            raise GradeOverrideError(_("That is already the score: nothing to change."))
        before, applicable_before, total_before = criterion.score, criterion.applicable, grade.score
        criterion.score = score
        criterion.applicable = applicable
        criterion.overridden = True
        criterion.save(update_fields=["score", "applicable", "overridden"])
        totals = grade_totals(criterion_results(grade), pass_mark=grade.pass_mark)
        grade.score, grade.passed, grade.critical_fail = (
            totals.score,
            totals.passed,
            totals.critical_fail,
        )
        grade.save(update_fields=["score", "passed", "critical_fail", "updated_at"])
        override = GradeOverride.objects.create(
            grade=grade,
            criterion=criterion,
            by=by,
            score_before=before,
            score_after=score,
            applicable_before=applicable_before,
            applicable_after=applicable,
            total_before=total_before,
            total_after=grade.score,
            reason=reason,
        )
        skill_evidence_for_grade(grade=grade)
        log(
            instance=grade,
            action=OVERRIDE_ACTION,
            user=by,
            title=str(grade)[:255],
            data={
                "criterion": criterion.key,
                "label": criterion.label,
                "before": before,
                "after": score,
                "total_before": total_before,
                "total_after": grade.score,
                "reason": reason,
            },
        )
    for fn in hooks.get_hooks(lms_hooks.AFTER_GRADE_RECORDED):
        fn(grade)
    return override
