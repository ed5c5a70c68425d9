"""Small things a trainer notices in the authoring studio: the slug of a new scenario or
quiz follows its title (and a published one's never does), and the dashboard is named
after the product with avatars served from this server."""

import re

import pytest

from tests.certification.factories import make_quiz, make_scenario

pytestmark = pytest.mark.django_db

ADD_FORMS = ["/cms/snippets/simulations/scenario/add/", "/cms/snippets/assessments/quiz/add/"]


def _input(html: str, name: str) -> str:
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)


@pytest.mark.parametrize("url", ADD_FORMS)
def test_a_new_items_title_fills_its_slug(client_for, trainer, url):
    html = client_for(trainer).get(url).content.decode()
    title, slug = _input(html, "title"), _input(html, "slug")
    assert 'data-w-sync-target-value="#id_slug"' in title
    assert "w-sync#apply" in title
    assert 'data-controller="w-slug"' in slug


@pytest.mark.parametrize(
    ("make", "url"),
    [
        (make_scenario, "/cms/snippets/simulations/scenario/edit/{pk}/"),
        (make_quiz, "/cms/snippets/assessments/quiz/edit/{pk}/"),
    ],
)
def test_editing_a_published_items_title_leaves_its_slug_alone(client_for, trainer, make, url):
    item = make()
    assert item.live
    html = client_for(trainer).get(url.format(pk=item.pk)).content.decode()
    assert "w-sync#apply" not in _input(html, "title")


def test_the_demo_names_the_site_callwise_so_the_dashboard_does_too(client_for, trainer):
    from wagtail.models import Site

    from courses.demo import catalogue_root

    Site.objects.filter(is_default_site=True).update(site_name="")
    catalogue_root()
    catalogue_root()  # idempotent
    assert Site.objects.get(is_default_site=True).site_name == "Callwise"
    html = client_for(trainer).get("/cms/").content.decode()
    assert re.search(r"<h1[^>]*>\s*Callwise\s*</h1>", html)
    assert "localhost" not in re.search(r"<h1[^>]*>.*?</h1>", html, re.S).group(0)


def test_the_demo_keeps_a_site_name_an_admin_chose(db):
    from wagtail.models import Site

    from courses.demo import catalogue_root

    Site.objects.filter(is_default_site=True).update(site_name="XYZ Academy")
    catalogue_root()
    assert Site.objects.get(is_default_site=True).site_name == "XYZ Academy"


def test_the_demo_people_load_gives_the_trainer_image_uploads(db):
    from django.contrib.auth import get_user_model
    from wagtail.images.permissions import permission_policy

    from accounts import demo

    demo.load()
    trainer = get_user_model().objects.get(username="trainer")
    assert permission_policy.user_has_permission(trainer, "add")


def test_the_dashboard_avatar_is_served_by_this_server(client_for, trainer):
    html = client_for(trainer).get("/cms/").content.decode()
    avatars = re.findall(r'<img[^>]*src="([^"]*avatar[^"]*)"', html)
    assert avatars
    for src in avatars:
        assert src.startswith("/static/"), src
        assert client_for(trainer).get(src.split("?")[0]).status_code == 200


def test_a_freshly_migrated_site_is_named_callwise_without_the_demo(client_for, admin_user):
    from wagtail.models import Site

    assert Site.objects.get(is_default_site=True).site_name == "Callwise"
    html = client_for(admin_user).get("/cms/").content.decode()
    assert "w-upgrade" not in html  # no update check (it asks releases.wagtail.org)
