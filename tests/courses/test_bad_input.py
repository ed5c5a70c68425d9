"""Odd input to the course pages and API is a clear 4xx or an empty result, never a 500."""

import pytest

from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

TOO_BIG = 2**63 + 5  # SQLite cannot bind it: an unguarded lookup is an OverflowError


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", f"/courses/{TOO_BIG}/continue/"),
        ("post", f"/courses/{TOO_BIG}/enrol/"),
        ("post", f"/courses/lessons/{TOO_BIG}/complete/"),
        ("post", f"/courses/lessons/{TOO_BIG}/checks/abc/"),
    ],
)
def test_a_course_or_lesson_id_beyond_the_database_range_is_404(client_for, agent, method, url):
    client = client_for(agent)
    client.raise_request_exception = False
    assert getattr(client, method)(url).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        f"/api/v1/courses/{TOO_BIG}/enrol",
        f"/api/v1/courses/lessons/{TOO_BIG}/complete",
        f"/api/v1/courses/lessons/{TOO_BIG}/time",
        f"/api/v1/courses/lessons/{TOO_BIG}/checks/abc",
    ],
)
def test_the_api_names_an_id_beyond_the_range(client_for, agent, url):
    client = client_for(agent)
    client.raise_request_exception = False
    response = client.post(url, {"choice": 0, "seconds": 5}, content_type="application/json")
    assert response.status_code == 422
    assert "_id" in response.json()["detail"]


@pytest.mark.parametrize("query", ['"', "\x00", 'late"', "(late", "late*", "NEAR(", "'--"])
def test_search_with_punctuation_or_control_characters_answers_normally(
    client_for, new_hire, query
):
    client = client_for(new_hire)
    client.raise_request_exception = False
    response = client.get("/courses/search/", {"q": query})
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()


def test_a_query_of_punctuation_only_says_nothing_was_found(client_for, new_hire):
    make_course("Late orders")
    html = client_for(new_hire).get("/courses/search/", {"q": '"'}).content.decode()
    assert "0 results for" in html and "Nothing found" in html


def test_the_words_around_stray_quotes_are_still_searched(client_for, new_hire):
    make_course("Late orders", lessons=0)
    html = client_for(new_hire).get("/courses/search/", {"q": '"late'}).content.decode()
    assert "1 result for" in html and "Late orders" in html
