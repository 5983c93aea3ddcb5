from django.urls import path

from .views import attendance, events, imports

app_name = "cohorts"
urlpatterns = [
    path("", events.event_list, name="event_list"),
    path("baru/", events.event_create, name="event_create"),
    path("templat-peserta.xlsx", imports.import_template, name="import_template"),
    path("hadir/", attendance.checkin, name="checkin"),
    path("hadir/<str:code>/", attendance.checkin, name="checkin_code"),
    path("<int:pk>/", events.event_detail, name="event_detail"),
    path("<int:pk>/ubah/", events.event_edit, name="event_edit"),
    path("<int:pk>/kehadiran.xlsx", events.attendance_export, name="attendance_export"),
    path("<int:pk>/sesi/baru/", events.session_form, name="session_create"),
    path("<int:pk>/sesi/<int:session_id>/ubah/", events.session_form, name="session_edit"),
    path("<int:pk>/sesi/<int:session_id>/", attendance.roster, name="roster"),
    path("<int:pk>/sesi/<int:session_id>/kode/", attendance.checkin_screen, name="checkin_screen"),
    path("<int:pk>/sesi/<int:session_id>/daftar-hadir.pdf", attendance.roster_pdf, name="roster_pdf"),
    path("<int:pk>/peserta/impor/", imports.import_upload, name="import_upload"),
    path("<int:pk>/peserta/impor/konfirmasi/", imports.import_confirm, name="import_confirm"),
    path("<int:pk>/peserta/impor/proses/<int:job_id>/", imports.import_job, name="import_job"),
]
