"""A person who follows a broken link lands on a page of the product, with a way home."""

import pytest

from accounts.roles import Role
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_broken_link_shows_the_branded_not_found_page(page, sign_in, screenshot, settings):
    settings.DEBUG = False
    UserFactory(username="ana", roles=[Role.AGENT])
    sign_in("ana")
    response = page.goto("/learn/no-such-course/")
    assert response.status == 404
    assert page.locator('[data-error="404"] h1').inner_text() == "Page not found"
    assert page.locator(".topbar .brand").is_visible()
    screenshot("error-404")
    page.get_by_role("link", name="Go to your home page").click()
    page.wait_for_url("**/")
