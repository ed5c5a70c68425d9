"""What a learner notices on lessons and lists: knowledge-check choices in an order of their
own (and the demo's right answers spread over the positions), the "Complete" error beside
the button, and courses in the path's order in the catalogue and on the home page."""

import re
from collections import Counter

import pytest

from courses import services
from courses.dashboard import dashboard_for
from courses.lesson_page import choice_order
from courses.models import KnowledgeCheckAnswer
from packs.demo import items, pack
from tests.courses.factories import (
    catalogue,
    check,
    lessons_of,
    make_course,
    make_lesson,
    make_path,
)

# Shuffles -------------------------------------------------------------------------------


def test_a_learner_sees_the_same_order_every_time():
    first = choice_order(7, "block-a", 4)
    assert sorted(first) == [0, 1, 2, 3]
    assert all(choice_order(7, "block-a", 4) == first for _ in range(5))


def test_learners_see_different_orders_and_the_right_answer_moves():
    orders = [tuple(choice_order(user_id, "block-a", 4)) for user_id in range(1, 41)]
    assert len(set(orders)) >= 10
    # Wherever it was authored, the right answer (say index 0) lands in every position.
    assert {order.index(0) for order in orders} == {0, 1, 2, 3}


def test_a_learner_sees_each_check_of_a_lesson_in_its_own_order():
    orders = {tuple(choice_order(7, f"block-{i}", 4)) for i in range(20)}
    assert len(orders) > 1


def radio_values(html: str) -> list[list[int]]:
    """The choices' values, check by check, in the order the page shows them."""
    sections = html.split("data-kcheck data-correct-label")[1:]
    return [[int(v) for v in re.findall(r'name="choice" value="(\d+)"', s)] for s in sections]


@pytest.fixture
def shuffled_lesson(db):
    course = make_course("Listening", lessons=0)
    body = [("rich_text", "<p>Listen first.</p>")]
    body += [check(question=f"Question {i}?", right=i % 4, n=4) for i in range(6)]
    lesson = make_lesson(course, "Listening first", checks=0, body=body)
    make_path([course])
    return lesson


def test_the_lesson_page_shows_each_learner_their_own_order_and_keeps_it(
    client_for, new_hire, agent, shuffled_lesson
):
    lesson = shuffled_lesson
    mine = radio_values(client_for(new_hire).get(lesson.url).content.decode())
    assert mine == radio_values(client_for(new_hire).get(lesson.url).content.decode())
    assert mine == [choice_order(new_hire.pk, b.id, 4) for b in lesson.knowledge_checks]
    theirs = radio_values(client_for(agent).get(lesson.url).content.decode())
    assert mine != theirs
    assert all(sorted(values) == [0, 1, 2, 3] for values in mine + theirs)


def test_a_shuffled_check_still_marks_the_right_answer_right(client_for, new_hire, shuffled_lesson):
    lesson = shuffled_lesson
    client = client_for(new_hire)
    block = lesson.knowledge_checks[2]  # the right answer is authored third (index 2)
    url = f"/courses/lessons/{lesson.pk}/checks/{block.id}/"
    client.post(url, {"choice": 0})
    client.post(url, {"choice": 2})
    assert list(
        KnowledgeCheckAnswer.objects.filter(block_id=block.id)
        .order_by("answered_at", "pk")
        .values_list("choice", "correct")
    ) == [(0, False), (2, True)]
    html = client.get(lesson.url).content.decode()
    picked = re.search(
        r'<label class="choice choice--picked">\s*<input type="radio" name="choice" value="(\d)"',
        html,
    )
    assert picked and picked.group(1) == "2"
    assert "Yes: you named the feeling." in html


def test_the_translated_lesson_shows_the_learner_the_same_order(client_for, new_hire):
    from django.conf import settings
    from wagtail.models import Locale

    from tests.courses.factories import publish

    course = make_course("Empathy", lessons=0)
    lesson = make_lesson(course, "Naming the feeling", checks=0, body=[check(n=4)] * 3)
    fr = Locale.objects.get(language_code="fr")
    publish(course.copy_for_translation(fr, copy_parents=True))
    translated = lesson.copy_for_translation(fr)
    translated.body = [check(question="Laquelle ?", n=4)] * 3  # new block ids
    publish(translated)
    client = client_for(new_hire)
    english = radio_values(client.get(lesson.url).content.decode())
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    html = client.get(lesson.url).content.decode()
    assert "Laquelle ?" in html and radio_values(html) == english


def test_the_demo_spreads_the_right_answers_over_the_positions():
    positions = Counter()
    for course in items("course"):
        for lesson in course["lessons"]:
            for block in lesson["body"]:
                if "knowledge_check" in block:
                    choices = block["knowledge_check"]["choices"]
                    right = [i for i, c in enumerate(choices) if c.get("correct")]
                    positions[right[0]] += 1
    total = sum(positions.values())
    assert total >= 60
    assert max(positions.values()) <= total / 2, positions
    assert set(positions) == {0, 1, 2, 3}


def test_the_french_checks_keep_the_english_positions():
    """An answer is stored by index against the English lesson, whichever language it was
    given in: a translation must list the choices in the same order."""

    def positions(body):
        return [
            [bool(c.get("correct")) for c in block["knowledge_check"]["choices"]]
            for block in body
            if "knowledge_check" in block
        ]

    (french,) = (i for i in pack().items if i.kind == "course" and i.locale == "fr")
    course = next(c for c in items("course") if c["slug"] == french.slug)
    translated = {lesson["slug"]: lesson["body"] for lesson in french.data["lessons"]}
    for lesson in course["lessons"]:
        assert positions(translated[lesson["slug"]]) == positions(lesson["body"]), lesson["slug"]


# "Complete" pressed too early ----------------------------------------------------------


def test_complete_too_early_sends_the_learner_back_to_the_button_with_what_is_left(
    client_for, new_hire, shuffled_lesson
):
    lesson = shuffled_lesson
    client = client_for(new_hire)
    response = client.post(f"/courses/lessons/{lesson.pk}/complete/")
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}?complete=refused#complete-error"
    html = client.get(response["Location"]).content.decode()
    footer = html.split('id="lesson-actions"')[1].split("</footer>")[0]
    error = footer.split('id="complete-error"')[1].split("</div>")[0]
    assert 'role="alert"' in error and "hidden" not in error.split(">")[0]
    assert "knowledge checks correctly before completing it" in error
    assert all(f'href="#check-{b.id}"' in error for b in lesson.knowledge_checks)
    assert 'aria-describedby="complete-error"' in footer
    # Not at the top of the page, out of view.
    assert "before completing it" not in html.split('id="lesson-actions"')[0]


def test_the_complete_error_waits_hidden_until_it_is_needed(client_for, new_hire, shuffled_lesson):
    html = client_for(new_hire).get(shuffled_lesson.url).content.decode()
    error = html.split('id="complete-error"')[1].split(">")[0]
    assert "hidden" in error and 'aria-describedby="complete-error"' not in html


# Path order --------------------------------------------------------------------------


@pytest.fixture
def path_out_of_category_order(db):
    """The path starts with a soft skill and ends with a product course; two courses are
    outside it. Grouped by category, the path's first course came last."""
    job = make_course("What the job is", category="soft_skill", lessons=1)
    products = make_course("XYZ products", category="product", lessons=1, prerequisites=[job])
    billing = make_course("Billing policy", category="policy", lessons=1, prerequisites=[job])
    make_course("Advanced returns", category="policy", lessons=1)
    make_course("Accessibility basics", category="product", lessons=1)
    make_path([job, billing, products])
    return ["What the job is", "Billing policy", "XYZ products"]


def test_the_catalogue_lists_the_path_first_in_its_order_then_by_title(
    client_for, new_hire, path_out_of_category_order
):
    html = client_for(new_hire).get(catalogue().url).content.decode()
    titles = re.findall(r'class="course-card__title"><a href="[^"]*">([^<]+)</a>', html)
    assert titles == [*path_out_of_category_order, "Accessibility basics", "Advanced returns"]


def test_my_courses_follow_the_path_then_the_titles(new_hire, path_out_of_category_order):
    from courses.models import CoursePage

    for course in CoursePage.objects.filter(title__in=["Advanced returns", "Accessibility basics"]):
        services.course_enrol(user=new_hire, course=course)
    services.onboarding_enrol(user=new_hire)
    # Recent activity used to decide: the course outside the path, opened last, came first.
    for title in ("What the job is", "Advanced returns"):
        services.lesson_open(
            user=new_hire, lesson=lessons_of(CoursePage.objects.get(title=title))[0]
        )
    mine = [course.title for course, _progress in dashboard_for(new_hire).in_progress]
    assert mine == [*path_out_of_category_order, "Accessibility basics", "Advanced returns"]
