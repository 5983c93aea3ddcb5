"""In production every worker process shares one cache, so a publish purges visitors' kept pages for all of them."""
import json
import os
import secrets
import subprocess
import sys

from cryptography.fernet import Fernet
from django.conf import settings

SHOW = ("import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps([settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE, "
        "settings.STORAGES['staticfiles']['BACKEND']]))")


def production_settings(tmp_path, **env):
    result = subprocess.run(
        [sys.executable, "-c", SHOW], cwd=settings.BASE_DIR, capture_output=True, text=True, timeout=120,
        env={**{k: v for k, v in os.environ.items() if k not in ("CACHE_URL", "DJANGO_SECRET_KEY")},
             "DJANGO_SETTINGS_MODULE": "website.settings.production", "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
             "PELITA_KEY_ENCRYPTION_KEY": Fernet.generate_key().decode(), "PELITA_DATA_DIR": str(tmp_path), **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_cache_is_shared_by_worker_processes(tmp_path):
    cache, sessions, static = production_settings(tmp_path)
    assert cache == "django.core.cache.backends.filebased.FileBasedCache"  # not per-process memory
    assert sessions == "django.contrib.sessions.backends.cached_db"
    assert static == "whitenoise.storage.CompressedManifestStaticFilesStorage"  # compressed, hashed names
    cache, _, _ = production_settings(tmp_path, CACHE_URL="redis://127.0.0.1:6379/3")
    assert cache == "django.core.cache.backends.redis.RedisCache"
