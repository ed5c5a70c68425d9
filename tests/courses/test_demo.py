"""The courses demo: the onboarding path and a French course from the demo pack, and
believable progress on it."""

import pytest
from wagtail.models import GroupPagePermission

from accounts import demo as accounts_demo
from courses import dashboard, demo, selectors
from courses.models import CoursePage, LearningPathPage, LessonPage
from packs import demo as demo_pack

pytestmark = pytest.mark.django_db


def test_the_demo_loads_twice_and_builds_the_onboarding_path():
    accounts_demo.load()
    demo_pack.load()
    demo.load()
    demo.load()
    path = LearningPathPage.objects.get(is_onboarding=True)
    assert path.path_courses.count() >= 6
    english = CoursePage.objects.filter(locale__language_code="en")
    assert english.count() >= 6
    assert LessonPage.objects.filter(locale__language_code="en").count() >= 18
    for lesson in LessonPage.objects.filter(locale__language_code="en"):
        assert lesson.knowledge_checks, lesson.title
    assert CoursePage.objects.filter(locale__language_code="fr", live=True).count() == 1


def test_the_demo_agent_finished_three_courses_and_the_new_hire_just_started(
    django_user_model,
):
    accounts_demo.load()
    demo_pack.load()
    demo.load()
    agent = django_user_model.objects.get(username="agent")
    newhire = django_user_model.objects.get(username="newhire")
    assert len(selectors.completed_course_ids(agent)) == 3
    home = dashboard.dashboard_for(newhire)
    assert home.continue_lesson is not None
    assert 0 < home.path_items[0][1].percent or home.path_items[0][1].started


def test_trainers_may_author_below_the_catalogue_in_a_fresh_database(roles):
    codenames = set(
        GroupPagePermission.objects.filter(group__name="Trainer").values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page", "publish_page"} <= codenames
