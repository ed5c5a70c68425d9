"""Project-level views: the health check and uploaded files."""

import mimetypes

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db import DatabaseError, connection
from django.http import FileResponse, Http404, HttpResponseNotModified, JsonResponse
from django.utils.http import http_date
from django.views.decorators.cache import never_cache
from django.views.static import was_modified_since


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


# Uploaded files change name when replaced (Wagtail renditions, originals), so a day's
# caching is safe; documents are left to Wagtail's own view, which checks who may see them.
MEDIA_MAX_AGE = 60 * 60 * 24
PRIVATE_MEDIA_PREFIXES = ("documents/",)


def media(request, path):
    """An uploaded image or file from the local storage (MEDIA_ROOT: a disk or a shared volume).

    Served in every mode, so uploads keep working in production without a separate file
    server. The response may not run as a page: a sandboxing policy and no type sniffing.
    """
    try:
        found = not path.startswith(PRIVATE_MEDIA_PREFIXES) and default_storage.exists(path)
    except SuspiciousFileOperation:  # a path outside the media folder
        found = False
    if not found:
        raise Http404
    modified = default_storage.get_modified_time(path).timestamp()
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), modified):
        response = HttpResponseNotModified()
    else:
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        response = FileResponse(default_storage.open(path, "rb"), content_type=content_type)
    response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = f"public, max-age={MEDIA_MAX_AGE}"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response
