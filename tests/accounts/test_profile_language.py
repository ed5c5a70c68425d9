"""A person's language is kept on their profile: chosen once, it is back after signing in
on another computer (no cookie), and their emails use it (tests/certification)."""

import pytest
from django.conf import settings

from accounts.models import Profile, language_of

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def test_every_page_s_language_switch_posts_to_the_switch_that_remembers_it(client_for, agent):
    page = client_for(agent).get("/").content.decode()
    assert 'action="/accounts/language/"' in page


def test_choosing_a_language_while_signed_in_saves_it_on_the_profile(client_for, agent):
    response = client_for(agent).post(
        "/accounts/language/", {"language": "fr", "next": "/accounts/profile/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/profile/"
    assert response.cookies[COOKIE].value == "fr"
    assert language_of(agent) == "fr"


def test_choosing_again_replaces_the_saved_language(client_for, agent):
    client = client_for(agent)
    client.post("/accounts/language/", {"language": "fr", "next": "/"})
    client.post("/accounts/language/", {"language": "bg", "next": "/"})
    assert Profile.objects.get(user=agent).language == "bg"


def test_an_unknown_language_is_not_saved(client_for, agent):
    client_for(agent).post("/accounts/language/", {"language": "xx", "next": "/"})
    assert language_of(agent) == ""


def test_choosing_a_language_signed_out_only_sets_the_cookie(client):
    response = client.post("/accounts/language/", {"language": "fr", "next": "/accounts/login/"})
    assert response.cookies[COOKIE].value == "fr"
    assert not Profile.objects.exists()
    page = client.get("/accounts/login/").content.decode()
    assert "Se connecter" in page


def test_signing_in_applies_the_saved_language_without_a_cookie(client, agent, password):
    Profile.objects.create(user=agent, language="fr")
    assert COOKIE not in client.cookies  # a new computer
    response = client.post("/accounts/login/", {"username": "agent", "password": password})
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "fr"
    home = client.get("/")
    assert home.headers["Content-Language"] == "fr"
    assert "Bon retour, Arjun" in home.content.decode()


def test_signing_in_without_a_saved_language_leaves_the_cookie_alone(client, agent, password):
    response = client.post("/accounts/login/", {"username": "agent", "password": password})
    assert response.status_code == 302
    assert COOKIE not in response.cookies


def test_the_profile_page_shows_the_saved_language(client_for, agent):
    Profile.objects.create(user=agent, language="bg")
    page = client_for(agent).get("/accounts/profile/").content.decode()
    form = page[page.index('action="/accounts/language/"') :]
    form = form[: form.index("</form>")]
    assert '<option value="bg" selected>' in form
    assert ">français</option>" in form  # each language by its own name
    assert 'name="next" type="hidden" value="/accounts/profile/"' in form


def test_the_language_switch_only_takes_a_post(client_for, agent):
    assert client_for(agent).get("/accounts/language/").status_code == 405
