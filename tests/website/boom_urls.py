"""The site's URLs plus one view that fails, to see what an error report holds."""
from django.urls import path

from website.urls import urlpatterns as site_urlpatterns


def boom(request):
    victim_story = "Ibu Siti Aminah, 081234567890, dipukul suaminya"  # noqa: F841 - a local the report must hide
    raise RuntimeError("gagal memproses formulir")


urlpatterns = [path("boom/", boom), *site_urlpatterns]
