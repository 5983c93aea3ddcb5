"""Test settings: fast hashing, in-memory email, eager tasks."""
import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PELITA_KEY_ENCRYPTION_KEY = "dGVzdC1vbmx5LWtleS1lbmNyeXB0aW9uLWtleS0zMmI="  # fixed, test-only
PELITA_KEY_ENCRYPTION_KEY_FILE = None
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if os.environ.get("EMAIL_FILE_PATH"):  # the Celery integration tests give the worker a file backend
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
else:
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = str(BASE_DIR / ".test-media")  # noqa: F405
ALLOWED_HOSTS = ["*"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Each test empties the cache (tests/conftest.py): keep it in memory, never a shared Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
