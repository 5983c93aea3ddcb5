"""Logs, request ids and error reports for operators, with people's data kept out of all three.

- `RequestIdMiddleware` takes the proxy's X-Request-ID (or makes one) and returns it; `RequestIdFilter` puts it
  on every log record; `JsonFormatter` writes one JSON object a line.
- Error mails to ADMINS are built by `website.error_reports` (no form values, cookies or names).
- `sentry_init` / `scrub_event`: Sentry gets no personal data (emails, phone numbers, names, request bodies).

Imported by settings: nothing from Django that needs settings at import time.
"""
from __future__ import annotations

import contextvars
import datetime
import json
import logging
import re
import uuid
from typing import Any

REQUEST_ID_HEADER = "HTTP_X_REQUEST_ID"
_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("pelita_request_id", default="-")
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")


class RequestIdMiddleware:
    """One id per request: the proxy's X-Request-ID when it is sane, otherwise a new one; echoed back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get(REQUEST_ID_HEADER, "")
        request_id = incoming if _VALID_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = _request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            _request_id.reset(token)
        response["X-Request-ID"] = request_id
        return response


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            # Django logs a request's outcome after the middleware has finished, with the request attached.
            request = getattr(record, "request", None)
            record.request_id = getattr(request, "request_id", None) or _request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, request_id (and the traceback when there is one)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.datetime.fromtimestamp(record.created, tz=datetime.UTC)
            .isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", _request_id.get()),
        }
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def logging_config(*, level: str = "WARNING", json_lines: bool = False) -> dict:
    """LOGGING for settings: everything to stdout (plain or JSON lines), server errors mailed to ADMINS."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "website.observability.RequestIdFilter"},
            "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        },
        "formatters": {
            "json": {"()": "website.observability.JsonFormatter"},
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                        "filters": ["request_id"], "formatter": "json" if json_lines else "plain"},
            "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR",
                            "filters": ["require_debug_false"], "include_html": False},
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Django's own default handlers (a debug-only console, mail_admins) are replaced by these two.
            "django": {"handlers": ["console"], "level": level, "propagate": False},
            "django.request": {"handlers": ["console", "mail_admins"], "level": "WARNING", "propagate": False},
            "django.security": {"handlers": ["console", "mail_admins"], "level": "WARNING", "propagate": False},
            # A scanner sending a foreign Host header is not worth a mail.
            "django.security.DisallowedHost": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        },
    }


# --- Sentry -------------------------------------------------------------------------------------------

FILTERED = "[disaring]"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Indonesian mobile and landline numbers as people type them: 0812..., +62 812-..., 62812..., (0511) 3...
PHONE = re.compile(r"(?<![\w])(?:\+?62|0)[\s().-]*\d(?:[\s().-]*\d){7,13}(?![\w])")
PERSONAL_KEYS = re.compile(
    r"(^|_)(name|nama|full_?name|first_name|last_name|holder|username|email|e_?mail|phone|telepon|hp|wa|"
    r"nik|nip|address|alamat|birth|lahir|ip_address|cookies?|password|token|secret|key|story|cerita|note|"
    r"catatan|reason|alasan|responses?|answer|jawaban)($|_)", re.I)

# Parts of an event that describe the software, not a person: left as they are.
STRUCTURAL = frozenset({"sdk", "contexts", "modules", "debug_meta", "platform", "event_id", "timestamp", "level",
                        "release", "environment", "server_name", "transaction", "transaction_info", "type",
                        "fingerprint", "user"})


def scrub_text(text: str) -> str:
    return PHONE.sub("[telepon]", EMAIL.sub("[email]", text))


def _scrub(value: Any, key: str = "") -> Any:
    if key and PERSONAL_KEYS.search(key):
        return FILTERED
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return {k: _scrub(v, str(k)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrub(v) for v in value]
    return value


def scrub_event(event: dict, hint: dict | None = None) -> dict:
    """Sentry `before_send`: drop who, what was typed and any email/phone/name anywhere in the event."""
    user = event.get("user") or {}
    event["user"] = {"id": user["id"]} if user.get("id") else {}
    request = event.get("request")
    if isinstance(request, dict):
        for field in ("data", "cookies", "query_string", "env"):
            if field in request:
                request[field] = FILTERED
        headers = request.get("headers") or {}
        request["headers"] = {k: v for k, v in headers.items()
                              if k.lower() in ("user-agent", "accept", "accept-language", "content-type",
                                               "content-length", "x-request-id", "host")}
    for crumb in (event.get("breadcrumbs") or {}).get("values", []):
        crumb.pop("data", None)  # SQL parameters, HTTP bodies
    scrubbed = {k: (v if k in STRUCTURAL else _scrub(v)) for k, v in event.items()}
    scrubbed.setdefault("tags", {})["request_id"] = _request_id.get()
    return scrubbed


def sentry_init(*, dsn: str, environment: str = "production", traces_sample_rate: float = 0.0, **extra) -> None:
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn, environment=environment, traces_sample_rate=traces_sample_rate,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False, include_local_variables=False, max_request_body_size="never",
        before_send=scrub_event, before_send_transaction=scrub_event, **extra)
