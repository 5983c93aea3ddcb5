from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("ekspor.csv", views.export_csv, name="export_csv"),
    path("ekspor.xlsx", views.export_xlsx, name="export_xlsx"),
    path("peserta/", views.participants, name="participants"),
    path("peserta/<int:user_id>/", views.participant, name="participant"),
    path("peserta/<int:user_id>/anonimkan/", views.participant_anonymise, name="participant_anonymise"),
    path("data-saya.json", views.my_data, name="my_data"),
    path("data-saya/hapus/", views.deletion_request, name="deletion_request"),
]
