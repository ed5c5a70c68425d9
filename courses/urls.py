from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("search/", views.search, name="search"),
    path("<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("<int:course_id>/continue/", views.resume, name="continue"),
    path("lessons/<int:lesson_id>/complete/", views.complete, name="complete"),
    path(
        "lessons/<int:lesson_id>/checks/<str:block_id>/",
        views.answer,
        name="answer",
    ),
]
