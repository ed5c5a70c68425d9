"""A scenario translated in a pack: the learner's language picks which one the library
shows, and a call on either counts for a certificate that names one of them."""

import pytest
from django.conf import settings

from certification.selectors.records import best_clean_scores
from packs import reader
from packs.importer import import_pack
from simulations.models import Scenario
from tests.packs.builders import write
from tests.packs.test_import import FRENCH_SCENARIO

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(tmp_path):
    import_pack(reader.read(write(tmp_path, translations={("fr", "scenarios"): FRENCH_SCENARIO})))
    return (
        Scenario.objects.get(slug="parcel-left-outside"),
        Scenario.objects.get(slug="colis-sous-la-pluie"),
    )


def test_the_library_shows_one_scenario_per_translation_in_the_learners_language(
    client_for, agent, translated
):
    client = client_for(agent)
    english = client.get("/practice/").content.decode()
    assert "The parcel left in the rain" in english and "sous la pluie" not in english
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    french = client.get("/practice/").content.decode()
    assert "Le colis laissé sous la pluie" in french
    assert "The parcel left in the rain" not in french
    # Learners of a language without a translation get the source.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "bg"
    assert "The parcel left in the rain" in client.get("/practice/").content.decode()


def test_the_api_lists_every_published_scenario_with_its_own_slug(client_for, agent, translated):
    slugs = {s["slug"] for s in client_for(agent).get("/api/v1/simulations/scenarios").json()}
    assert {"parcel-left-outside", "colis-sous-la-pluie"} <= slugs


def test_a_call_on_the_translation_counts_for_the_source_and_back(agent, translated):
    from assessments.models import Grade
    from tests.certification.factories import grade_call

    english, french = translated
    grade_call(agent, french, score=82)
    scores = best_clean_scores(Grade.objects.filter(user=agent))
    assert scores[english.pk] == 82 and scores[french.pk] == 82
    grade_call(agent, english, score=90)
    scores = best_clean_scores(Grade.objects.filter(user=agent))
    assert scores[english.pk] == 90 and scores[french.pk] == 90


def test_translate_in_the_studio_makes_a_draft_copy_with_its_own_slug(client_for, trainer):
    from wagtail.models import Locale

    from tests.simulations import factories

    source = factories.published_scenario()
    french = Locale.objects.get(language_code="fr")
    response = client_for(trainer).post(
        f"/cms/translation/submit/snippet/simulations/scenario/{source.pk}/",
        {"locales": [french.pk]},
    )
    assert response.status_code == 302
    copy = Scenario.objects.get(translation_key=source.translation_key, locale=french)
    assert copy.slug == "test-late-order-fr" and copy.language == "fr"
    assert not copy.live  # not in the library until translated and published
    assert [f.key for f in copy.hidden_facts.all()] == ["order_number"]
