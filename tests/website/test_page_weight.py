"""What a phone downloads for a module page with the production static setup (WhiteNoise, compressed manifest
storage): the first visit stays under 100 KiB compressed; on the second, the fingerprinted static files come
from the browser's cache (served immutable, a year or more) and only the page itself travels, under 10 KiB."""
import gzip
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings

from courses.models import ModulePage
from courses.services import enrollment_create

pytestmark = pytest.mark.django_db
PRODUCTION_STORAGES = {**settings.STORAGES,
                       "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
ASSET = re.compile(r'(?:href|src)="(/static/[^"]+)"')
YEAR = 365 * 24 * 3600


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """Our static files collected as production does (fingerprinted, gzip and brotli copies); the admin's
    are left out, a trainee's page uses none of them."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", "--noinput", "-v0", "-i", "wagtail*", "-i", "admin", "-i", "modelcluster",
                     "-i", "rest_framework", "-i", "table_block", "-i", "django_extensions", "-i", "axes")
    return root


def _wire_size(response) -> int:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return len(body)


def test_module_page_weighs_under_100_kib_first_and_10_kib_after(static_root, course, trainee):
    enrollment_create(user=trainee, course=course)
    module = ModulePage.objects.child_of(course).first()
    with override_settings(STATIC_ROOT=static_root, STORAGES=PRODUCTION_STORAGES, DEBUG=False,
                           WHITENOISE_AUTOREFRESH=False, WHITENOISE_USE_FINDERS=False):
        phone = Client(HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        phone.force_login(trainee)
        page = phone.get(module.url)
        assert page.status_code == 200 and page["Content-Encoding"] == "gzip"
        html = gzip.decompress(page.content).decode()
        assets = sorted(set(ASSET.findall(html)))
        assert any(path.endswith(".css") for path in assets) and any(path.endswith(".js") for path in assets)
        first = len(page.content)
        for path in assets:
            asset = phone.get(path)
            assert asset.status_code == 200, path
            assert re.search(r"\.[0-9a-f]{12}\.", path), f"{path} is not fingerprinted"
            cache_control = asset["Cache-Control"]
            assert "immutable" in cache_control and "public" in cache_control, (path, cache_control)
            assert int(re.search(r"max-age=(\d+)", cache_control).group(1)) >= YEAR, (path, cache_control)
            if path.endswith((".css", ".js", ".svg")):
                assert asset.get("Content-Encoding") in ("gzip", "br"), path
            first += _wire_size(asset)
        second = len(phone.get(module.url).content)  # static files: immutable, not asked for again
    assert first <= 100 * 1024, f"first visit {first / 1024:.1f} KiB"
    assert second <= 10 * 1024, f"second visit {second / 1024:.1f} KiB"
