"""Errors outside the API are pages in the product's design, not Django's bare text."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import override_settings
from django.urls import path

pytestmark = pytest.mark.django_db


def _forbidden(request):
    raise PermissionDenied


def _broken(request):
    raise RuntimeError("boom")


def _urls():
    from lms.urls import urlpatterns as project

    return [path("forbidden/", _forbidden), path("broken/", _broken), *project]


urlpatterns = _urls()


@override_settings(DEBUG=False)
def test_an_unknown_address_is_a_branded_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'data-error="404"' in html and "Page not found" in html and "Callwise" in html


@override_settings(DEBUG=False, ROOT_URLCONF=__name__)
def test_a_forbidden_page_is_a_branded_403(client):
    response = client.get("/forbidden/")
    assert response.status_code == 403
    assert 'data-error="403"' in response.content.decode()


@override_settings(DEBUG=False, ROOT_URLCONF=__name__)
def test_a_server_error_is_a_branded_500_with_no_detail(client):
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert 'data-error="500"' in html and "Something went wrong" in html
    assert "boom" not in html and "Traceback" not in html


@override_settings(DEBUG=False)
def test_the_api_still_answers_errors_in_json(client):
    response = client.get("/api/v1/no-such-endpoint")
    assert response.status_code == 404
    assert "detail" in response.json()
