"""/healthz tells a load balancer whether this process can serve, cheaply and without touching people's data."""
import json

import pytest
from django.core.cache import cache

from tests import factories


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return settings


def test_healthy_process_answers_200_with_each_check(client, db, media):
    response = client.get("/healthz")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    body = response.json()
    assert body == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "storage": "ok"}}
    assert response["Cache-Control"] == "no-store"


def test_no_cookie_no_session_and_no_personal_data(client, db, media):
    person = factories.UserFactory(full_name="Siti Aminah", email="siti@contoh.id")
    client.force_login(person)
    response = client.get("/healthz")
    assert "Set-Cookie" not in response.headers and not response.cookies
    assert "Vary" not in response.headers  # neither session nor language was read
    assert "Siti" not in response.text and "siti@" not in response.text


def test_load_balancer_by_ip_over_http_is_answered_in_production(client, db, media, settings):
    settings.ALLOWED_HOSTS = ["pelita.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.5:8001")
    assert response.status_code == 200  # not 400 (host) nor 301 (https)
    assert client.get("/", HTTP_HOST="10.0.0.5:8001").status_code == 400  # the rest of the site still checks


def test_unreachable_broker_gives_503(client, db, media, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "fail" and body["checks"]["broker"] == "OperationalError"
    assert "127.0.0.1" not in response.text  # no URL (which may hold a password) in the answer


def test_broken_cache_gives_503(client, db, media, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:1/0"}}
    cache.close()
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json()["checks"]["cache"] != "ok"


def test_unwritable_storage_gives_503(client, db, settings, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    settings.MEDIA_ROOT = str(blocker)
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json()["checks"]["storage"] != "ok"


def test_cheap(client, db, media, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        assert client.get("/healthz").status_code == 200


def test_only_reads(client, db, media):
    assert client.post("/healthz").status_code == 405
    assert json.loads(client.head("/healthz").content or b"{}") in ({}, {"status": "ok"})
