from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views

from .api import api
from .views import healthz, media

urlpatterns = [
    path("", account_views.home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("accounts/", include("accounts.urls")),
    path("api/v1/", api.urls),
    path("courses/", include("courses.urls")),
    path("practice/", include("simulations.urls")),
    path("assessments/", include("assessments.urls")),
    path("certification/", include("certification.urls")),
    path("cms/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.MEDIA_STORAGE == "local":  # an S3-compatible store serves its own files
    urlpatterns += [path("media/<path:path>", media, name="media")]

# Wagtail serves the learning pages (catalogue, courses, lessons, paths) last.
urlpatterns += [path("learn/", include(wagtail_urls))]
