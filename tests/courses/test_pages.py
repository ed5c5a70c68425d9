"""Page types: where they may be created, what they allow below them, and that they render."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase, page_tests
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from courses.models import CatalogPage, CoursePage, LearningPathPage, LessonPage
from tests.courses.factories import catalogue, make_course, make_path
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _model_backend(monkeypatch):
    # Wagtail's page assertions sign in with the first backend; ours is django-axes,
    # which only guards logins and cannot load a user.
    monkeypatch.setattr(page_tests, "AUTH_BACKEND", "django.contrib.auth.backends.ModelBackend")


@pytest.mark.django_db
class TestPageTypes(WagtailPageTestCase):
    def setUp(self):
        self.user = UserFactory(username="pagesadmin")
        self.user.is_superuser = True
        self.user.save()
        self.client.force_login(self.user)
        self.course = make_course("Patience", lessons=2)
        self.lesson = LessonPage.objects.child_of(self.course).first()
        self.path = make_path([self.course])

    def test_every_fresh_database_has_the_catalogue_as_site_root(self):
        assert isinstance(catalogue(), CatalogPage)
        assert not Page.objects.filter(slug="home", depth=2).exists()

    def test_courses_and_paths_go_in_the_catalogue_and_lessons_in_courses(self):
        self.assertCanCreateAt(CatalogPage, CoursePage)
        self.assertCanCreateAt(CatalogPage, LearningPathPage)
        self.assertCanCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(CatalogPage, LessonPage)
        self.assertCanNotCreateAt(CoursePage, CoursePage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)
        self.assertAllowedSubpageTypes(CatalogPage, {CoursePage, LearningPathPage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})

    def test_pages_render_for_a_signed_in_learner(self):
        for page in (catalogue(), self.course, self.lesson, self.path):
            self.assertPageIsRenderable(page)

    def test_pages_preview_in_the_admin(self):
        for page in (catalogue(), self.course, self.path):
            self.assertPageIsPreviewable(page)

    def test_a_lesson_previews_with_its_phrase_card(self):
        # Wagtail renders StreamField forms in the browser, so the form data is given here.
        data = nested_form_data(
            {
                "title": self.lesson.title,
                "slug": self.lesson.slug,
                "estimated_minutes": 5,
                "body": streamfield(
                    [
                        ("rich_text", rich_text("<p>Let them vent.</p>")),
                        (
                            "phrase_card",
                            {
                                "customer_line": "Where is my order?",
                                "say": "Let me look that up for you now.",
                                "avoid": "Not my department.",
                                "why": "Ownership calms.",
                            },
                        ),
                    ]
                ),
            }
        )
        self.assertPageIsPreviewable(self.lesson, post_data=data)

    def test_a_lesson_with_every_block_can_be_created_in_the_admin(self):
        data = nested_form_data(
            {
                "title": "Angry caller basics",
                "slug": "angry-caller-basics",
                "estimated_minutes": 8,
                "body": streamfield(
                    [
                        ("rich_text", rich_text("<p>Let them vent.</p>")),
                        (
                            "phrase_card",
                            {
                                "customer_line": "This is the third time I call!",
                                "say": "I'm sorry you've had to call again.",
                                "avoid": "Calm down.",
                                "why": "Acknowledge before you fix.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "policy",
                                "title": "Verify",
                                "text": rich_text("<p>Always.</p>"),
                            },
                        ),
                        ("practice_scenario", {"scenario_slug": "late-order", "text": "Try it"}),
                    ]
                ),
            }
        )
        self.assertCanCreate(self.course, LessonPage, data)

    def test_a_path_can_be_created_in_the_admin(self):
        data = nested_form_data(
            {
                "title": "Team leads",
                "slug": "team-leads",
                "intro": rich_text(""),
                "path_courses": inline_formset([{"course": self.course.pk}]),
            }
        )
        self.assertCanCreate(catalogue(), LearningPathPage, data)

    def test_anonymous_visitors_are_sent_to_sign_in(self):
        self.client.logout()
        response = self.client.get(self.lesson.url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
