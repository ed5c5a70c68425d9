"""Raise retraining needs from the rules, with the evidence, and say why (or why not).

Each evaluation of a rule for a person and a subject (a skill, a scenario, a quiz,
a certificate) writes a ``RuleEvaluationLog`` row. When the same need is already open
the new evidence is added to it (``services.needs``) rather than raising another; a
raised need may be assigned at once when its rule says so. The decisions themselves are
pure (``certification.rules``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import NeedStatus, RetrainingNeed, RetrainingRule, RuleEvaluationLog, RuleKind
from ..rules import (
    RuleDecision,
    RuleOutcome,
    consecutive_fails_decide,
    cooldown_decide,
    skill_below_decide,
)
from ..selectors.evidence import (
    activity_evidence,
    activity_piece,
    attempt_sequences,
    lost_criteria,
    skill_evidence,
)
from .needs import need_evidence_add, need_raise, needs_same_as


def _decide_and_log(
    *, rule, user, key, decision: RuleDecision, now, trigger, build_need, skill=None
) -> RetrainingNeed | None:
    """Add to the open need, or apply the cool-down and raise (``build_need()`` gives the
    fields); log either way. Returns the need only when a new one was raised."""
    need = raised = None
    if decision.raise_need:
        same = needs_same_as(user=user, rule=rule, key=key, skill=skill)
        open_need = same.filter(status=NeedStatus.OPEN).first()
        if open_need is not None:
            need = open_need
            fields = build_need()
            piece = fields.get("piece")
            added = None
            if piece is None or piece.failed:
                added = need_evidence_add(
                    need=open_need,
                    rule=rule,
                    piece=piece,
                    reason=fields["reason"],
                    evidence=fields["evidence"],
                    now=now,
                )
            if added is not None:
                decision = RuleDecision(
                    RuleOutcome.EVIDENCE_ADDED,
                    f"{decision.detail} "
                    + _("Added to the need already open (%(n)s pieces of evidence).")
                    % {"n": open_need.evidence_items.count()},
                )
            else:
                blocked = cooldown_decide(
                    now=now, last_raised_at=None, cooldown_days=0, open_exists=True
                )
                decision = RuleDecision(blocked.outcome, f"{decision.detail} {blocked.detail}")
        else:
            last = same.order_by("-raised_at").first()
            blocked = cooldown_decide(
                now=now,
                last_raised_at=last.raised_at if last else None,
                cooldown_days=rule.cooldown_days,
                open_exists=False,
            )
            if blocked is not None:
                decision = RuleDecision(blocked.outcome, f"{decision.detail} {blocked.detail}")
            else:
                need = raised = need_raise(rule=rule, user=user, key=key, now=now, **build_need())
    RuleEvaluationLog.objects.create(
        rule=rule,
        user=user,
        key=key,
        raised=raised is not None,
        need=need,
        outcome=decision.outcome,
        detail=decision.detail,
        trigger=trigger,
        created_at=now,
    )
    return raised


# -- the rules ------------------------------------------------------------------------------


def _evaluate_skill_below(rule, user, *, now, trigger, skills=None) -> list[RetrainingNeed]:
    from courses.models import Skill

    from ..selectors.remedial import remedial_for_skill

    if rule.skill_id:
        watched = [rule.skill]
    elif skills is not None:
        watched = list(skills)
    else:
        watched = list(Skill.objects.filter(evidence__user=user).distinct())
    raised = []
    for skill in watched:
        scores, evidence, piece = skill_evidence(user, skill, rule.last_n, threshold=rule.threshold)
        decision = skill_below_decide(scores, threshold=rule.threshold, last_n=rule.last_n)
        average = round(sum(scores) / len(scores)) if scores else None
        reason = _(
            "%(skill)s averages %(avg)s over the last %(n)s graded activities (under %(t)s)"
        ) % {
            "skill": skill.name,
            "avg": average,
            "n": rule.last_n,
            "t": rule.threshold,
        }

        def build(skill=skill, evidence=evidence, reason=reason, average=average, piece=piece):
            return {
                "reason": reason,
                "skill": skill,
                "evidence": {**evidence, "average": average, "threshold": rule.threshold},
                "suggestion": remedial_for_skill(skill),
                "piece": piece,
            }

        need = _decide_and_log(
            rule=rule,
            user=user,
            key=f"skill:{skill.slug}",
            decision=decision,
            now=now,
            trigger=trigger,
            skill=skill,
            build_need=build,
        )
        if need:
            raised.append(need)
    return raised


# -- failed attempts in a row, and critical fails --------------------------------------------


def _evaluate_consecutive_fails(rule, user, *, now, trigger, only_keys=None) -> list:
    from ..selectors.remedial import remedial_for_quiz, remedial_for_scenario

    raised = []
    for key, (target, attempts) in attempt_sequences(user, rule.fails_on).items():
        if only_keys is not None and key not in only_keys:
            continue
        decision = consecutive_fails_decide(
            [a.passed for a in attempts], fail_count=rule.fail_count
        )
        is_call = key.startswith("scenario:")

        def build(target=target, attempts=attempts, is_call=is_call, key=key):
            recent = attempts[: rule.fail_count]
            evidence = {
                "target": key,
                "title": target.title,
                "activities": [activity_evidence(a, is_call) for a in recent],
                "criteria": lost_criteria([a.pk for a in recent]) if is_call else [],
            }
            reason = _("%(n)s failed attempts in a row at “%(title)s”") % {
                "n": len(recent),
                "title": target.title,
            }
            suggestion = remedial_for_scenario(target) if is_call else remedial_for_quiz(target)
            piece = activity_piece(recent[0], is_call, criteria=evidence["criteria"])
            return {
                "reason": reason,
                "evidence": evidence,
                "suggestion": suggestion,
                "piece": piece,
            }

        need = _decide_and_log(
            rule=rule,
            user=user,
            key=key,
            decision=decision,
            now=now,
            trigger=trigger,
            build_need=build,
        )
        if need:
            raised.append(need)
    return raised


def _evaluate_critical_fail(rule, user, *, now, trigger, grades) -> list:
    from ..selectors.remedial import remedial_for_scenario

    raised = []
    for grade in grades:
        key = f"critical:scenario:{grade.scenario_id}"
        if not grade.critical_fail:
            decision = RuleDecision(
                RuleOutcome.THRESHOLD_NOT_MET, _("The call had no critical fail.")
            )
        else:
            decision = RuleDecision(
                RuleOutcome.RAISED,
                _("The call of %(date)s failed a critical item.")
                % {"date": grade.created_at.date().isoformat()},
            )

        def build(grade=grade):
            criteria = lost_criteria([grade.pk], critical_only=True)
            names = ", ".join(c["label"] for c in criteria) or _("a critical item")
            return {
                "reason": _("Critical fail on “%(title)s”: %(items)s")
                % {"title": grade.scenario.title, "items": names},
                "evidence": {
                    "target": f"scenario:{grade.scenario_id}",
                    "title": grade.scenario.title,
                    "activities": [activity_evidence(grade, True)],
                    "criteria": criteria,
                },
                "suggestion": remedial_for_scenario(grade.scenario),
                "piece": activity_piece(grade, True, criteria=criteria),
            }

        need = _decide_and_log(
            rule=rule,
            user=user,
            key=key,
            decision=decision,
            now=now,
            trigger=trigger,
            build_need=build,
        )
        if need:
            raised.append(need)
    return raised


def needs_evaluate_for_user(
    user, *, now: datetime | None = None, trigger: str = "", grade=None, attempt=None
) -> list[RetrainingNeed]:
    """Evaluate every active rule (except certificate ones) for a person.

    Given the grade or quiz attempt that triggered it, the "failed in a row" and
    "critical fail" rules look at that scenario or quiz only; the cron looks at all.
    """
    from assessments.models import Grade

    now = now or timezone.now()
    raised: list[RetrainingNeed] = []
    only_keys = None
    if grade is not None:
        only_keys = {f"scenario:{grade.scenario_id}"}
    elif attempt is not None:
        only_keys = {f"quiz:{attempt.quiz_id}"}
    rules = RetrainingRule.objects.filter(active=True).select_related("skill")
    for rule in rules:
        if rule.kind == RuleKind.SKILL_BELOW:
            raised += _evaluate_skill_below(rule, user, now=now, trigger=trigger)
        elif rule.kind == RuleKind.CONSECUTIVE_FAILS:
            raised += _evaluate_consecutive_fails(
                rule, user, now=now, trigger=trigger, only_keys=only_keys
            )
        elif rule.kind == RuleKind.CRITICAL_FAIL:
            if grade is not None:
                grades = [grade]
            elif attempt is not None:
                grades = []
            else:
                grades = list(
                    Grade.objects.filter(
                        user=user,
                        critical_fail=True,
                        created_at__gte=now - timedelta(days=rule.cooldown_days or 1),
                    ).select_related("scenario")
                )
            raised += _evaluate_critical_fail(rule, user, now=now, trigger=trigger, grades=grades)
    return raised


def needs_evaluate_for_certificate(*, certificate, now=None, trigger="") -> list[RetrainingNeed]:
    """Rules of kind "cert_window": a certificate entered its renewal window or expired."""
    from ..selectors.remedial import remedial_for_program

    now = now or timezone.now()
    raised = []
    expired = certificate.expires_at <= now
    for rule in RetrainingRule.objects.filter(active=True, kind=RuleKind.CERT_WINDOW):
        key = f"certificate:{certificate.program_id}:{certificate.cycle}"
        if expired:
            detail = _("The certificate expired on %(date)s.")
            reason = _("“%(program)s” certificate expired on %(date)s: recertify")
        else:
            detail = _("The certificate entered its renewal window; it expires on %(date)s.")
            reason = _("“%(program)s” certificate expires on %(date)s: recertify")
        params = {
            "program": certificate.program.title,
            "date": date_format(timezone.localtime(certificate.expires_at), "j M Y"),
        }
        decision = RuleDecision(RuleOutcome.RAISED, detail % params)

        def build(reason=reason, params=params):
            return {
                "reason": reason % params,
                "evidence": {
                    "certificate": certificate.pk,
                    "program": certificate.program.title,
                    "expires_at": certificate.expires_at.isoformat(),
                    "activities": [],
                    "criteria": [],
                },
                "suggestion": remedial_for_program(certificate.program, certificate.holder),
            }

        need = _decide_and_log(
            rule=rule,
            user=certificate.holder,
            key=key,
            decision=decision,
            now=now,
            trigger=trigger,
            build_need=build,
        )
        if need:
            raised.append(need)
    return raised
