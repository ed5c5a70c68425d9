"""The team dashboard, the home panels and the CSV exports run a constant number of queries
whatever the team size (5 or 50 members)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.roles import Role
from certification import services
from tests.factories import TeamFactory, UserFactory

from .factories import grade_call, make_program, make_rule, make_scenario

pytestmark = pytest.mark.django_db


def _team(size: int, manager, trainer):
    scenario = make_scenario()
    program = make_program()
    make_rule("critical_fail")
    members = [UserFactory(roles=[Role.AGENT]) for _ in range(size)]
    team = TeamFactory(managers=[manager], members=members)
    now = timezone.now()
    for i, person in enumerate(members):
        grade = grade_call(person, scenario, score=40 + i % 50, critical_fail=i % 3 == 0)
        services.needs_evaluate_for_user(person, grade=grade)
        if i % 2:
            services.certificate_issue(
                holder=person,
                program=program,
                issued_by=trainer,
                reason="x",
                now=now - timedelta(days=300 if i % 4 == 1 else 10),
            )
        services.assignment_create(
            assigned_by=manager, assignee=person, target=scenario, due_at=now + timedelta(days=2)
        )
    return team


def _queries(django_assert_max_num_queries, client, url, limit):
    client.get(url)  # content the page caches (skills, the onboarding lessons) is read once
    with django_assert_max_num_queries(limit) as ctx:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        "/certification/teams/{slug}/",
        "/certification/teams/{slug}/?sort=expiry&dir=desc&cert=certified",
        "/certification/teams/{slug}/export/team.csv",
        "/certification/teams/{slug}/export/grades.csv",
        "/",
    ],
)
def test_constant_queries_for_5_or_50_members(
    client_for, manager, trainer, django_assert_max_num_queries, url
):
    small = _team(5, manager, trainer)
    client = client_for(manager)
    few = _queries(django_assert_max_num_queries, client, url.format(slug=small.slug), 60)
    big = _team(50, manager, trainer)
    many = _queries(django_assert_max_num_queries, client, url.format(slug=big.slug), few)
    assert many <= few


def test_the_dashboard_stays_under_a_fixed_budget(
    client_for, manager, trainer, django_assert_max_num_queries
):
    team = _team(30, manager, trainer)
    _queries(
        django_assert_max_num_queries, client_for(manager), f"/certification/teams/{team.slug}/", 30
    )
