"""Searching every snippet listing in the authoring studio works once the index is populated.

The listings search through Wagtail's index (the model's ``search_fields``); naming
fields on a viewset made SQLite's full-text index look for a column of that name
("no such column: name"), a 500 for any trainer typing in the search box.
"""

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from accounts.models import Team
from assessments.models import Quiz, Rubric
from certification.models import CertificationProgram, RetrainingRule
from courses.models import Skill
from simulations.models import Persona, Scenario
from tests.certification.factories import make_program, make_quiz, make_rule, make_scenario
from tests.factories import TeamFactory

pytestmark = pytest.mark.django_db


def _persona():
    persona = Persona.objects.create(name="Late Larry", slug="late-larry", temperament="angry")
    persona.save_revision().publish()
    return persona


def _rubric():
    rubric = Rubric.objects.create(name="Late delivery calls", slug="late-delivery")
    rubric.save_revision().publish()
    return rubric


BUILDERS = {
    Persona: _persona,
    Scenario: lambda: make_scenario("Late order, angry customer"),
    Rubric: _rubric,
    Quiz: lambda: make_quiz("Late orders check"),
    Skill: lambda: Skill.objects.create(name="Late-order handling", slug="late-order-handling"),
    RetrainingRule: lambda: make_rule(name="Late answers"),
    CertificationProgram: lambda: make_program("Late shift lead"),
    Team: lambda: TeamFactory(name="Late shift", slug="late-shift"),
}


def _searchable_snippet_models():
    from wagtail.search.index import class_is_indexed

    return {m for m in get_snippet_models() if class_is_indexed(m)}


def test_every_indexed_snippet_has_a_search_test():
    assert _searchable_snippet_models() == set(BUILDERS)


# Trainers author everything but teams, which only admins manage.
CASES = [(model, "admin_user") for model in BUILDERS] + [
    (model, "trainer") for model in BUILDERS if model is not Team
]


@pytest.mark.parametrize(("model", "role"), CASES, ids=lambda v: getattr(v, "__name__", v))
def test_snippet_search_finds_the_snippet_with_a_populated_index(request, client_for, role, model):
    user = request.getfixturevalue(role)
    obj = BUILDERS[model]()
    call_command("update_index", verbosity=0)
    url = reverse(model.snippet_viewset.get_url_name("list"))
    client = client_for(user)
    response = client.get(url, {"q": "late"})
    assert response.status_code == 200
    assert str(obj) in response.content.decode()


@pytest.mark.parametrize(
    "query", ['"', 'late"', "\x00", "'", "*", "(late", "late -", "NOT", "a:b", "^"]
)
def test_odd_characters_in_the_admin_search_box_are_not_an_error(client_for, trainer, query):
    make_scenario("Late order, angry customer")
    call_command("update_index", verbosity=0)
    client = client_for(trainer)
    response = client.get(reverse(Scenario.snippet_viewset.get_url_name("list")), {"q": query})
    assert response.status_code == 200
