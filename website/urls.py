from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import JavaScriptCatalog, set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from offline import views as offline_views

from . import routing, views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumen/", include(wagtaildocs_urls)),
    path("akun/", include("accounts.urls")),
    path("belajar/", include("courses.urls")),
    path("sertifikat/", include("certificates.urls")),
    path("pelatihan/", include("cohorts.urls")),
    path("laporan/", include("reports.urls")),
    path("cari/", views.search, name="search"),
    path("luring/", include("offline.urls")),
    # The service worker is served from the root so that it may look after every page of the site.
    path("sw.js", offline_views.service_worker, name="service_worker"),
    path("manifest.webmanifest", offline_views.manifest, name="web_manifest"),
    path("masuk/lanjut/", views.after_sign_in, name="after_sign_in"),
    # Choosing a language carries no token, so the header of a page kept for visitors (website.page_cache) is the
    # same for all of them; at worst a forged post switches someone's language, which the switch undoes.
    path("bahasa/", csrf_exempt(set_language), name="set_language"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
# Wagtail's front-end URLs, its page serving replaced by one that reads the page chain in one query.
urlpatterns += [pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"]
urlpatterns += [re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve")]
