"""A trainer's trial call graded on request, as a preview: nothing is stored.

A trial (``SimulationSession.is_trial``) is never given a ``Grade``, so it never counts
toward certification, retraining, assignments, analytics or skill profiles. This grades
it with the offline grader, the same way a learner's call is graded (the scenario
revision the trial pinned, the rubric that would grade it), and hands back the result
for the trainer to look at.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from simulations.engines.base import ScenarioData

from ..graders import GradeResult, RubricData, get_grader
from .grading import grading_data_for_session


class TrialGradeError(ValueError):
    """The session cannot be previewed (not a trial, or still in progress)."""


@dataclass(frozen=True)
class TrialGradeResult:
    result: GradeResult
    rubric: RubricData
    scenario: ScenarioData  # as the trial played it (the revision it pinned)


def trial_grade_preview(*, session) -> TrialGradeResult:
    """Grade a finished trial with the offline grader and return it, storing nothing."""
    if not session.is_trial:
        raise TrialGradeError(_("Only trial calls have a grading preview."))
    if not session.is_ended:
        raise TrialGradeError(_("End the trial call first; then it can be graded."))
    data, _rubric, _revision = grading_data_for_session(session)
    result = get_grader("offline").grade(data)
    return TrialGradeResult(result=result, rubric=data.rubric, scenario=data.scenario)
