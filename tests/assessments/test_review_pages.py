"""The pages of disputes, the review queue, a grade's review, calibration and a trial's
grading preview: who gets what on each URL, bad input, and what each page shows."""

import pytest
from django.urls import reverse

from accounts.roles import Role
from assessments.models import CriterionLabel, Grade, GradeDispute, GradeReview, Rubric
from assessments.services import criterion_override, grade_dispute_open, grade_review_complete
from tests.factories import TeamFactory, UserFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "new_hire", "agent", "trainer", "manager", "other_manager", "admin"]

# (method, url): statuses for anonymous, new hire, agent (whose call it is), trainer, the
# agent's manager, another team's manager, admin. {session}/{grade}/{criterion}: the
# agent's flagged call; {rubric}: its rubric; {trial}: the trainer's finished trial call.
TABLE = {
    ("get", "/assessments/review/"): [302, 403, 403, 200, 200, 200, 200],
    ("get", "/assessments/review/{grade}/"): [302, 404, 403, 200, 200, 404, 200],
    ("post", "/assessments/review/{grade}/complete/"): [302, 404, 403, 302, 302, 404, 302],
    ("get", "/assessments/review/{grade}/complete/"): [302, 405, 405, 405, 405, 405, 405],
    ("post", "/assessments/review/{grade}/criteria/{criterion}/override/"): [
        *(302, 404, 403, 302, 302, 404, 302)
    ],
    ("post", "/assessments/calls/{session}/dispute/"): [302, 404, 302, 403, 403, 404, 403],
    ("get", "/assessments/calls/{session}/dispute/"): [302, 405, 405, 405, 405, 405, 405],
    ("get", "/assessments/rubrics/{rubric}/calibration/"): [302, 403, 403, 200, 403, 403, 200],
    ("get", "/assessments/trials/{trial}/grade/"): [302, 404, 404, 200, 404, 404, 404],
}


def _trial(user, scenario, transcript):
    """A finished trial call (never graded), as a trainer's Try it leaves it."""
    from simulations import services
    from simulations.models import SimulationSession
    from tests.assessments.factories import ended_session

    session = ended_session(user, scenario, transcript, grade=False)
    SimulationSession.objects.filter(pk=session.pk).update(
        is_trial=True, scenario_revision=scenario.latest_revision
    )
    session.refresh_from_db()
    services.session_end(session=session, outcome="resolved")
    session.refresh_from_db()
    return session


@pytest.fixture
def people(role_users, other_manager, other_agent):
    TeamFactory(name="Team Borealis", slug="borealis", managers=[other_manager])
    return {**role_users, "other_manager": other_manager}


@pytest.fixture
def flagged(graded_session):
    grade = graded_session.grade
    Grade.objects.filter(pk=grade.pk).update(
        needs_review=True,
        flags=[{"code": "graders_disagree", "message": "The graders differ by 20 points."}],
    )
    grade.refresh_from_db()
    return grade


@pytest.fixture
def objects(people, flagged, trainer, late_order, golden):
    criterion = flagged.criterion_scores.filter(applicable=True, score__gt=0).first()
    return {
        "session": flagged.session_id,
        "grade": flagged.pk,
        "criterion": criterion.pk,
        "rubric": flagged.rubric_id,
        "trial": _trial(trainer, late_order, golden["01_late_order_good"]).pk,
    }


def _reset(objects, score):
    """Each role meets the same state: the grade waiting, the criterion as graded."""
    from assessments.models import CriterionScore

    Grade.objects.filter(pk=objects["grade"]).update(needs_review=True)
    CriterionScore.objects.filter(pk=objects["criterion"]).update(score=score)
    GradeDispute.objects.all().delete()


def _request(client, method, url, objects):
    if method == "get":
        return client.get(url)
    if url.endswith("/override/"):
        key = f"c{objects['criterion']}"
        return client.post(url, {f"{key}-score": 0, f"{key}-reason": "Checked the recording"})
    if url.endswith("/dispute/"):
        return client.post(url, {"comment": "I verified the customer in turn 4."})
    return client.post(url, {"reason": ""})


@pytest.mark.parametrize(("method", "template"), TABLE, ids=[f"{m} {u}" for m, u in TABLE])
def test_each_role_gets_the_expected_status(client_for, people, objects, method, template):
    from assessments.models import CriterionScore

    url = template.format(**objects)
    score = CriterionScore.objects.get(pk=objects["criterion"]).score
    got = {}
    for role in ROLES:
        _reset(objects, score)
        got[role] = _request(client_for(people[role]), method, url, objects).status_code
    assert got == dict(zip(ROLES, TABLE[(method, template)], strict=True))


def test_the_urls_have_their_names(objects):
    assert reverse("assessments:review_queue") == "/assessments/review/"
    assert reverse("assessments:review_grade", args=[1]) == "/assessments/review/1/"
    assert reverse("assessments:rubric_calibration", args=[2]) == (
        "/assessments/rubrics/2/calibration/"
    )
    assert reverse("assessments:trial_grade", args=[3]) == "/assessments/trials/3/grade/"


def test_the_review_queue_is_in_the_navigation_of_those_who_review(client_for, people):
    for role in ROLES[1:]:
        html = client_for(people[role]).get("/").content.decode()
        shown = 'href="/assessments/review/"' in html
        assert shown == (role in {"trainer", "manager", "other_manager", "admin"}), role


# -- disputes ---------------------------------------------------------------------------------


def test_the_agent_disputes_from_the_grade_page_and_sees_it_pending(
    client_for, agent, graded_session
):
    client = client_for(agent)
    page = client.get(f"/assessments/calls/{graded_session.pk}/grade/").content.decode()
    assert "Dispute this grade" in page
    response = client.post(
        f"/assessments/calls/{graded_session.pk}/dispute/",
        {"comment": "The greeting was there."},
        follow=True,
    )
    html = response.content.decode()
    assert "Your dispute is sent" in html and "Dispute pending" in html
    assert "The greeting was there." in html and "Dispute this grade" not in html


@pytest.mark.parametrize("comment", ["", "   ", "y" * 1001])
def test_a_bad_dispute_is_refused_and_keeps_what_was_typed(
    client_for, agent, graded_session, comment
):
    response = client_for(agent).post(
        f"/assessments/calls/{graded_session.pk}/dispute/", {"comment": comment}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="field__error"' in html
    if comment.strip():
        assert comment in html  # the comment stays in the form
    assert not GradeDispute.objects.exists()


def test_a_second_dispute_while_one_is_open_says_so(client_for, agent, graded_session):
    grade_dispute_open(grade=graded_session.grade, by=agent, comment="First.")
    response = client_for(agent).post(
        f"/assessments/calls/{graded_session.pk}/dispute/", {"comment": "Second."}
    )
    assert response.status_code == 400
    assert "already disputed" in response.content.decode()
    assert GradeDispute.objects.count() == 1


def test_after_the_review_the_agent_reads_the_outcome_and_the_note(
    client_for, agent, trainer, graded_session
):
    grade = graded_session.grade
    grade_dispute_open(grade=grade, by=agent, comment="I offered the reship.")
    criterion = grade.criterion_scores.filter(applicable=True, score__gt=0).first()
    criterion_override(criterion=criterion, by=trainer, score=0, reason="Not in the call.")
    grade_review_complete(grade=grade, by=trainer, reason="Checked every turn.")
    grade.refresh_from_db()
    html = client_for(agent).get(f"/assessments/calls/{graded_session.pk}/grade/").content.decode()
    assert "Dispute answered" in html and "Checked every turn." in html
    assert "The grade was changed from" in html and "I offered the reship." in html
    assert "Reviewed by" in html


# -- the queue and the review page ----------------------------------------------------------


def test_the_queue_lists_the_grade_with_its_reason_in_words_and_filters(
    client_for, trainer, agent, flagged
):
    grade_dispute_open(grade=flagged, by=agent, comment="Please look at turn 6.")
    client = client_for(trainer)
    html = client.get("/assessments/review/").content.decode()
    assert "The graders disagree" in html and "Disputed by the agent" in html
    assert "Please look at turn 6." in html
    assert f'href="/assessments/review/{flagged.pk}/"' in html
    assert flagged.scenario.title in html and "Arjun" in html
    filtered = client.get("/assessments/review/?reason=prompt_injection").content.decode()
    assert f'data-grade="{flagged.pk}"' not in filtered
    assert "No grade waits for this reason." in filtered
    assert f'href="/assessments/rubrics/{flagged.rubric_id}/calibration/"' in html


def test_a_manager_sees_no_calibration_links(client_for, manager, team, flagged):
    html = client_for(manager).get("/assessments/review/").content.decode()
    assert f'data-grade="{flagged.pk}"' in html and "Calibration by rubric" not in html


def test_the_review_page_shows_criteria_evidence_flags_and_the_dispute(
    client_for, trainer, agent, flagged
):
    grade_dispute_open(grade=flagged, by=agent, comment="The close was polite.")
    html = client_for(trainer).get(f"/assessments/review/{flagged.pk}/").content.decode()
    assert "The close was polite." in html
    assert "The graders disagree" in html and "The graders differ by 20 points." in html
    assert "<mark" in html and 'id="turn-2"' in html
    for c in flagged.criterion_scores.all():
        assert f'id="criterion-{c.key}"' in html
    assert "Accept the grade as it stands" in html


def test_a_bad_override_on_the_review_page_keeps_the_reason(client_for, trainer, flagged):
    criterion = flagged.criterion_scores.filter(applicable=True).first()
    key = f"c{criterion.pk}"
    response = client_for(trainer).post(
        f"/assessments/review/{flagged.pk}/criteria/{criterion.pk}/override/",
        {f"{key}-score": criterion.max + 5, f"{key}-reason": "Kept reason text"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kept reason text" in html and 'class="field__error"' in html
    assert not flagged.overrides.exists()


def test_an_override_without_a_reason_is_refused_on_the_review_page(client_for, trainer, flagged):
    criterion = flagged.criterion_scores.filter(applicable=True).first()
    key = f"c{criterion.pk}"
    response = client_for(trainer).post(
        f"/assessments/review/{flagged.pk}/criteria/{criterion.pk}/override/",
        {f"{key}-score": 0, f"{key}-reason": "   "},
    )
    assert response.status_code == 400 and not flagged.overrides.exists()


def test_a_trainer_overrides_then_completes_and_the_grade_leaves_the_queue(
    client_for, trainer, flagged
):
    client = client_for(trainer)
    criterion = flagged.criterion_scores.filter(applicable=True, score__gt=0).first()
    key = f"c{criterion.pk}"
    response = client.post(
        f"/assessments/review/{flagged.pk}/criteria/{criterion.pk}/override/",
        {f"{key}-score": 0, f"{key}-applicable": "on", f"{key}-reason": "Missed in turn 3."},
    )
    assert response.status_code == 302
    assert response["Location"].endswith(
        f"/assessments/review/{flagged.pk}/#criterion-{criterion.key}"
    )
    page = client.get(f"/assessments/review/{flagged.pk}/").content.decode()
    assert "1 score changed in this review" in page and "Complete the review" in page
    response = client.post(f"/assessments/review/{flagged.pk}/complete/", {"reason": "Done."})
    assert response.status_code == 302 and response["Location"] == "/assessments/review/"
    review = GradeReview.objects.get()
    assert review.decision == "changed" and review.by == trainer
    assert CriterionLabel.objects.filter(grade=flagged).count() == flagged.criterion_scores.count()
    queue = client.get("/assessments/review/").content.decode()
    assert f'data-grade="{flagged.pk}"' not in queue and "Nothing waits for review" in queue


def test_completing_twice_explains_instead_of_failing(client_for, trainer, flagged):
    client = client_for(trainer)
    client.post(f"/assessments/review/{flagged.pk}/complete/", {"reason": ""})
    response = client.post(f"/assessments/review/{flagged.pk}/complete/", {"reason": "again"})
    assert response.status_code == 400
    assert "not waiting for a review" in response.content.decode()
    assert GradeReview.objects.count() == 1


# -- calibration ---------------------------------------------------------------------------


def test_the_calibration_page_lists_each_criterion_with_kappa_and_trust(
    client_for, trainer, agent, flagged
):
    rubric = flagged.rubric
    key = rubric.to_data().criteria[0].key
    for _ in range(10):
        grade = Grade.objects.create(user=agent, scenario=flagged.scenario, rubric=rubric)
        CriterionLabel.objects.create(
            grade=grade,
            rubric=rubric,
            rubric_slug=rubric.slug,
            criterion_key=key,
            machine_score=1,
            human_score=0 if grade.pk % 2 else 1,
            max=1,
        )
    html = (
        client_for(trainer).get(f"/assessments/rubrics/{rubric.pk}/calibration/").content.decode()
    )
    assert f'data-criterion="{key}" data-trust="not_trusted"' in html
    assert "Not trusted for certification" in html
    assert "Too few labels yet" in html  # the others


def test_the_rubric_editor_links_to_its_calibration(client_for, trainer, rubrics):
    rubric = Rubric.objects.get(slug="late-order")
    html = client_for(trainer).get(f"/cms/snippets/assessments/rubric/edit/{rubric.pk}/")
    assert f'href="/assessments/rubrics/{rubric.pk}/calibration/"' in html.content.decode()


# -- a trial's grading preview ----------------------------------------------------------------


def test_a_trainer_grades_a_finished_trial_without_storing_a_grade(
    client_for, trainer, late_order, golden
):
    trial = _trial(trainer, late_order, golden["02_late_order_date_promise"])
    client = client_for(trainer)
    end = client.get(f"/practice/calls/{trial.pk}/").content.decode()
    assert f'href="/assessments/trials/{trial.pk}/grade/"' in end and "Grade this trial" in end
    html = client.get(f"/assessments/trials/{trial.pk}/grade/").content.decode()
    assert "Trial — not counted" in html and "Critical fail" in html
    assert "<mark" in html and "Try:" in html
    assert not Grade.objects.filter(session=trial).exists()
    assert not Grade.objects.exists()


def test_a_trial_still_in_progress_sends_the_trainer_back_to_the_call(
    client_for, trainer, late_order
):
    from simulations import services

    session = services.session_start(user=trainer, scenario=late_order, is_trial=True)
    response = client_for(trainer).get(f"/assessments/trials/{session.pk}/grade/")
    assert response.status_code == 302 and response["Location"] == f"/practice/calls/{session.pk}/"


def test_a_trial_owner_who_no_longer_authors_gets_403_and_a_real_call_404(
    client_for, agent, graded_session, late_order, golden
):
    trial = _trial(agent, late_order, golden["01_late_order_good"])
    client = client_for(agent)
    assert client.get(f"/assessments/trials/{trial.pk}/grade/").status_code == 403
    assert client.get(f"/assessments/trials/{graded_session.pk}/grade/").status_code == 404


def test_an_admin_grades_their_own_trial(client_for, late_order, golden, roles):
    admin = UserFactory(username="ada2", roles=[Role.ADMIN])
    trial = _trial(admin, late_order, golden["01_late_order_good"])
    assert client_for(admin).get(f"/assessments/trials/{trial.pk}/grade/").status_code == 200


def test_disputes_and_reviews_appear_in_wagtails_site_history(
    client_for, admin_user, agent, trainer, graded_session
):
    grade = graded_session.grade
    grade_dispute_open(grade=grade, by=agent, comment="Turn 4 was fine.")
    grade_review_complete(grade=grade, by=trainer, reason="Agreed with the grader.")
    html = client_for(admin_user).get("/cms/reports/site-history/").content.decode()
    assert "Disputed the grade: Turn 4 was fine." in html
    assert "Reviewed the grade and accepted it at" in html and "Agreed with the grader." in html
