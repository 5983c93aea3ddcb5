"""Production: refuses to start without a secret key or a key-encryption key; hardened for `check --deploy`."""
from pathlib import Path

from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import PELITA_DATA_DIR, env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set to a random value of at least 50 characters.")

# Signing keys are encrypted with it: never generate one here, a key kept beside the database protects nothing.
PELITA_KEY_ENCRYPTION_KEY = env("PELITA_KEY_ENCRYPTION_KEY", default="")
PELITA_KEY_ENCRYPTION_KEY_FILE = None
try:
    [Fernet(part.strip()) for part in PELITA_KEY_ENCRYPTION_KEY.split(",")]
except ValueError:
    raise ImproperlyConfigured(
        "PELITA_KEY_ENCRYPTION_KEY must be set to a Fernet key (32 url-safe base64-encoded bytes) that encrypts "
        "the agencies' signing keys; generate one with: python -c \"from cryptography.fernet import Fernet; "
        "print(Fernet.generate_key().decode())\" and keep it outside the database and its backups.") from None

# One cache shared by every worker process: visitors' kept pages (website.page_cache) are purged for all of them
# when an editor publishes. Set CACHE_URL=redis://... where Redis runs; otherwise files under PELITA_DATA_DIR.
CACHES = {"default": env.cache("CACHE_URL", default=f"filecache://{Path(PELITA_DATA_DIR) / 'cache'}")}
# Sessions read from that cache (written through to the database, so a cleared cache signs nobody out).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind that one TLS proxy, the client's address is the last X-Forwarded-For entry (sign-in lockout and
# rate limits count per address; with REMOTE_ADDR every visitor would share the proxy's).
PELITA_TRUSTED_PROXY_COUNT = env.int("PELITA_TRUSTED_PROXY_COUNT", default=1)
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its preview views SAMEORIGIN itself

# --- Production profile (issue 10): JSON lines on stdout at INFO unless told otherwise ---------------------
from website.observability import logging_config  # noqa: E402

LOGGING = logging_config(level=env("DJANGO_LOG_LEVEL", default="INFO"),
                         json_lines=env("DJANGO_LOG_FORMAT", default="json") == "json")
