"""Writes for assignments: create (one person, several, a team), sync with learning records,
and resolve the retraining need an assignment answers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..models import Assignment, NeedStatus, RetrainingNeed


def _target_fields(target) -> dict:
    label = target._meta.label_lower
    if label == "courses.coursepage":
        return {"course": target}
    if label == "assessments.quiz":
        return {"quiz": target}
    if label == "simulations.scenario":
        return {"scenario": target}
    raise ValidationError(_("Only a course, a quiz or a scenario can be assigned."))


def _open_duplicate(assignee, fields: dict) -> Assignment | None:
    return Assignment.objects.open().filter(assignee=assignee, **fields).first()


@transaction.atomic
def assignment_create(
    *,
    assigned_by,
    assignee,
    target,
    due_at: datetime,
    note: str = "",
    need: RetrainingNeed | None = None,
) -> Assignment:
    """Assign a course, quiz or scenario. Assigning a course also enrols the person.

    An open assignment of the same target to the same person is returned as it is
    (double submits and repeated bulk assignments create nothing new); a need given
    here is attached to it.
    """
    if due_at <= timezone.now():
        raise ValidationError({"due_at": _("The due date must be in the future.")})
    fields = _target_fields(target)
    existing = _open_duplicate(assignee, fields)
    if existing is not None:
        if need is not None and existing.need_id is None:
            existing.need = need
            existing.save(update_fields=["need"])
        return existing
    assignment = Assignment.objects.create(
        assigned_by=assigned_by,
        assignee=assignee,
        due_at=due_at,
        note=(note or "").strip(),
        need=need,
        **fields,
    )
    if "course" in fields:
        from courses.services import enrolment_create

        enrolment_create(user=assignee, course=fields["course"], source="assigned")
    log(
        assignment,
        "certification.assignment.create",
        user=assigned_by,
        title=f"{assignment.target_title} → {assignee.get_username()}",
        data={
            "assignee": assignee.pk,
            "target": assignment.target_kind,
            "target_id": assignment.target.pk,
            "due_at": due_at.isoformat(),
            "need": need.pk if need else None,
        },
    )
    # Maybe they already did it (a course completed last month): the records decide.
    assignment_sync_for(assignee, assignments=[assignment])
    return assignment


def assignments_bulk_create(
    *,
    assigned_by,
    assignees: Iterable,
    target,
    due_at: datetime,
    note: str = "",
    needs: dict[int, RetrainingNeed] | None = None,
) -> list[Assignment]:
    """The same assignment for several people (the caller checked it may assign to each)."""
    needs = needs or {}
    with transaction.atomic():
        return [
            assignment_create(
                assigned_by=assigned_by,
                assignee=person,
                target=target,
                due_at=due_at,
                note=note,
                need=needs.get(person.pk),
            )
            for person in assignees
        ]


def need_resolve(
    *, need: RetrainingNeed, assignment: Assignment | None = None, by=None, now=None
) -> RetrainingNeed:
    if need.status == NeedStatus.RESOLVED:
        return need
    need.status = NeedStatus.RESOLVED
    need.resolved_at = now or timezone.now()
    need.resolved_by_assignment = assignment
    need.save(update_fields=["status", "resolved_at", "resolved_by_assignment"])
    log(
        need,
        "certification.need.resolve",
        user=by,
        title=need.reason[:200],
        data={"user": need.user_id, "assignment": assignment.pk if assignment else None},
    )
    return need


def assignment_sync_for(
    user, *, assignments: list[Assignment] | None = None, now=None
) -> list[Assignment]:
    """Write started/completed from the learner's records; completing resolves the need.

    Returns the assignments completed by this call.
    """
    from ..selectors.assignments import assignment_progress

    now = now or timezone.now()
    if assignments is None:
        assignments = list(Assignment.objects.open().filter(assignee=user).select_related("need"))
    assignments = [a for a in assignments if a.completed_at is None]
    if not assignments:
        return []
    progress = assignment_progress(assignments)
    completed = []
    with transaction.atomic():
        for assignment in assignments:
            started_at, completed_at = progress.get(assignment.pk, (None, None))
            changed = []
            if started_at and assignment.started_at is None:
                assignment.started_at = started_at
                changed.append("started_at")
            if completed_at:
                assignment.completed_at = completed_at
                assignment.started_at = assignment.started_at or completed_at
                changed += ["completed_at", "started_at"]
            if changed:
                assignment.save(update_fields=sorted(set(changed)))
            if completed_at:
                completed.append(assignment)
                log(
                    assignment,
                    "certification.assignment.complete",
                    title=f"{assignment.target_title} → {user.get_username()}",
                    data={"assignee": user.pk, "completed_at": completed_at.isoformat()},
                )
                if assignment.need_id:
                    need_resolve(need=assignment.need, assignment=assignment, now=now)
    return completed
