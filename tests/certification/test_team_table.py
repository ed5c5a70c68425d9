"""The manager's team table: what each member's numbers are, how the table sorts, filters
and pages, the KPIs above it, and the CSV export, which lists the same people in the same
order as the table."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.roles import Role
from certification import services
from certification.models import Assignment, Certificate, NeedStatus, RetrainingNeed
from certification.selectors.exports import team_rows
from certification.selectors.members import TableParams
from certification.selectors.team import team_dashboard
from courses.models import LessonProgress
from tests.courses.factories import lessons_of, make_course, make_path
from tests.factories import TeamFactory, UserFactory

from .factories import make_program, make_scenario

pytestmark = pytest.mark.django_db


def _certificate(holder, program, trainer, *, expires_in_days: int, window_days: int = 30):
    certificate = services.certificate_issue(
        holder=holder, program=program, issued_by=trainer, reason="x"
    )
    now = timezone.now()
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=now + timedelta(days=expires_in_days),
        window_starts_at=now + timedelta(days=expires_in_days - window_days),
    )


def _needs(person, count: int):
    for i in range(count):
        RetrainingNeed.objects.create(
            user=person, key=f"need-{i}", reason=f"Reason {i}", status=NeedStatus.OPEN
        )


def _overdue(manager, person, scenarios):
    for scenario in scenarios:
        assignment = services.assignment_create(
            assigned_by=manager,
            assignee=person,
            target=scenario,
            due_at=timezone.now() + timedelta(days=2),
        )
        Assignment.objects.filter(pk=assignment.pk).update(
            due_at=timezone.now() - timedelta(days=1)
        )


@pytest.fixture
def table(manager, trainer):
    """Five members with distinct numbers, and one inactive member who is never listed."""
    course = make_course("Onboarding basics", lessons=2)
    make_path([course])
    lessons = lessons_of(course)
    program = make_program()
    scenarios = [make_scenario(f"Scenario {i}") for i in range(2)]
    people = {
        "ann": UserFactory(username="ann", first_name="Ann", last_name="Bell", roles=[Role.AGENT]),
        "bob": UserFactory(
            username="bob", first_name="Bob", last_name="Cole", roles=[Role.NEW_HIRE]
        ),
        "cat": UserFactory(username="cat", first_name="Cat", last_name="Dunn", roles=[Role.AGENT]),
        "dan": UserFactory(
            username="dan", first_name="Dan", last_name="Eden", roles=[Role.NEW_HIRE]
        ),
        "eve": UserFactory(username="eve", first_name="Eve", last_name="Ford", roles=[Role.AGENT]),
    }
    gone = UserFactory(username="gone", first_name="Gone", roles=[Role.AGENT], is_active=False)
    team = TeamFactory(managers=[manager], members=[*people.values(), gone])
    now = timezone.now()
    for name, done in (("ann", 2), ("bob", 1), ("dan", 2)):
        for lesson in lessons[:done]:
            LessonProgress.objects.create(user=people[name], lesson=lesson, completed_at=now)
    _certificate(people["ann"], program, trainer, expires_in_days=200)  # certified
    _certificate(people["cat"], program, trainer, expires_in_days=10)  # expiring
    _certificate(people["eve"], program, trainer, expires_in_days=-5)  # expired
    _needs(people["bob"], 2)
    _needs(people["cat"], 1)
    _overdue(manager, people["dan"], scenarios)
    _overdue(manager, people["eve"], scenarios[:1])
    return team


def _names(team, **params) -> list[str]:
    return [row.member.username for row in team_dashboard(team, TableParams(**params)).rows]


def test_each_member_row_has_their_numbers(table):
    rows = {row.member.username: row for row in team_dashboard(table, TableParams()).rows}
    assert set(rows) == {"ann", "bob", "cat", "dan", "eve"}
    assert [rows[n].onboarding_percent for n in ("ann", "bob", "cat", "dan")] == [100, 50, 0, 100]
    assert {n: rows[n].cert_state for n in rows} == {
        "ann": "certified",
        "bob": "none",
        "cat": "expiring",
        "dan": "none",
        "eve": "expired",
    }
    assert rows["ann"].certificate is not None and rows["bob"].certificate is None
    assert (rows["bob"].open_needs, rows["cat"].open_needs, rows["ann"].open_needs) == (2, 1, 0)
    assert (rows["dan"].overdue, rows["eve"].overdue, rows["ann"].overdue) == (2, 1, 0)
    assert rows["bob"].top_need.startswith("Reason")
    assert (rows["ann"].role, rows["bob"].role) == ("Agent", "New hire")


def test_the_kpis_count_everyone_whatever_the_filter(table):
    expected = {
        "members": 5,
        "certified": 2,
        "expiring": 1,
        "expired": 1,
        "onboarded": 2,
        "open_needs": 3,
        "overdue": 3,
    }
    for params in (TableParams(), TableParams(q="ann"), TableParams(cert="expired")):
        kpis = team_dashboard(table, params).kpis
        assert {k: kpis[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("sort", "desc", "expected"),
    [
        ("name", False, ["ann", "bob", "cat", "dan", "eve"]),
        ("name", True, ["eve", "dan", "cat", "bob", "ann"]),
        ("onboarding", False, ["cat", "eve", "bob", "ann", "dan"]),
        ("onboarding", True, ["dan", "ann", "bob", "eve", "cat"]),
        ("expiry", False, ["cat", "ann", "bob", "dan", "eve"]),
        ("expiry", True, ["ann", "cat", "eve", "dan", "bob"]),
        ("needs", True, ["bob", "cat", "eve", "dan", "ann"]),
        ("overdue", True, ["dan", "eve", "cat", "bob", "ann"]),
    ],
)
def test_the_table_sorts(table, sort, desc, expected):
    assert _names(table, sort=sort, desc=desc) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "co"}, ["bob"]),  # last name Cole
        ({"q": "EVE"}, ["eve"]),
        ({"cert": "certified"}, ["ann"]),
        ({"cert": "expiring"}, ["cat"]),
        ({"cert": "expired"}, ["eve"]),
        ({"cert": "none"}, ["bob", "dan"]),
        ({"attention": "needs"}, ["bob", "cat"]),
        ({"attention": "overdue"}, ["dan", "eve"]),
        ({"role": "new_hire"}, ["bob", "dan"]),
        ({"role": "agent", "attention": "needs"}, ["cat"]),
    ],
)
def test_the_table_filters(table, params, expected):
    assert _names(table, **params) == expected


def test_the_table_pages_and_counts_what_it_lists(table):
    first = team_dashboard(table, TableParams(), page_size=2)
    last = team_dashboard(table, TableParams(page=3), page_size=2)
    assert [r.member.username for r in first.rows] == ["ann", "bob"]
    assert [r.member.username for r in last.rows] == ["eve"]
    assert first.page.paginator.count == 5 and first.page.paginator.num_pages == 3
    filtered = team_dashboard(table, TableParams(role="agent"), page_size=2)
    assert filtered.page.paginator.count == 3


def test_an_out_of_range_page_shows_the_last_one(table):
    rows = team_dashboard(table, TableParams(page=99), page_size=2).rows
    assert [r.member.username for r in rows] == ["eve"]


def test_the_export_lists_the_table_in_its_order_with_the_same_numbers(table):
    header, *rows = list(team_rows(table, TableParams(sort="needs", desc=True)))
    assert header[0] == "username"
    assert [r[0] for r in rows] == ["bob", "cat", "eve", "dan", "ann"]
    by_name = {r[0]: r for r in rows}
    assert by_name["bob"][3:5] == ["50", "none"]
    assert by_name["cat"][4] == "expiring" and by_name["cat"][5]
    assert by_name["ann"][6] and not by_name["eve"][6]  # expiry date of a valid certificate
    assert by_name["bob"][7:9] == ["2", "0"] and by_name["dan"][7:9] == ["0", "2"]
