"""Each demo role signs in and lands on its own home page; sign-out works."""

import re

import pytest
from playwright.sync_api import expect

from accounts.demo import load as load_people

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def demo_people(db):
    load_people()


@pytest.mark.parametrize(
    ("username", "role_label", "first_name"),
    [
        ("newhire", "New hire", "Nadia"),
        ("agent", "Agent", "Arjun"),
        ("trainer", "Trainer", "Tereza"),
        ("manager", "Manager", "Marcus"),
        ("admin", "Admin", "Ada"),
    ],
)
def test_each_role_signs_in_to_its_own_home(
    page, sign_in, screenshot, demo_people, username, role_label, first_name
):
    sign_in(username, "callwise-demo")
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Welcome back, {first_name}")
    expect(page.locator(".usermenu__name small")).to_have_text(role_label)
    screenshot(f"home-{username}")


def test_a_wrong_password_keeps_you_on_the_sign_in_page(page, sign_in, screenshot, demo_people):
    sign_in("agent", "not-the-password")
    expect(page.get_by_role("alert")).to_contain_text("do not match")
    screenshot("sign-in-error")


def test_a_new_hire_cannot_open_the_authoring_studio(page, sign_in, demo_people):
    sign_in("newhire", "callwise-demo")
    expect(page.get_by_role("link", name="Authoring")).to_have_count(0)
    page.goto("/cms/")
    expect(page).to_have_url(re.compile(r"/cms/login/"))


def test_a_trainer_reaches_the_authoring_studio(page, sign_in, demo_people):
    sign_in("trainer", "callwise-demo")
    page.get_by_role("link", name="Open the authoring studio").click()
    expect(page).to_have_url(re.compile(r"/cms/$"))


def test_sign_out_returns_to_the_sign_in_page(page, sign_in, demo_people):
    sign_in("agent", "callwise-demo")
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/"))
