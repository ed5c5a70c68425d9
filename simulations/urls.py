from django.urls import path

from . import views, views_check

app_name = "simulations"

urlpatterns = [
    path("", views.library, name="library"),
    path("scenarios/<slug:slug>/", views.briefing, name="briefing"),
    path("scenarios/<slug:slug>/start/", views.start, name="start"),
    path("try/<int:pk>/", views.try_scenario, name="try"),
    path("try/<int:pk>/check/", views_check.check_line, name="check_line"),
    path("calls/<int:pk>/", views.call, name="call"),
    path("calls/<int:pk>/say/", views.say, name="say"),
    path("calls/<int:pk>/hold/", views.hold, name="hold"),
    path("calls/<int:pk>/resume/", views.resume, name="resume"),
    path("calls/<int:pk>/end/", views.end, name="end"),
    path("calls/<int:pk>/review/", views.review, name="review"),
]
