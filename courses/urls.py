from django.urls import path

from . import views

app_name = "courses"
urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("ikuti/<int:course_id>/", views.visitor_enrol, name="visitor_enrol"),
]
