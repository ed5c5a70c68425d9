"""A signed-in new hire switches the interface language with the footer switcher."""

import re

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from tests.courses.factories import lessons_of, make_course, make_path
from tests.factories import TeamFactory, UserFactory
from tests.simulations.factories import demo_scenario

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def learner(db):
    course = make_course("What the job is", lessons=2)
    make_course("Patience under pressure", lessons=1, prerequisites=[course])
    make_path([course])
    UserFactory(username="lea", first_name="Léa", last_name="Martin", roles=[Role.NEW_HIRE])
    return course


def switch_language(page, code: str):
    with page.expect_navigation():
        page.locator("#language-select").select_option(code)
    expect(page.locator("html")).to_have_attribute("lang", code)


def test_a_new_hire_switches_the_interface_to_french_then_chinese(
    page, sign_in, screenshot, learner
):
    sign_in("lea")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome back, Léa")
    expect(page.locator("#main-nav")).to_contain_text("Courses")

    # French: navigation, headings, buttons and the footer.
    switch_language(page, "fr")
    main_nav = page.locator("#main-nav")
    for label in ("Accueil", "Formations", "Entraînement", "Mes compétences"):
        expect(main_nav.get_by_role("link", name=label)).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bon retour, Léa")
    expect(page.get_by_text("Votre parcours d'intégration")).to_be_visible()
    expect(page.locator("[data-continue]")).to_contain_text("Continuer")
    expect(page.get_by_role("button", name="Se déconnecter")).to_be_visible()
    expect(page.locator(".usermenu")).to_contain_text("Nouvel arrivant")
    expect(page.locator(".footer")).to_contain_text("Langue")
    expect(page.locator("#language-select")).to_have_value("fr")
    screenshot("i18n-home-fr")

    # The choice sticks: the course and lesson pages are French too.
    page.goto(learner.url)
    expect(page.get_by_role("heading", name="Votre progression")).to_be_visible()
    expect(page.get_by_role("heading", name="Leçons")).to_be_visible()
    expect(page.get_by_role("link", name="Commencer la formation")).to_be_visible()
    screenshot("i18n-course-fr")
    page.goto(lessons_of(learner)[0].url)
    expect(page.get_by_role("button", name="Vérifier la réponse").first).to_be_visible()
    screenshot("i18n-lesson-fr")

    # Long French labels on a phone-sized screen.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    page.locator("[data-nav-toggle]").click()
    expect(page.locator("#main-nav").get_by_role("link", name="Formations")).to_be_visible()
    screenshot("i18n-home-fr-mobile")
    page.set_viewport_size({"width": 1280, "height": 900})

    # Simplified Chinese.
    page.goto("/")
    switch_language(page, "zh-hans")
    main_nav = page.locator("#main-nav")
    for label in ("首页", "课程", "练习", "我的技能"):
        expect(main_nav.get_by_role("link", name=label)).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("欢迎回来，Léa")
    expect(page.get_by_text("您的入职学习路径")).to_be_visible()
    expect(page.get_by_role("button", name="退出登录")).to_be_visible()
    expect(page.locator(".usermenu")).to_contain_text("新员工")
    expect(page.locator("#language-select")).to_have_value("zh-hans")
    screenshot("i18n-home-zh-hans")

    page.goto("/practice/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("#main-nav").get_by_role("link", name="练习")).to_have_attribute(
        "aria-current", "page"
    )
    screenshot("i18n-practice-zh-hans")
    page.goto(learner.url)
    expect(page.get_by_role("heading", name="您的进度")).to_be_visible()
    screenshot("i18n-course-zh-hans")

    # And back to English.
    switch_language(page, "en")
    expect(page.get_by_role("heading", name="Your progress")).to_be_visible()


def test_an_agent_takes_a_call_in_french_and_a_manager_reads_the_team_in_chinese(
    page, sign_in, screenshot
):
    agent = UserFactory(username="arjun", first_name="Arjun", roles=[Role.AGENT])
    manager = UserFactory(username="mei", first_name="Mei", last_name="Lin", roles=[Role.MANAGER])
    TeamFactory(name="Team Aurora", slug="team-aurora", managers=[manager], members=[agent])
    demo_scenario("late-order-angry")

    sign_in("arjun")
    switch_language(page, "fr")
    page.goto("/practice/")
    expect(page.get_by_role("button", name="Filtrer")).to_be_visible()
    screenshot("i18n-library-fr")
    page.get_by_role("link", name="Late order: the air purifier that never came").click()
    expect(page.get_by_role("button", name="Lancer l'appel")).to_be_visible()
    screenshot("i18n-briefing-fr")
    page.get_by_role("button", name="Lancer l'appel").click()

    say = page.get_by_label("Votre réponse au client")
    expect(say).to_be_visible()
    for name in ("Envoyer", "Mettre en attente", "Résoudre", "Raccrocher"):
        expect(page.get_by_role("button", name=name, exact=True)).to_be_visible()
    customers = page.locator(".bubble--customer").count()
    say.fill("Merci d'avoir appelé XYZ, ici Arjun. Je suis désolé pour ce retard.")
    say.press("Enter")
    page.locator(".bubble--customer").nth(customers).wait_for()
    # The script's words come from the server in the page's language.
    expect(page.locator("[data-mood-label]")).to_have_text(
        re.compile("Furieux|Contrarié|Mal à l'aise|Calme|Content")
    )
    expect(page.locator(".bubble--agent .bubble__who").first).to_have_text("Vous")
    screenshot("i18n-call-fr")

    page.context.clear_cookies()
    sign_in("mei")
    switch_language(page, "zh-hans")
    page.goto("/certification/teams/team-aurora/")
    expect(page.get_by_role("heading", name="技能热力图")).to_be_visible()
    expect(page.get_by_role("link", name="导出团队（CSV）")).to_be_visible()
    screenshot("i18n-team-zh-hans")
