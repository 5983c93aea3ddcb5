from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("", views.verify_lookup, name="lookup"),
    path("verifikasi-luring/", views.offline, name="offline"),
    path("kunci-publik.json", views.keys, name="keys"),
    path("<str:code>/", views.verify, name="verify"),
    path("<str:code>/pdf/", views.download_pdf, name="pdf"),
    path("<str:code>/open-badge/", views.download_badge, name="badge"),
]
