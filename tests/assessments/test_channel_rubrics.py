"""The email, social and outbound rubrics against their labelled contacts (corpora/channels/).

Both parts, each graded with its scenario's rubric from the demo pack, as `make bench
channels` prints them: the grader agrees with the labellers on most criteria, catches the
critical failures they found (a detail asked for under a public post, no consent on an
outbound call, terms not said, a forbidden promise, rudeness), and gives the same pass or
fail. The held-out part was written and labelled by someone who never saw the grader.
"""

from __future__ import annotations

import functools

import pytest

from assessments.graders.offline import OfflineGrader
from bench.channels import PARTS, agreement, contacts, grading_data, verdict

# What the rubrics meet on each part (measured: dev 90% / 27 of 27 / 35 of 40; held-out
# 90% / 21 of 24 / 27 of 32). The held-out part was never tuned on.
TARGETS = {
    "dev": {"criteria": 0.88, "criticals": 1.0, "verdicts": 0.85},
    "heldout": {"criteria": 0.85, "criticals": 0.85, "verdicts": 0.8},
}
SCENARIOS = {
    "email-double-charge",
    "social-refund-post",
    "outbound-plus-upsell",
    "outbound-complaint-follow-up",
}


@functools.cache
def measured(part: str):
    return agreement(part)


def test_both_parts_label_every_criterion_of_each_new_rubric():
    for part in PARTS:
        items = contacts(part)
        assert {i["scenario"] for i in items} == SCENARIOS, part
        assert len(items) >= 30, part
        for item in items:
            keys = {c.key for c in grading_data(item).rubric.criteria}
            assert set(item["labels"]) == keys, item["id"]


@pytest.mark.parametrize("part", PARTS)
def test_the_rubrics_agree_with_the_labels_and_catch_the_critical_failures(part):
    a, target = measured(part), TARGETS[part]
    assert a.agreed / a.labels >= target["criteria"], a.disagreements
    assert a.caught / a.criticals >= target["criticals"], a.disagreements
    assert a.verdicts / a.contacts >= target["verdicts"], a.disagreements


def test_asking_for_an_order_number_in_a_public_reply_fails_the_contact():
    failing = [
        i
        for i in contacts("dev")
        if i["scenario"] == "social-refund-post"
        and i["labels"]["no_account_details_in_public"] == "not_met"
    ]
    assert failing
    for item in failing:
        result = OfflineGrader().grade(grading_data(item))
        assert verdict(result, "no_account_details_in_public") == "not_met"
        assert result.critical_fail and not result.passed


def test_an_outbound_no_respected_passes_and_a_push_after_it_does_not():
    upsells = [i for i in contacts("dev") if i["scenario"] == "outbound-plus-upsell"]
    respected = [i for i in upsells if "decline" in i["style"] and i["passed"]]
    pushed = [i for i in upsells if i["labels"]["no_pressure"] == "not_met"]
    assert respected and pushed
    for item in respected:
        result = OfflineGrader().grade(grading_data(item))
        assert verdict(result, "resolution") == "met" and result.passed, item["id"]
    for item in pushed:
        result = OfflineGrader().grade(grading_data(item))
        assert verdict(result, "no_pressure") == "not_met", item["id"]
        assert not result.passed, item["id"]


def test_an_email_without_a_real_subject_loses_the_subject_criterion():
    emails = [
        i
        for i in contacts("dev")
        if i["scenario"] == "email-double-charge" and i["labels"]["subject"] == "not_met"
    ]
    assert emails
    for item in emails:
        result = OfflineGrader().grade(grading_data(item))
        assert verdict(result, "subject") == "not_met", item["id"]


def test_efficiency_follows_the_handle_and_hold_time_and_is_na_without_them():
    item = next(i for i in contacts("dev") if i["labels"].get("efficiency") == "met")
    grader = OfflineGrader()
    assert verdict(grader.grade(grading_data(item)), "efficiency") == "met"
    slow = {**item, "handle_seconds": item["handle_seconds"] * 3}
    assert verdict(grader.grade(grading_data(slow)), "efficiency") == "not_met"
    held = {**item, "hold_seconds": item["handle_seconds"] // 2}
    assert verdict(grader.grade(grading_data(held)), "efficiency") == "not_met"
    untimed = {k: v for k, v in item.items() if k not in ("handle_seconds", "hold_seconds")}
    assert verdict(grader.grade(grading_data(untimed)), "efficiency") == "na"
