"""The JSON API under /api/v1/: authentication, throttling, error shape, and each app's router.

Callers authenticate with the browser session (unsafe methods need the CSRF token)
or a personal token: ``Authorization: Bearer <token>``. Every error is JSON with a
``detail`` message a person can act on, and the status that fits it.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import APIKeyCookie
from ninja.throttling import UserRateThrottle
from wagtail.api.v3.auth import BearerTokenAuth

from accounts.api import router as accounts_router
from assessments.api import router as assessments_router
from assessments.api import session_grade_router
from certification.api import router as certification_router
from courses.api import router as courses_router
from simulations.api import router as simulations_router


class BrowserSession(APIKeyCookie):
    """Django's session cookie; CSRF is checked for unsafe methods."""

    param_name = settings.SESSION_COOKIE_NAME

    def authenticate(self, request, key):
        if request.user.is_authenticated:
            return request.user
        return None


class ApiRateThrottle(UserRateThrottle):
    """Per-caller request limit from settings.API_RATE_LIMIT (read on each request)."""

    def allow_request(self, request):
        self.rate = settings.API_RATE_LIMIT
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


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
    return api.create_response(
        request,
        {"detail": "Authentication required: sign in, or send 'Authorization: Bearer <token>'."},
        status=401,
    )


@api.exception_handler(PermissionDenied)
def permission_denied(request, exc):
    message = str(exc) or "You do not have permission to do that."
    return api.create_response(request, {"detail": message}, status=403)


@api.exception_handler(Http404)
def not_found(request, exc):
    message = str(exc) if str(exc) and "No " not in str(exc) else "Not found."
    return api.create_response(request, {"detail": message}, status=404)


api.add_router("/accounts/", accounts_router)
api.add_router("/courses/", courses_router)
api.add_router("/simulations/", simulations_router)
api.add_router("/simulations/", session_grade_router)
api.add_router("/assessments/", assessments_router)
api.add_router("/certification/", certification_router)
