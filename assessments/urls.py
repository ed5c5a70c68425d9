from django.urls import path

from . import views

app_name = "assessments"

urlpatterns = [
    path("quizzes/", views.quiz_list, name="quizzes"),
    path("quizzes/<int:pk>/", views.quiz_detail, name="quiz"),
    path("attempts/<int:pk>/", views.quiz_take, name="quiz_take"),
    path("attempts/<int:pk>/result/", views.quiz_result, name="quiz_result"),
    path("calls/<int:pk>/grade/", views.session_grade, name="session_grade"),
    path("criteria/<int:pk>/override/", views.criterion_override, name="criterion_override"),
    path("skills/", views.skills, name="skills"),
    path("people/<int:pk>/skills/", views.person_skills, name="person_skills"),
]
