"""The JSON API under /api/v1/: authentication, throttling, error shape, and each app's router.

Callers authenticate with the browser session (unsafe methods need the CSRF token)
or a personal token: ``Authorization: Bearer <token>``. Every error is JSON with a
``detail`` message a person can act on, and the status that fits it: the handlers
below shape ninja's and the views' errors, and ApiErrorsAsJsonMiddleware rewrites
the rest (an unknown path, a method not allowed, a crash outside a view) so no
settings module ever answers an API caller with an HTML page.
"""

import json
import logging
import re

from django.conf import settings
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import APIKeyCookie
from ninja.throttling import UserRateThrottle
from ninja.utils import check_csrf
from wagtail.api.v3.auth import BearerTokenAuth

from accounts.api import router as accounts_router
from accounts.network import client_ip
from assessments.api import router as assessments_router
from assessments.api import session_grade_router
from certification.api import router as certification_router
from courses.api import router as courses_router
from simulations.api import router as simulations_router
from simulations.understand_api import UnderstandRateThrottle
from simulations.understand_api import router as understand_router

logger = logging.getLogger(__name__)

API_PREFIX = "/api/v1/"


class BrowserSession(APIKeyCookie):
    """Django's session cookie; CSRF is checked for unsafe methods of a signed-in session.

    A caller with no session (or whose Bearer token was refused, which signs the
    request out) is not a browser: it gets 401 from the missing authentication,
    never a CSRF complaint about a cookie it does not have.
    """

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request):
        if not request.user.is_authenticated:
            return None
        if not getattr(request, "_ninja_csrf_exempt", False) and check_csrf(request):
            raise HttpError(
                403,
                _(
                    "CSRF check failed: a signed-in browser must send the X-CSRFToken "
                    "header (the csrftoken cookie's value) with POST, PUT, PATCH and "
                    "DELETE. Scripts should use 'Authorization: Bearer <token>' instead."
                ),
            )
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request, key):
        if request.user.is_authenticated:
            return request.user
        return None


class ApiRateThrottle(UserRateThrottle):
    """Per-caller request limit from settings.API_RATE_LIMIT (read on each request).

    A signed-in caller is counted by user; anyone else by IP address, found as
    sign-in lockout finds it (X-Forwarded-For only behind DJANGO_TRUSTED_PROXY_COUNT
    proxies), so rotating that header buys no extra requests.
    """

    def allow_request(self, request):
        self.rate = settings.API_RATE_LIMIT
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_ident(self, request):
        return client_ip(request)


class Conflict(HttpError):
    """409: the request clashes with the current state (a finished session, a double submit)."""

    def __init__(self, message: str):
        super().__init__(409, message)


api = NinjaAPI(
    title="Callwise API",
    version="1",
    description=(
        "Training records, call simulation and grading for contact-centre agents. "
        "Authenticate with your browser session or a personal API token from your "
        "profile page: `Authorization: Bearer <token>`."
    ),
    urls_namespace="api",
    auth=[BearerTokenAuth(), BrowserSession()],
    throttle=[ApiRateThrottle()],
)


def _field(loc) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "payload")]
    return ".".join(parts) or "request"


@api.exception_handler(ValidationError)
def validation_error(request, exc: ValidationError):
    errors = [
        {"field": _field(e.get("loc", ())), "message": e.get("msg", "is not valid")}
        for e in exc.errors
    ]
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors) or "Invalid input."
    return api.create_response(request, {"detail": detail, "errors": errors}, status=422)


@api.exception_handler(AuthenticationError)
def authentication_error(request, exc):
    if request.headers.get("Authorization"):
        detail = _(
            "Authentication required: this API token was not accepted (unknown, revoked "
            "or mistyped). Send 'Authorization: Bearer <token>' with a token from your "
            "profile page."
        )
    else:
        detail = "Authentication required: sign in, or send 'Authorization: Bearer <token>'."
    return api.create_response(request, {"detail": detail}, status=401)


@api.exception_handler(PermissionDenied)
def permission_denied(request, exc):
    message = str(exc) or "You do not have permission to do that."
    return api.create_response(request, {"detail": message}, status=403)


@api.exception_handler(Http404)
def not_found(request, exc):
    message = str(exc) if str(exc) and "No " not in str(exc) else "Not found."
    return api.create_response(request, {"detail": message}, status=404)


@api.exception_handler(SuspiciousOperation)
@api.exception_handler(BadRequest)
def bad_request(request, exc):
    logger.warning("Bad API request to %s: %s", request.path, exc)
    return api.create_response(request, {"detail": _("The request is malformed.")}, status=400)


def _server_error_detail() -> str:
    return _(
        "Something went wrong on our side. It has been logged; try again, and tell "
        "your administrator if it keeps happening."
    )


@api.exception_handler(Exception)
def server_error(request, exc):
    """Anything else a view raised: logged with its traceback, a generic message to the caller."""
    logger.error("API error on %s %s", request.method, request.path, exc_info=exc)
    return api.create_response(request, {"detail": _server_error_detail()}, status=500)


def _error_detail(response) -> str:
    if response.status_code == 404:
        return _("There is no API endpoint at this address; see %(docs)s.") % {
            "docs": f"{API_PREFIX}docs"
        }
    if response.status_code == 405:
        return _("Method not allowed here; this address accepts %(methods)s.") % {
            "methods": response.get("Allow", "") or "-"
        }
    if response.status_code >= 500:
        return _server_error_detail()
    return response.reason_phrase


class ApiErrorsAsJsonMiddleware:
    """An error response under /api/v1/ that is not JSON becomes ``{"detail": ...}``.

    Django answers an unknown path, and ninja a method a path does not accept, with
    HTML or plain text; an exception outside a view becomes Django's 500 page. The
    status (and an Allow header) is kept; the body says what to do. Django has
    already logged a 500 by the time it gets here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code >= 400
            and request.path_info.startswith(API_PREFIX)
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            json_response = JsonResponse(
                {"detail": _error_detail(response)}, status=response.status_code
            )
            if response.has_header("Allow"):
                json_response["Allow"] = response["Allow"]
            return json_response
        return response


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]", re.IGNORECASE)


def _broken_text_field(data, path: str = "") -> str | None:
    """The first field (dotted path) whose text holds half of a UTF-16 pair, or None."""
    if isinstance(data, str):
        return (path or "body") if _LONE_SURROGATE.search(data) else None
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return None
    for key, value in items:
        found = _broken_text_field(value, f"{path}.{key}" if path else str(key))
        if found:
            return found
    return None


class BrokenTextMiddleware:
    """A JSON body under /api/v1/ with a lone surrogate ("\\ud800", half of an emoji) is
    refused with 422 naming the field: such text cannot be stored, and would be a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path_info.startswith(API_PREFIX)
            and request.content_type == "application/json"
            and _ESCAPED_SURROGATE.search(request.body or b"")
        ):
            try:
                field = _broken_text_field(json.loads(request.body))
            except ValueError:
                field = None  # not JSON: the API answers that itself
            if field:
                return JsonResponse(
                    {
                        "detail": f"{field}: the text contains a broken character (half of "
                        "an emoji?); send it again as valid UTF-8 text."
                    },
                    status=422,
                )
        return self.get_response(request)


api.add_router("/accounts/", accounts_router)
api.add_router("/courses/", courses_router)
api.add_router("/simulations/", simulations_router)
api.add_router("/simulations/", session_grade_router)
api.add_router(
    "/simulations/", understand_router, throttle=[*api.throttle, UnderstandRateThrottle()]
)
api.add_router("/assessments/", assessments_router)
api.add_router("/certification/", certification_router)
