"""A call whose grading failed at first: the agent is told it is being graded, and the
grade appears by itself once the queue (here ``grade_pending``, as cron runs it) grades it.
An admin sees the failure in the grading queue meanwhile."""

import pytest
from django.core.management import call_command
from django.db import OperationalError
from playwright.sync_api import expect

from accounts.roles import Role
from assessments.services import grading_queue
from simulations import services
from tests.assessments.factories import demo_rubrics, scenario
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def call_graded_late(roles, monkeypatch):
    agent = UserFactory(username="ana", first_name="Ana", roles=[Role.AGENT])
    UserFactory(username="ada", first_name="Ada", roles=[Role.ADMIN])
    late_order = scenario("late-order-angry")
    demo_rubrics()
    original = grading_queue.session_grade

    def locked(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(grading_queue, "session_grade", locked)
    session = services.session_start(user=agent, scenario=late_order, seed=3, engine="offline")
    services.session_record_agent_turn(
        session=session, text="Good morning, I'm so sorry your order is late."
    )
    services.session_customer_reply(session=session)
    services.session_finish_by_agent(session=session, resolved=False)
    monkeypatch.setattr(grading_queue, "session_grade", original)
    return session


def test_the_agent_sees_being_graded_then_the_grade_lands(
    page, sign_in, screenshot, call_graded_late
):
    sign_in("ada")
    page.goto("/cms/grading_queue/")
    expect(page.get_by_text("database is locked")).to_be_visible()
    screenshot("grading-queue-admin")
    page.context.clear_cookies()

    sign_in("ana")
    page.goto(f"/assessments/calls/{call_graded_late.pk}/grade/")
    expect(page.get_by_role("status")).to_contain_text("Your call is being graded")
    screenshot("grade-being-graded")
    call_command("grade_pending")
    # The page refreshes itself every few seconds while the grade is still to come.
    expect(page.locator(".scorering__value")).to_be_visible(timeout=10_000)
    screenshot("grade-landed")
