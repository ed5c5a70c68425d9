"""Every page renders for the people allowed to see it, with the content that matters."""

import pytest
from django.urls import reverse

from certification import services
from certification.models import Assignment

from .factories import grade_call, make_program, make_quiz, make_rule, make_scenario, pass_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(team, agent, manager, trainer):
    scenario = make_scenario("Late order, angry customer")
    program = make_program(
        requirements=[("scenario_graded", {"scenario": scenario, "min_score": 70})]
    )
    make_rule("skill_below", threshold=70, last_n=2)
    for score in (40, 50):
        grade = grade_call(agent, scenario, score=score)
    services.needs_evaluate_for_user(agent, grade=grade)
    quiz = make_quiz()
    pass_quiz(agent, quiz, score=50, passed=False)
    return {"scenario": scenario, "program": program, "quiz": quiz}


def test_home_pages_render_for_every_role(client_for, role_users, world):
    for role, user in role_users.items():
        if user is None:
            continue
        response = client_for(user).get("/")
        assert response.status_code == 200, role


def test_the_manager_sees_the_team_with_the_need_and_its_evidence(client_for, manager, team, world):
    response = client_for(manager).get(reverse("certification:team", args=[team.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Empathy averages 45" in html
    assert "Calm down, it&#x27;s not my fault." in html


def test_the_person_page_links_transcripts_and_grades(client_for, manager, agent, world):
    response = client_for(manager).get(reverse("certification:person", args=[agent.pk]))
    assert response.status_code == 200
    session = agent.simulation_sessions.first()
    html = response.content.decode()
    assert reverse("simulations:review", args=[session.pk]) in html
    assert reverse("assessments:session_grade", args=[session.pk]) in html


def test_the_analytics_page_renders(client_for, trainer, world):
    response = client_for(trainer).get(reverse("certification:analytics"))
    assert response.status_code == 200
    assert "Late order, angry customer" in response.content.decode()


def test_the_learner_sees_assignments_first(client_for, agent, manager, world):
    from datetime import timedelta

    from django.utils import timezone

    services.assignment_create(
        assigned_by=manager,
        assignee=agent,
        target=world["scenario"],
        due_at=timezone.now() + timedelta(days=5),
        note="Try the apology first.",
    )
    html = client_for(agent).get("/").content.decode()
    assert "Your assignments" in html
    assert reverse("simulations:briefing", args=[world["scenario"].slug]) in html
    assert html.index("Your assignments") < html.index("Certification")
    assert Assignment.objects.count() == 1


def test_a_program_preview_lists_its_requirements(rf, trainer, world):
    program = world["program"]
    request = rf.get("/")
    request.user = trainer
    response = program.serve_preview(request, program.default_preview_mode)
    html = response.render().content.decode()
    assert "Late order, angry customer" in html
    assert "Valid for 12 months" in html


def test_bulk_assign_from_the_team_table(client_for, manager, agent, new_hire, team, world):
    from datetime import timedelta

    from django.utils import timezone

    client = client_for(manager)
    url = reverse("certification:team_assign", args=[team.slug])
    page = client.get(url, {"people": [agent.pk, new_hire.pk]})
    assert page.context["form"].initial["people"] == [str(agent.pk), str(new_hire.pk)]
    due = (timezone.localdate() + timedelta(days=4)).isoformat()
    target = f"scenario:{world['scenario'].pk}"
    response = client.post(
        url, {"target": target, "due_on": due, "people": [agent.pk, new_hire.pk], "note": "Hi"}
    )
    assert response.status_code == 302
    assert set(Assignment.objects.values_list("assignee__username", flat=True)) == {
        "agent",
        "newhire",
    }
    # The whole team, again: nothing is duplicated.
    client.post(url, {"target": target, "due_on": due, "whole_team": "on"})
    assert Assignment.objects.count() == 2


def test_assign_form_rejects_a_past_date_and_no_people(client_for, manager, team, world):
    client = client_for(manager)
    url = reverse("certification:team_assign", args=[team.slug])
    response = client.post(
        url, {"target": f"scenario:{world['scenario'].pk}", "due_on": "2001-01-01"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "cannot be in the past" in html
    assert "at least one person" in html


def test_trainer_issues_and_revokes_by_hand_with_reasons(client_for, trainer, agent, world):
    from certification.models import Certificate

    client = client_for(trainer)
    response = client.post(
        reverse("certification:certificate_issue"),
        {"holder": agent.pk, "program": world["program"].pk, "reason": "Paper records"},
    )
    certificate = Certificate.objects.get(holder=agent)
    assert response["Location"] == reverse("certification:certificate", args=[certificate.pk])
    assert certificate.issued_by == trainer
    client.post(
        reverse("certification:certificate_revoke", args=[certificate.pk]), {"reason": "Error"}
    )
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.revoked_reason == "Error"
    page = client.get(certificate.get_verify_url())
    assert "revoked" in page.content.decode()


def test_the_evaluate_task_and_command_issue_certificates(agent, world, capsys):
    from django.core.management import call_command

    from certification.tasks import certificates_evaluate_task

    grade_call(agent, world["scenario"], score=90)
    result = certificates_evaluate_task.enqueue(agent.pk)
    assert result.return_value == 1
    call_command("evaluate_certifications")
    assert "issued=0" in capsys.readouterr().out
