"""Settings shared by every environment; everything that differs comes from the environment."""
import datetime
from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "website",
    "demo",
    "accounts",
    "courses",
    "assessments",
    "cohorts",
    "certificates",
    "reports",
    "offline",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "crispy_forms",
    "crispy_bootstrap5",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "website.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "website.middleware.ChosenLanguageMiddleware",
    "website.page_cache.VisitorPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.shared_phone.SharedPhoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "website.context_processors.site_shell",
                "accounts.context_processors.header",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets the dev server and an in-process task read while another request writes.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["accounts.backends.LockoutBackend", "accounts.backends.EmailOrPhoneBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "after_sign_in"  # staff with a dashboard land on it, everyone else on their learning
LOGOUT_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
     "OPTIONS": {"user_attributes": ("full_name", "email", "phone", "username")}},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "accounts.validators.ContextWordValidator"},
]

# Sign-in lockout (django-axes): after AXES_FAILURE_LIMIT failures for one account, or from one address,
# sign-in is refused (429, accounts/locked_out.html) for the cool-off, on the site and the Wagtail admin.
# A success does not reset the count (that would let an attacker clear it with their own account).
AXES_FAILURE_LIMIT = env.int("PELITA_LOGIN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("PELITA_LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_CALLABLE = "accounts.backends.lockout_identifier"
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.backends.lockout_response"
AXES_RESET_ON_SUCCESS = False
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins are not stored: less personal data to keep and erase
AXES_VERBOSE = False
AXES_CLIENT_STR_CALLABLE = "accounts.backends.lockout_log_label"  # no email, phone or address in logs
# Behind a reverse proxy, how many proxies set X-Forwarded-For (lockout and rate limits key on the address).
PELITA_TRUSTED_PROXY_COUNT = env.int("PELITA_TRUSTED_PROXY_COUNT", default=0)

# Content-Security-Policy (django-csp 4): scripts only from Pelita's own static files, never inline, no
# external request of any kind. Style attributes (progress bars) are allowed; data for scripts travels in
# `json_script` blocks. The Wagtail admin renders a few inline scripts of its own, so
# website.middleware.ContentSecurityPolicyMiddleware adds 'unsafe-inline' for its URLs only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],  # as X-Frame-Options DENY (the admin frames its own previews)
    },
}

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
# The project's catalogue, then Indonesian for the Wagtail admin strings Wagtail's own catalogue lacks.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_wagtail"]
TIME_ZONE = env("DJANGO_TIME_ZONE", default="Asia/Makassar")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Pelita <no-reply@pelita.local>")

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Celery: eager (in-process) unless a broker is configured.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
# A task whose worker died unacknowledged is delivered again after this many seconds (Redis transport).
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "close-expired-quiz-attempts": {"task": "assessments.tasks.attempts_close_expired_task", "schedule": 60.0},
    "remove-stale-participant-uploads": {"task": "cohorts.tasks.uploads_remove_stale_task", "schedule": 3600.0},
}

# Wagtail
WAGTAIL_SITE_NAME = "Pelita"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "xlsx", "pptx", "odt", "txt", "mp3", "mp4", "ogg", "m4a", "webm"]
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "website.editor.SafeDraftailRichTextArea",
        "OPTIONS": {"features": ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]},
    }
}
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.images.ImageForm"  # decodes every upload in full (no broken images)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatar requests to gravatar.com: no external requests, no email hashes
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True

# Pelita
PELITA_QUIZ_GRACE_SECONDS = env.int("PELITA_QUIZ_GRACE_SECONDS", default=30)
# A "shared phone" (Ponsel bersama) sign-in ends after this long without use, and the phone forgets the person.
PELITA_SHARED_PHONE_IDLE_SECONDS = env.int("PELITA_SHARED_PHONE_IDLE_SECONDS", default=15 * 60)
PELITA_MINUTES_PER_JP = env.int("PELITA_MINUTES_PER_JP", default=45)
# Participant lists longer than this import in the background (Celery) with a progress page.
PELITA_IMPORT_INLINE_ROWS = env.int("PELITA_IMPORT_INLINE_ROWS", default=300)
PELITA_QUICK_EXIT_URL = env("PELITA_QUICK_EXIT_URL", default="https://www.google.com/search?q=resep+masakan")
PELITA_HELPLINES = [
    {"name": _("Telepon SAPA"), "number": "129", "href": "tel:129"},
    {"name": _("WhatsApp SAPA"), "number": "08111-129-129", "href": "https://wa.me/628111129129"},
    {"name": _("Darurat"), "number": "112", "href": "tel:112"},
]

# Agencies' signing keys are encrypted at rest with this key-encryption key (Fernet: 32 url-safe base64 bytes,
# `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`). While changing
# it, give several separated by commas: the first encrypts, every one decrypts.
PELITA_KEY_ENCRYPTION_KEY = env("PELITA_KEY_ENCRYPTION_KEY", default="")
# Without one, the embedded default generates a key once and keeps it in this file (mode 0600), with a warning.
PELITA_DATA_DIR = env("PELITA_DATA_DIR", default=str(BASE_DIR / "data"))
PELITA_KEY_ENCRYPTION_KEY_FILE = str(Path(PELITA_DATA_DIR) / "kunci-enkripsi.key")

# --- Production profile (issue 10): error mail, health, logs, error reports, shared storage -------------
# Kept in one block at the end so other settings changes merge cleanly. Every variable is documented in
# deploy/pelita.env.example.
from website.observability import logging_config, sentry_init  # noqa: E402

ADMINS = [(address.split("<")[0].strip() or address, address.split("<")[-1].rstrip(">").strip())
          for address in env.list("DJANGO_ADMINS", default=[])]
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
MIDDLEWARE = ["website.observability.RequestIdMiddleware", "website.health.HealthCheckMiddleware", *MIDDLEWARE]
DEFAULT_EXCEPTION_REPORTER = "website.error_reports.PrivateExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "website.error_reports.PrivateExceptionReporterFilter"
LOGGING = logging_config(level=env("DJANGO_LOG_LEVEL", default="WARNING"),
                         json_lines=env("DJANGO_LOG_FORMAT", default="plain") == "json")
SENTRY_DSN = env("SENTRY_DSN", default="")
if SENTRY_DSN:
    sentry_init(dsn=SENTRY_DSN, environment=env("SENTRY_ENVIRONMENT", default="production"),
                traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0))

# Shared files: media go to S3-compatible object storage when a bucket is configured (several machines share
# them); otherwise the local folder MEDIA_ROOT (the embedded default). Files stay private: links are signed and
# expire, so documents, print packs and signatures are never public URLs.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("PELITA_S3_ENDPOINT_URL", default="") or None,
            "region_name": env("PELITA_S3_REGION", default="") or None,
            "access_key": env("PELITA_S3_ACCESS_KEY_ID", default="") or None,
            "secret_key": env("PELITA_S3_SECRET_ACCESS_KEY", default="") or None,
            "location": env("PELITA_S3_LOCATION", default="media"),
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": 600,
            "file_overwrite": False,
            "signature_version": "s3v4",
            "addressing_style": "path" if env("PELITA_S3_ENDPOINT_URL", default="") else None,
        },
    }
