"""The baseline for bench/pages.py: one Django view, no middleware, no database, no template.

Served by the same gunicorn as Pelita in the same run, so the ratio page/bare says how much of a request's
cost is ours rather than the machine's: `gunicorn bench.bare_app:application`.
"""
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="bench-bare-view-only", ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"],
                   MIDDLEWARE=[], INSTALLED_APPS=[], USE_I18N=False)

from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path


def hello(request):
    return HttpResponse("<!doctype html><title>Pelita</title><p>Halo</p>")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
