from django.urls import path

from . import views

app_name = "certification"

urlpatterns = [
    path("verify/<str:token>/", views.verify, name="verify"),
    path("certificates/", views.certificate_list, name="certificates"),
    path("certificates/issue/", views.certificate_issue, name="certificate_issue"),
    path("certificates/<int:pk>/", views.certificate_detail, name="certificate"),
    path("certificates/<int:pk>/print/", views.certificate_print, name="certificate_print"),
    path("certificates/<int:pk>/revoke/", views.certificate_revoke, name="certificate_revoke"),
    path("assignments/", views.assignment_list, name="assignments"),
    path("teams/", views.team_list, name="teams"),
    path("teams/<slug:slug>/", views.team_detail, name="team"),
    path("teams/<slug:slug>/assign/", views.team_assign, name="team_assign"),
    path("teams/<slug:slug>/export/<str:kind>.csv", views.team_export, name="team_export"),
    path("teams/<slug:slug>/export/<str:kind>/", views.export_start, name="export_start"),
    path("exports/<int:pk>/", views.export_detail, name="export"),
    path("exports/<int:pk>/download/", views.export_download, name="export_download"),
    path("people/<int:pk>/", views.person_detail, name="person"),
    path("analytics/", views.analytics, name="analytics"),
    path(
        "analytics/scenarios/<int:scenario_id>/criteria/<str:key>/",
        views.analytics_criterion,
        name="analytics_criterion",
    ),
]
