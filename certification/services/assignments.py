"""Writes for assignments: give (one person, several, a team), sync with learning records,
reopen when the call that completed one no longer passes, and resolve the retraining need
an assignment answers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..models import Assignment, NeedStatus, RetrainingNeed


class AssignmentOutcome(StrEnum):
    CREATED = "created"
    ALREADY_ASSIGNED = "already_assigned"  # an open one existed and was left as it was
    UPDATED = "updated"  # an open one existed and got the new due date (and note)


@dataclass(frozen=True)
class AssignmentResult:
    """What giving an assignment to one person did."""

    assignee: object
    assignment: Assignment
    outcome: AssignmentOutcome
    previous_due_at: datetime | None = None
    note_changed: bool = False

    @property
    def completed_at_once(self) -> bool:
        """Created, and already done according to their records (a course finished before)."""
        return self.outcome == AssignmentOutcome.CREATED and self.assignment.completed_at


class AssignmentResults(list):
    """One ``AssignmentResult`` per person, in the order given, with the tallies shown."""

    @property
    def created(self) -> list[AssignmentResult]:
        return [r for r in self if r.outcome == AssignmentOutcome.CREATED]

    @property
    def already_had_it(self) -> list[AssignmentResult]:
        return [r for r in self if r.outcome != AssignmentOutcome.CREATED]

    @property
    def updated(self) -> list[AssignmentResult]:
        return [r for r in self if r.outcome == AssignmentOutcome.UPDATED]


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


def _existing_update(
    existing: Assignment, *, by, due_at: datetime, note: str, update: bool, need
) -> AssignmentResult:
    """An open assignment of the same target: attach the need; with ``update``, apply the
    new due date and (when one is given) the new note."""
    changed = []
    if need is not None and existing.need_id is None:
        existing.need = need
        changed.append("need")
    previous_due_at = existing.due_at
    note_changed = False
    if update:
        if existing.due_at != due_at:
            existing.due_at = due_at
            # A new due date earns its own reminders.
            existing.reminder_sent_at = existing.overdue_notice_sent_at = None
            changed += ["due_at", "reminder_sent_at", "overdue_notice_sent_at"]
        if note and note != existing.note:
            existing.note = note
            note_changed = True
            changed.append("note")
    if changed:
        existing.save(update_fields=changed)
    if update and (existing.due_at != previous_due_at or note_changed):
        log(
            existing,
            "certification.assignment.update",
            user=by,
            title=f"{existing.target_title} → {existing.assignee.get_username()}",
            data={
                "due_at_before": previous_due_at.isoformat(),
                "due_at": existing.due_at.isoformat(),
                "note_changed": note_changed,
            },
        )
        return AssignmentResult(
            existing.assignee, existing, AssignmentOutcome.UPDATED, previous_due_at, note_changed
        )
    return AssignmentResult(
        existing.assignee, existing, AssignmentOutcome.ALREADY_ASSIGNED, previous_due_at
    )


@transaction.atomic
def assignment_give(
    *,
    assigned_by,
    assignee,
    target,
    due_at: datetime,
    note: str = "",
    need: RetrainingNeed | None = None,
    update_existing: bool = False,
) -> AssignmentResult:
    """Assign a course, quiz or scenario, and say what happened. Assigning a course also
    enrols the person.

    An open assignment of the same target to the same person is kept (double submits and
    repeated bulk assignments create nothing new) and reported as already assigned; with
    ``update_existing`` it takes the new due date and note. A need given here is attached
    to it if it has none.
    """
    if due_at <= timezone.now():
        raise ValidationError({"due_at": _("The due date must be in the future.")})
    note = (note or "").strip()
    fields = _target_fields(target)
    existing = _open_duplicate(assignee, fields)
    if existing is not None:
        return _existing_update(
            existing, by=assigned_by, due_at=due_at, note=note, update=update_existing, need=need
        )
    assignment = Assignment.objects.create(
        assigned_by=assigned_by, assignee=assignee, due_at=due_at, note=note, need=need, **fields
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
    return AssignmentResult(assignee, assignment, AssignmentOutcome.CREATED)


def assignment_create(**kwargs) -> Assignment:
    """``assignment_give`` for callers that only need the assignment (rules, the demo)."""
    return assignment_give(**kwargs).assignment


def assignments_bulk_create(
    *,
    assigned_by,
    assignees: Iterable,
    target,
    due_at: datetime,
    note: str = "",
    needs: dict[int, RetrainingNeed] | None = None,
    update_existing: bool = False,
) -> AssignmentResults:
    """The same assignment for several people (the caller checked it may assign to each);
    one result per person, in order: created, already assigned, or updated."""
    needs = needs or {}
    with transaction.atomic():
        return AssignmentResults(
            assignment_give(
                assigned_by=assigned_by,
                assignee=person,
                target=target,
                due_at=due_at,
                note=note,
                need=needs.get(person.pk),
                update_existing=update_existing,
            )
            for person in assignees
        )


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


def _need_reopen(need: RetrainingNeed, assignment: Assignment) -> None:
    """The assignment that resolved it is open again: so is the need, unless the same
    need has been raised again meanwhile (that one carries the evidence now)."""
    from .needs import needs_same_as

    if need.status != NeedStatus.RESOLVED or need.resolved_by_assignment_id != assignment.pk:
        return
    same = needs_same_as(user=need.user, rule=need.rule, key=need.key, skill=need.skill)
    if same.filter(status=NeedStatus.OPEN).exclude(pk=need.pk).exists():
        return
    need.status = NeedStatus.OPEN
    need.resolved_at = None
    need.resolved_by_assignment = None
    need.save(update_fields=["status", "resolved_at", "resolved_by_assignment"])
    log(need, "certification.need.reopen", title=need.reason[:200], data={"user": need.user_id})


def assignments_reopen_for_grade(grade) -> list[Assignment]:
    """A grade was recorded again (an override, the LLM's regrade): an assignment it
    completed is open again if the call no longer passes cleanly, and so is its need."""
    if grade.passed and not grade.critical_fail:
        return []
    reopened = []
    with transaction.atomic():
        for assignment in Assignment.objects.filter(completed_by_grade=grade).select_related(
            "need", "assignee"
        ):
            assignment.completed_at = None
            assignment.completed_by_grade = None
            assignment.save(update_fields=["completed_at", "completed_by_grade"])
            log(
                assignment,
                "certification.assignment.reopen",
                title=f"{assignment.target_title} → {assignment.assignee.get_username()}",
                data={"grade": grade.pk, "score": grade.score},
            )
            if assignment.need_id:
                _need_reopen(assignment.need, assignment)
            reopened.append(assignment)
    return reopened


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
            started_at, completed_at, grade_id = progress.get(assignment.pk, (None, None, None))
            changed = []
            if started_at and assignment.started_at is None:
                assignment.started_at = started_at
                changed.append("started_at")
            if completed_at:
                assignment.completed_at = completed_at
                assignment.completed_by_grade_id = grade_id
                assignment.started_at = assignment.started_at or completed_at
                changed += ["completed_at", "completed_by_grade", "started_at"]
            if changed:
                assignment.save(update_fields=sorted(set(changed)))
            if completed_at:
                completed.append(assignment)
                log(
                    assignment,
                    "certification.assignment.complete",
                    title=f"{assignment.target_title} → {user.get_username()}",
                    data={
                        "assignee": user.pk,
                        "completed_at": completed_at.isoformat(),
                        "grade": grade_id,
                    },
                )
                if assignment.need_id:
                    need_resolve(need=assignment.need, assignment=assignment, now=now)
    return completed
