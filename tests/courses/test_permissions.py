"""Who gets what on every courses URL and API endpoint, per role."""

import json

import pytest

from tests.courses.factories import catalogue, lessons_of, make_course, make_path

ROLES = ["anonymous", "new_hire", "agent", "trainer", "manager", "admin"]

# url template: status for anonymous, new_hire, agent, trainer, manager, admin
GET_TABLE = {
    "/courses/": [302, 302, 302, 302, 302, 302],
    "/courses/search/?q=patience": [302, 200, 200, 200, 200, 200],
    "/courses/{course}/continue/": [302, 302, 302, 302, 302, 302],
    "/courses/{course}/enrol/": [302, 405, 405, 405, 405, 405],
    "/courses/lessons/{lesson}/complete/": [302, 405, 405, 405, 405, 405],
    "/courses/lessons/{lesson}/checks/{block}/": [302, 405, 405, 405, 405, 405],
    "/learn/": [302, 200, 200, 200, 200, 200],
    "{course_url}": [302, 200, 200, 200, 200, 200],
    "{lesson_url}": [302, 200, 200, 200, 200, 200],
    "{path_url}": [302, 200, 200, 200, 200, 200],
    # A lesson of a course whose prerequisite is unfinished: learners are told what to finish.
    "{locked_lesson_url}": [302, 403, 403, 200, 200, 200],
    "/cms/course-insights/": [302, 302, 302, 200, 302, 200],
    "/cms/course-insights/{course}/": [302, 302, 302, 200, 302, 200],
    "/cms/snippets/courses/skill/": [302, 302, 302, 200, 302, 200],
    "/cms/snippets/courses/skill/edit/1/": [302, 302, 302, 200, 302, 200],
    "/cms/pages/{catalogue}/add_subpage/": [302, 302, 302, 200, 302, 200],
    "/cms/pages/{course}/edit/": [302, 302, 302, 200, 302, 200],
    "/cms/translation/submit/page/{course}/": [302, 302, 302, 200, 302, 200],
    "/api/v1/courses/progress": [401, 200, 200, 200, 200, 200],
}

# Each POST runs for every role on fresh state (the table builds it anew per role).
POST_TABLE = {
    "/api/v1/courses/lessons/{lesson}/checks/{block}": [401, 200, 200, 200, 200, 200],
    "/api/v1/courses/lessons/{lesson}/time": [401, 400, 400, 400, 400, 400],
    "/api/v1/courses/lessons/{lesson}/complete": [401, 409, 409, 409, 409, 409],
    "/api/v1/courses/{course}/enrol": [401, 200, 200, 200, 200, 200],
    "/api/v1/courses/{locked_course}/enrol": [401, 403, 403, 200, 200, 200],
    "/courses/{course}/enrol/": [302, 302, 302, 302, 302, 302],
    "/courses/lessons/{lesson}/checks/{block}/": [302, 302, 302, 302, 302, 302],
}
POST_BODY = {"choice": 1, "seconds": 30}


@pytest.fixture
def urls(db):
    course = make_course("Patience", lessons=2)
    locked = make_course("Advanced", lessons=1, prerequisites=[course])
    lesson = lessons_of(course)[0]
    path = make_path([course, locked])
    return {
        "course": course.pk,
        "course_url": course.url,
        "lesson": lesson.pk,
        "lesson_url": lesson.url,
        "block": lesson.knowledge_checks[0].id,
        "path_url": path.url,
        "catalogue": catalogue().pk,
        "locked_course": locked.pk,
        "locked_lesson_url": lessons_of(locked)[0].url,
    }


@pytest.mark.parametrize("url", GET_TABLE)
def test_each_role_gets_the_expected_status(client_for, role_users, urls, url):
    target = url.format(**urls)
    got = [client_for(role_users[role]).get(target).status_code for role in ROLES]
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, GET_TABLE[url], strict=True))


@pytest.mark.parametrize("url", POST_TABLE)
def test_each_role_gets_the_expected_status_when_posting(client_for, role_users, urls, url):
    target = url.format(**urls)
    got = []
    for role in ROLES:
        client = client_for(role_users[role])
        if target.startswith("/api/"):
            response = client.post(target, json.dumps(POST_BODY), content_type="application/json")
        else:
            response = client.post(target, POST_BODY)
        got.append(response.status_code)
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, POST_TABLE[url], strict=True))
