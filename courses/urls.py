from django.urls import path, register_converter

from . import views
from .converters import DatabaseIdConverter

app_name = "courses"

register_converter(DatabaseIdConverter, "db_id")

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("search/", views.search, name="search"),
    path("<db_id:course_id>/enrol/", views.enrol, name="enrol"),
    path("<db_id:course_id>/continue/", views.resume, name="continue"),
    path("lessons/<db_id:lesson_id>/complete/", views.complete, name="complete"),
    path(
        "lessons/<db_id:lesson_id>/checks/<str:block_id>/",
        views.answer,
        name="answer",
    ),
]
