from django.urls import path

from . import bulk_views, views

app_name = "certificates"
urlpatterns = [
    path("", views.verify_lookup, name="lookup"),
    path("verifikasi-luring/", views.offline, name="offline"),
    path("kunci-publik.json", views.keys, name="keys"),
    path("jwks.json", views.jwks, name="jwks"),
    path("kunci/<str:kid>.json", views.jwk, name="jwk"),
    path("penerbit/<str:agency_code>/", views.issuer, name="issuer"),
    path("penerbit/<str:agency_code>/status-pencabutan.jwt", views.status_list, name="status_list"),
    path("pelatihan/<int:event_id>/", bulk_views.event_certificates, name="event_certificates"),
    path("massal/<int:job_id>/", bulk_views.bulk_job, name="bulk_job"),
    path("massal/<int:job_id>/paket.pdf", bulk_views.bulk_download, {"kind": "pdf"}, name="bulk_pdf"),
    path("massal/<int:job_id>/semua.zip", bulk_views.bulk_download, {"kind": "zip"}, name="bulk_zip"),
    path("<str:code>/", views.verify, name="verify"),
    path("<str:code>/pdf/", views.download_pdf, name="pdf"),
    path("<str:code>/open-badge/", views.download_badge, name="badge"),
]
