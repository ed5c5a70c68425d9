"""Reminder emails are written in the language each person chose on their profile."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import Profile
from certification import services
from certification.services.reminders import reminders_send

from .factories import make_scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(roles):
    return make_scenario("Late order, angry customer")


def _assign(manager, person, scenario, days: float):
    return services.assignment_create(
        assigned_by=manager,
        assignee=person,
        target=scenario,
        due_at=timezone.now() + timedelta(days=days),
    )


def test_a_french_agent_gets_the_reminder_in_french_and_an_english_one_in_english(
    manager, agent, new_hire, scenario
):
    Profile.objects.create(user=agent, language="fr")
    _assign(manager, agent, scenario, 1)
    _assign(manager, new_hire, scenario, 1)
    assert reminders_send() == {"due_soon": 2, "overdue": 0}
    by_person = {m.to[0]: m for m in mail.outbox}
    french, english = by_person[agent.email], by_person[new_hire.email]
    # French puts a no-break space before a colon.
    assert french.subject.startswith("Rappel\xa0: Late order, angry customer est à faire pour le")
    assert french.body.startswith("Bonjour Arjun,")
    assert "Ouvrez-le ici\xa0:" in french.body
    assert english.subject.startswith("Reminder: Late order, angry customer is due")
    assert english.body.startswith("Hello Nadia,")


def test_the_overdue_notice_is_in_the_person_s_language_too(manager, agent, scenario):
    Profile.objects.create(user=agent, language="fr")
    _assign(manager, agent, scenario, 1)
    two_days_later = timezone.now() + timedelta(days=2)
    assert reminders_send(now=two_days_later) == {"due_soon": 0, "overdue": 1}
    (notice,) = mail.outbox
    assert notice.subject == "En retard\xa0: Late order, angry customer"


def test_the_reminder_run_leaves_the_site_language_as_it_was(manager, agent, scenario):
    from django.utils import translation

    Profile.objects.create(user=agent, language="fr")
    _assign(manager, agent, scenario, 1)
    reminders_send()
    assert translation.get_language() in ("en", "en-us")
