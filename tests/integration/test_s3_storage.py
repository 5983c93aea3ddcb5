"""Media on S3-compatible object storage: a real S3 API server (moto in server mode) on a free local port.

A certificate PDF written through Django's storage by one process is read back by another process configured
only through the environment (as a second web machine would be), and the backup archive includes S3 media.
"""
import hashlib
import io
import json
import os
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request

import boto3
import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from certificates.models import Certificate
from certificates.pdf_cache import certificate_pdf
from tests.backup_drill import after_any_flush, create_agency_data  # noqa: F401
from website import health

pytestmark = pytest.mark.services

BUCKET = "pelita-media"
CREDENTIALS = {"PELITA_S3_ACCESS_KEY_ID": "uji", "PELITA_S3_SECRET_ACCESS_KEY": "uji-rahasia",
               "PELITA_S3_REGION": "ap-southeast-3"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory):
    port = free_port()
    log = open(tmp_path_factory.mktemp("moto") / "moto.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail("moto server did not start")
                time.sleep(0.25)
        boto3.client("s3", endpoint_url=endpoint, aws_access_key_id="uji", aws_secret_access_key="uji-rahasia",
                     region_name="ap-southeast-3").create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "ap-southeast-3"})
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def s3_environment(endpoint: str) -> dict:
    return {"AWS_STORAGE_BUCKET_NAME": BUCKET, "PELITA_S3_ENDPOINT_URL": endpoint, **CREDENTIALS}


def settings_from_environment(environment: dict) -> dict:
    """STORAGES as website/settings/base.py builds them from these variables (asked of a fresh process)."""
    script = ("import json, django; django.setup(); from django.conf import settings; "
              "print(json.dumps(settings.STORAGES))")
    result = subprocess.run([sys.executable, "-c", script], cwd=django_settings.BASE_DIR, capture_output=True,
                            text=True, timeout=120,
                            env={**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test", **environment})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def s3_media(settings, s3_endpoint):
    settings.STORAGES = settings_from_environment(s3_environment(s3_endpoint))
    assert settings.STORAGES["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    return s3_endpoint


def test_local_folder_stays_the_default():
    storages = settings_from_environment({"AWS_STORAGE_BUCKET_NAME": ""})
    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_certificate_pdf_written_here_is_read_by_another_process(s3_media, db, django_capture_on_commit_callbacks):
    before = create_agency_data(django_capture_on_commit_callbacks)  # the agency logo is uploaded to S3 too
    certificate = Certificate.objects.get(code=before["issued"][0])
    pdf = certificate_pdf(certificate)
    name = default_storage.save(f"sertifikat/pdf/{certificate.code}.pdf", ContentFile(pdf))

    reader = ("import hashlib, django; django.setup(); from django.core.files.storage import default_storage as s; "
              f"print(hashlib.sha256(s.open({name!r}, 'rb').read()).hexdigest(), s.exists({before['logo_name']!r}))")
    result = subprocess.run([sys.executable, "-c", reader], cwd=django_settings.BASE_DIR, capture_output=True,
                            text=True, timeout=120,
                            env={**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test",
                                 **s3_environment(s3_media)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [hashlib.sha256(pdf).hexdigest(), "True"]

    url = default_storage.url(name)  # private bucket: a signed link that expires
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=600" in url
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.read() == pdf


def test_health_and_production_check_reach_the_bucket(s3_media, db, client):
    assert health.storage_probe(write=True).ok
    assert client.get("/healthz").json()["checks"]["storage"] == "ok"


def test_backup_takes_media_from_the_bucket(after_any_flush, transactional_db, django_db_serialized_rollback,
        s3_media, tmp_path, django_capture_on_commit_callbacks):
    before = create_agency_data(django_capture_on_commit_callbacks)
    archive = tmp_path / "cadangan.tar"
    call_command("backup", str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as tar:
        logo = tar.extractfile(f"media/{before['logo_name']}").read()
    assert logo == before["logo"]
