"""`manage.py check_production` stops a half-configured production start with messages an IT person can act on."""
import base64
import io
import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

# What a correctly filled deploy/pelita.env gives Django (the deploy checks pass with these).
PRODUCTION_LIKE = dict(
    DEBUG=False, SECRET_KEY=secrets.token_urlsafe(64), ALLOWED_HOSTS=["pelita.example.org"],
    SECURE_SSL_REDIRECT=True, SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_HSTS_PRELOAD=True, SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True, X_FRAME_OPTIONS="DENY",
    CELERY_BROKER_URL="memory://", PELITA_KEY_ENCRYPTION_KEY=secrets.token_urlsafe(32),
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", DEFAULT_FROM_EMAIL="Pelita <pelita@dp3a.go.id>",
    SERVER_EMAIL="pelita@dp3a.go.id",
)


def run():
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("check_production", stdout=out, stderr=err)
        code = 0
    except CommandError:
        code = 1
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def production_like(settings, tmp_path):
    for name, value in PRODUCTION_LIKE.items():
        setattr(settings, name, value)
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return settings


def test_a_complete_configuration_passes(production_like, db):
    code, out, err = run()
    assert code == 0, out + err
    for check in ("database", "migrations", "key encryption key", "storage", "cache", "broker", "email"):
        assert f"OK     {check}" in out
    assert "Konfigurasi produksi siap." in out


def test_missing_key_encryption_key_fails(production_like, db, monkeypatch):
    production_like.PELITA_KEY_ENCRYPTION_KEY = ""
    monkeypatch.delenv("PELITA_KEY_ENCRYPTION_KEY", raising=False)
    code, _out, err = run()
    assert code == 1 and "GAGAL  key encryption key: PELITA_KEY_ENCRYPTION_KEY kosong" in err


def test_unreachable_broker_fails(production_like, db):
    production_like.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    code, _out, err = run()
    assert code == 1 and "GAGAL  broker: Broker Celery tidak dapat dijangkau" in err


def test_console_email_fails(production_like, db):
    production_like.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    code, _out, err = run()
    assert code == 1 and "GAGAL  email: Email tidak terkirim (backend console): isi EMAIL_URL" in err


def test_storage_that_cannot_be_written_fails(production_like, db, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    production_like.MEDIA_ROOT = str(blocker / "media")  # a folder cannot be made inside a file (even as root)
    code, _out, err = run()
    assert code == 1 and "GAGAL  storage: Penyimpanan berkas (media) tidak dapat dijangkau" in err


def test_django_deploy_warnings_fail_the_check(production_like, db):
    production_like.SESSION_COOKIE_SECURE = False
    code, _out, err = run()
    assert code == 1 and "GAGAL  check --deploy" in err and "SESSION_COOKIE_SECURE" in err


def test_fresh_production_server_lists_everything_missing(tmp_path):
    """The real production settings, as an IT person who filled in only the secrets and host would run it."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PELITA_KEY_ENCRYPTION_KEY", "CELERY_BROKER_URL", "EMAIL_URL", "DATABASE_URL")}
    result = subprocess.run(
        [sys.executable, "manage.py", "check_production"], cwd=settings.BASE_DIR, capture_output=True, text=True,
        timeout=120, env={**env, "DJANGO_SETTINGS_MODULE": "website.settings.production",
                          "DJANGO_SECRET_KEY": secrets.token_urlsafe(64), "DJANGO_ALLOWED_HOSTS": "pelita.example.org",
                          # a Fernet-shaped key (32 random bytes, url-safe base64), whatever format the setting wants
                          "PELITA_KEY_ENCRYPTION_KEY": base64.urlsafe_b64encode(os.urandom(32)).decode(),
                          "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
                          "DJANGO_MEDIA_ROOT": str(tmp_path / "media")})
    assert result.returncode != 0
    assert "Jalankan: manage.py migrate." in result.stderr
    assert "CELERY_BROKER_URL" in result.stderr
    assert "EMAIL_URL" in result.stderr
    assert "3 pemeriksaan produksi gagal" in result.stderr
    for fine in ("database", "key encryption key", "storage", "cache"):
        assert f"OK     {fine}" in result.stdout
