from django.urls import path

from . import views

app_name = "offline"
urlpatterns = [
    path("", views.saved, name="saved"),
    path("kursus/<int:course_id>/", views.course_bundle, name="course_bundle"),
    path("kirim/", views.sync, name="sync"),
]
