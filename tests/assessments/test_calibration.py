"""Calibration: agreement of reviewers' labels with the grader per criterion, the trusted
verdict and its settings, and certification leaving an untrusted criterion out."""

from itertools import count

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from assessments.calibration import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    Trust,
    criterion_agreement,
    label_category,
)
from assessments.models import CriterionLabel, CriterionScore, Grade, Rubric
from assessments.selectors import rubric_calibration, untrusted_criteria
from assessments.services import certifiable_totals
from certification.requirements import Requirement, RequirementKind, program_evaluate
from certification.selectors.records import learner_record_for
from tests.certification.factories import grade_call, make_scenario

pytestmark = pytest.mark.django_db

_seq = count(1)
AGREE = [(MET, MET)] * 6 + [(NOT_MET, NOT_MET)] * 4
DISAGREE = [(MET, MET)] * 5 + [(MET, NOT_MET)] * 5  # the grader says met, people say half not


def _agreement(pairs, **kw):
    kw = {"min_labels": 10, "min_kappa": 0.6, **kw}
    return criterion_agreement("empathy", "Empathy", pairs, **kw)


# -- pure arithmetic -------------------------------------------------------------------------


def test_categories_are_met_not_met_and_not_applicable():
    assert label_category(applicable=True, score=2, maximum=2) == MET
    assert label_category(applicable=True, score=1, maximum=2) == NOT_MET
    assert label_category(applicable=False, score=2, maximum=2) == NOT_APPLICABLE


def test_agreeing_labels_are_trusted_and_disagreeing_ones_are_not():
    good = _agreement(AGREE)
    assert good.kappa == pytest.approx(1.0) and good.observed == 1 and good.trust == Trust.TRUSTED
    bad = _agreement(DISAGREE)
    assert bad.kappa == pytest.approx(0.0) and bad.observed == 0.5
    assert bad.trust == Trust.NOT_TRUSTED and not bad.trusted


def test_too_few_labels_count_meanwhile_however_bad():
    few = _agreement(DISAGREE[:9])
    assert few.trust == Trust.COLLECTING and few.trusted
    assert _agreement([]).trust == Trust.COLLECTING and _agreement([]).labels == 0


def test_an_undefined_kappa_is_judged_on_observed_agreement():
    same = _agreement([(MET, MET)] * 10)
    assert same.kappa is None and same.observed == 1 and same.trust == Trust.TRUSTED


def test_the_thresholds_decide():
    assert _agreement(DISAGREE, min_kappa=-0.5).trust == Trust.TRUSTED
    assert _agreement(AGREE[:8] + DISAGREE[-2:], min_kappa=0.9).trust == Trust.NOT_TRUSTED


# -- labels in the database ---------------------------------------------------------------


def _rubric(slug="qa-scorecard"):
    rubric = Rubric(name=f"QA {slug}", slug=slug)
    rubric.save()
    return rubric


def _label(rubric, key, machine: int, human: int, *, user, scenario, maximum=1):
    """One reviewed grade's label for ``key``: categories as (applicable, score)."""
    grade = Grade.objects.create(user=user, scenario=scenario, rubric=rubric)

    def side(category):
        return {NOT_APPLICABLE: (False, 0), NOT_MET: (True, 0), MET: (True, maximum)}[category]

    (m_app, m_score), (h_app, h_score) = side(machine), side(human)
    return CriterionLabel.objects.create(
        grade=grade,
        rubric=rubric,
        rubric_slug=rubric.slug if rubric else "callwise-standard",
        criterion_key=key,
        criterion_label=key.replace("-", " ").capitalize(),
        machine_score=m_score,
        machine_applicable=m_app,
        human_score=h_score,
        human_applicable=h_app,
        max=maximum,
    )


@pytest.fixture
def scenario(db):
    return make_scenario()


def _labels(rubric, key, pairs, agent, scenario):
    for m, h in pairs:
        _label(rubric, key, m, h, user=agent, scenario=scenario)


def test_untrusted_criteria_are_found_per_rubric_in_one_query(agent, scenario):
    qa, other = _rubric(), _rubric("other")
    _labels(qa, "acknowledge-feelings", DISAGREE, agent, scenario)
    _labels(qa, "greeting", AGREE, agent, scenario)
    _labels(other, "acknowledge-feelings", AGREE, agent, scenario)
    _labels(None, "closing", DISAGREE, agent, scenario)
    with CaptureQueriesContext(connection) as ctx:
        untrusted = untrusted_criteria()
    tables = [q["sql"] for q in ctx.captured_queries if "courses_contentversion" not in q["sql"]]
    assert len(tables) == 1  # the content token aside: one grouped query
    assert untrusted == {qa.pk: {"acknowledge-feelings"}, None: {"closing"}}
    with CaptureQueriesContext(connection) as ctx:
        assert untrusted_criteria() == untrusted  # cached: only the token is read
    assert all("courses_contentversion" in q["sql"] for q in ctx.captured_queries)
    _labels(qa, "greeting", DISAGREE, agent, scenario)  # new labels are seen at once
    assert untrusted_criteria() == {
        qa.pk: {"acknowledge-feelings", "greeting"},
        None: {"closing"},
    }


def test_the_settings_move_the_line(agent, scenario, settings):
    qa = _rubric()
    _labels(qa, "acknowledge-feelings", DISAGREE, agent, scenario)
    settings.CALIBRATION_MIN_LABELS = 11
    assert untrusted_criteria() == {}
    settings.CALIBRATION_MIN_LABELS = 10
    settings.CALIBRATION_MIN_KAPPA = -0.1
    assert untrusted_criteria() == {}
    settings.CALIBRATION_MIN_KAPPA = 0.6
    assert untrusted_criteria() == {qa.pk: {"acknowledge-feelings"}}


def test_a_criterion_recovers_when_later_labels_agree(agent, scenario):
    qa = _rubric()
    _labels(qa, "acknowledge-feelings", DISAGREE, agent, scenario)
    assert untrusted_criteria() == {qa.pk: {"acknowledge-feelings"}}
    recovery = [(NOT_MET, NOT_MET)] * 20 + [(MET, MET)] * 20
    _labels(qa, "acknowledge-feelings", recovery, agent, scenario)
    assert untrusted_criteria() == {}


def test_a_rubrics_calibration_lists_every_criterion_with_its_agreement(agent, late_order):
    rubric = Rubric.objects.get(slug="late-order")
    keys = [c.key for c in rubric.to_data().criteria]
    _labels(rubric, keys[0], DISAGREE, agent, late_order)
    _labels(rubric, keys[1], AGREE[:4], agent, late_order)
    _labels(rubric, "a-removed-criterion", AGREE, agent, late_order)
    calibration = rubric_calibration(rubric)
    by_key = {c.key: c for c in calibration.criteria}
    assert list(by_key)[: len(keys)] == keys and "a-removed-criterion" in by_key
    assert by_key[keys[0]].trust == Trust.NOT_TRUSTED and by_key[keys[0]].labels == 10
    assert by_key[keys[1]].trust == Trust.COLLECTING and by_key[keys[1]].labels == 4
    assert by_key[keys[2]].labels == 0 and by_key[keys[2]].kappa is None
    assert [c.key for c in calibration.not_trusted] == [keys[0]]
    assert by_key["a-removed-criterion"].label == "A removed criterion"


# -- certification --------------------------------------------------------------------------


def _graded(agent, scenario, rubric, *, score, critical_fail=False):
    """grade_call's grade (a lost 'acknowledge-feelings', and a critical criterion when it
    fails), with a full-marks greeting and the rubric it was graded with."""
    grade = grade_call(agent, scenario, score=score, critical_fail=critical_fail)
    CriterionScore.objects.create(
        grade=grade, position=5, key="greeting", label="Greeting", score=1, max=1
    )
    Grade.objects.filter(pk=grade.pk).update(rubric=rubric, pass_mark=70)
    return Grade.objects.get(pk=grade.pk)


def test_certifiable_totals_drop_only_the_untrusted_criteria(agent, scenario):
    grade = _graded(agent, scenario, _rubric(), score=40, critical_fail=True)
    grade = Grade.objects.prefetch_related("criterion_scores").get(pk=grade.pk)
    assert certifiable_totals(grade, frozenset({"unrelated"})).score == 40  # stored, unchanged
    dropped = certifiable_totals(grade, frozenset({"no-forbidden-promise"}))
    assert dropped.critical_fail is False and dropped.score == 50  # greeting of the two left
    only = certifiable_totals(grade, {"no-forbidden-promise", "acknowledge-feelings"})
    assert (only.score, only.passed, only.critical_fail) == (100, True, False)
    grade.refresh_from_db()
    assert grade.score == 40 and grade.critical_fail  # the stored grade is never changed


def test_certification_ignores_an_untrusted_criterion_until_it_recovers(agent, scenario):
    qa = _rubric()
    _graded(agent, scenario, qa, score=60)  # 60: acknowledge-feelings 0/2 lost it
    call = Requirement(RequirementKind.SCENARIO_GRADED, (scenario.pk,), min_score=70)
    assert not program_evaluate([call], learner_record_for(agent)).met

    _labels(qa, "acknowledge-feelings", DISAGREE, agent, scenario)
    record = learner_record_for(agent)
    assert record.best_clean_scores[scenario.pk] == 100  # only the greeting is left
    assert program_evaluate([call], record).met

    recovery = [(NOT_MET, NOT_MET)] * 20 + [(MET, MET)] * 20
    _labels(qa, "acknowledge-feelings", recovery, agent, scenario)
    assert not program_evaluate([call], learner_record_for(agent)).met


def test_a_critical_fail_on_an_untrusted_criterion_no_longer_blocks_certification(agent, scenario):
    qa = _rubric()
    _graded(agent, scenario, qa, score=90, critical_fail=True)
    assert scenario.pk not in learner_record_for(agent).best_clean_scores
    _labels(qa, "no-forbidden-promise", DISAGREE, agent, scenario)
    assert learner_record_for(agent).best_clean_scores[scenario.pk] == 100


def test_other_rubrics_grades_are_read_as_stored(agent, scenario):
    qa, other = _rubric(), _rubric("other")
    _graded(agent, scenario, other, score=60)
    _labels(qa, "acknowledge-feelings", DISAGREE, agent, scenario)
    assert learner_record_for(agent).best_clean_scores[scenario.pk] == 60


def test_the_record_takes_a_constant_number_of_queries_however_many_grades(agent, scenario):
    qa = _rubric()
    _labels(qa, "acknowledge-feelings", DISAGREE, agent, scenario)

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            learner_record_for(agent)
        return len(ctx.captured_queries)

    for _ in range(2):
        _graded(agent, scenario, qa, score=50)
        _graded(agent, make_scenario(), None, score=80)
    few = queries()
    for _ in range(20):
        _graded(agent, scenario, qa, score=50)
        _graded(agent, make_scenario(), None, score=80)
    assert queries() == few


def test_thresholds_out_of_range_fail_the_system_check(settings):
    from assessments.checks import calibration_configured

    assert calibration_configured() == []
    settings.CALIBRATION_MIN_KAPPA = 1.5
    settings.CALIBRATION_MIN_LABELS = 0
    assert [e.id for e in calibration_configured()] == ["assessments.E002", "assessments.E003"]
