"""An id too big for the database is a 404 on every page URL, and a 4xx in the API, never a 500.

SQLite cannot bind an integer above 2**63 - 1; every URL pattern and API path that
takes an id is found from the URL configuration and the OpenAPI schema, so a new
one is covered the day it is added.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from lms.api import api

pytestmark = pytest.mark.django_db

TOO_BIG = str(2**63 + 5)
APPS = ("accounts", "courses", "simulations", "assessments", "certification")
PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")
ID_CONVERTERS = {"int", "db_id"}


def _routes(patterns, prefix=""):
    for entry in patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            if entry.namespace in APPS:
                yield from _routes(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            yield prefix + route


def _id_urls() -> list[str]:
    urls = []
    for route in _routes(get_resolver().url_patterns):
        converters = {m.group(1) or "str" for m in PARAM.finditer(route)}
        if converters & ID_CONVERTERS:
            fill = lambda m: TOO_BIG if (m.group(1) or "str") in ID_CONVERTERS else "x"  # noqa: E731
            urls.append("/" + PARAM.sub(fill, route))
    return urls


ID_URLS = _id_urls()


def test_the_id_urls_are_found():
    assert "/courses/" + TOO_BIG + "/continue/" in ID_URLS
    assert "/practice/calls/" + TOO_BIG + "/" in ID_URLS
    assert len(ID_URLS) >= 20


@pytest.mark.parametrize("url", ID_URLS)
def test_an_id_beyond_the_database_range_is_not_found(client_for, admin_user, url):
    client = client_for(admin_user)
    client.raise_request_exception = False
    statuses = {client.get(url).status_code, client.post(url).status_code}
    assert statuses <= {404, 405}, statuses
    assert 404 in statuses


def _api_id_operations() -> list[tuple[str, str]]:
    schema = api.get_openapi_schema(path_prefix="/api/v1/")
    found = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            params = [p for p in operation.get("parameters", []) if p["in"] == "path"]
            if not any(p["schema"].get("type") == "integer" for p in params):
                continue
            url = path
            for p in params:
                value = TOO_BIG if p["schema"].get("type") == "integer" else "x"
                url = url.replace("{" + p["name"] + "}", value)
            found.append((method.upper(), url))
    return found


API_ID_OPERATIONS = _api_id_operations()


def test_the_api_id_paths_are_found():
    assert ("POST", f"/api/v1/courses/{TOO_BIG}/enrol") in API_ID_OPERATIONS
    assert len(API_ID_OPERATIONS) >= 8


@pytest.mark.parametrize(("method", "url"), API_ID_OPERATIONS)
def test_an_api_id_beyond_the_database_range_is_a_json_4xx(client_for, admin_user, method, url):
    client = client_for(admin_user)
    client.raise_request_exception = False
    response = client.generic(method, url, "{}", content_type="application/json")
    assert response.status_code in {404, 422}, response.content
    assert response.json()["detail"]
