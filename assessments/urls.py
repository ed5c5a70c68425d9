from django.urls import path

from . import views, views_reviews

app_name = "assessments"

urlpatterns = [
    path("quizzes/", views.quiz_list, name="quizzes"),
    path("quizzes/<int:pk>/", views.quiz_detail, name="quiz"),
    path("attempts/<int:pk>/", views.quiz_take, name="quiz_take"),
    path("attempts/<int:pk>/result/", views.quiz_result, name="quiz_result"),
    path("calls/<int:pk>/grade/", views.session_grade, name="session_grade"),
    path("calls/<int:pk>/dispute/", views_reviews.grade_dispute, name="grade_dispute"),
    path("criteria/<int:pk>/override/", views.criterion_override, name="criterion_override"),
    path("review/", views_reviews.review_queue, name="review_queue"),
    path("review/<int:pk>/", views_reviews.review_grade, name="review_grade"),
    path(
        "review/<int:pk>/criteria/<int:criterion>/override/",
        views_reviews.review_override,
        name="review_override",
    ),
    path("review/<int:pk>/complete/", views_reviews.review_complete, name="review_complete"),
    path(
        "rubrics/<int:pk>/calibration/",
        views_reviews.rubric_calibration,
        name="rubric_calibration",
    ),
    path("trials/<int:pk>/grade/", views_reviews.trial_grade, name="trial_grade"),
    path("skills/", views.skills, name="skills"),
    path("people/<int:pk>/skills/", views.person_skills, name="person_skills"),
]
