"""Learners see a course in their language where a translation exists; progress is shared."""

import pytest
from django.conf import settings
from wagtail.models import Locale

from courses import selectors
from courses.models import KnowledgeCheckAnswer, LessonPage
from tests.courses.factories import check, lessons_of, make_course, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_course(db):
    course = make_course("Empathy", lessons=2)
    other = make_course("Patience", lessons=1)
    fr = Locale.objects.get(language_code="fr")
    translated = course.copy_for_translation(fr, copy_parents=True)
    translated.title = "Empathie"
    publish(translated)
    for lesson in lessons_of(course):
        copy = lesson.copy_for_translation(fr)
        copy.title = f"Leçon {lesson.title[-1]}"
        copy.body = [("rich_text", "<p>Écoutez d'abord.</p>"), check(question="Laquelle ?")]
        publish(copy)
    return course, translated, other


def french(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    return client


def test_a_french_learner_sees_the_french_course_at_the_same_address(
    client_for, new_hire, french_course
):
    course, translated, _ = french_course
    html = french(client_for(new_hire)).get(course.url).content.decode()
    assert "Empathie" in html and "Leçon 1" in html


def test_an_untranslated_course_is_still_there_in_english(client_for, new_hire, french_course):
    _, _, other = french_course
    response = french(client_for(new_hire)).get(other.url)
    assert response.status_code == 200 and "Patience" in response.content.decode()


def test_the_french_catalogue_lists_every_course(client_for, new_hire, french_course):
    html = french(client_for(new_hire)).get("/learn/").content.decode()
    assert "Empathie" in html and "Patience" in html


def test_answers_in_french_count_for_the_course(client_for, new_hire, french_course):
    course, translated, _ = french_course
    client = french(client_for(new_hire))
    fr_lesson = LessonPage.objects.child_of(translated).order_by("path").first()
    block = fr_lesson.knowledge_checks[0]
    response = client.post(
        f"/api/v1/courses/lessons/{fr_lesson.pk}/checks/{block.id}",
        {"choice": 1},
        content_type="application/json",
    )
    assert response.json()["lesson_completed"] is True
    english_lesson = lessons_of(course)[0]
    answer = KnowledgeCheckAnswer.objects.get(user=new_hire)
    assert answer.lesson_id == english_lesson.pk
    assert answer.block_id == english_lesson.knowledge_checks[0].id
    assert selectors.course_progress_for(new_hire, [course])[course.pk].lessons_done == 1
    assert selectors.course_progress_for(new_hire, [translated])[translated.pk].lessons_done == 1


def test_a_trainer_translates_a_course_with_wagtails_translate_action(client_for, trainer):
    course = make_course("Empathy", lessons=2)
    fr = Locale.objects.get(language_code="fr")  # every database has the content locales
    response = client_for(trainer).post(
        f"/cms/translation/submit/page/{course.pk}/",
        {"locales": [fr.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    copy = course.get_translation(fr)
    assert LessonPage.objects.child_of(copy).count() == 2
