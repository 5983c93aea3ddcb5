"""Operators see request ids, JSON log lines, error mails and Sentry reports; none of them carries people's data."""
import json
import logging
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client

from website.observability import JsonFormatter, RequestIdFilter, logging_config, scrub_event

STORY = "Ibu Siti Aminah, 081234567890, dipukul suaminya"


def test_request_id_from_the_proxy_is_kept_and_returned(client, db):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="8f14e45fceea167a5a36dedd4bea2543")
    assert response["X-Request-ID"] == "8f14e45fceea167a5a36dedd4bea2543"


def test_request_id_is_made_when_missing_or_unsafe(client, db):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz", HTTP_X_REQUEST_ID="<script>alert(1)</script>")["X-Request-ID"]
    assert len(first) == 32 and len(second) == 32 and first != second and "<" not in second


def test_log_lines_are_json_with_the_request_id(client, db, caplog):
    config = logging_config(level="INFO", json_lines=True)
    formatter, request_filter = JsonFormatter(), RequestIdFilter()
    assert config["handlers"]["console"]["formatter"] == "json"

    lines = []

    class Capture(logging.Handler):
        def emit(self, record):
            lines.append(formatter.format(record))

    handler = Capture()
    handler.addFilter(request_filter)
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        client.get("/tidak-ada-halaman-ini/", HTTP_X_REQUEST_ID="req-0123456789abcdef")
    finally:
        logger.removeHandler(handler)
    entry = json.loads(lines[-1])
    assert entry["request_id"] == "req-0123456789abcdef" and entry["level"] == "WARNING"
    assert entry["logger"] == "django.request" and "Not Found" in entry["message"]
    assert {"time", "level", "logger", "message", "request_id"} <= set(entry)


@pytest.mark.urls("tests.website.boom_urls")
def test_server_error_is_mailed_to_admins_without_what_people_typed(db, settings):
    from tests import factories

    settings.ADMINS = [("Tim TI", "ti@dp3a.example.go.id")]
    person = factories.UserFactory(full_name="Siti Aminah", email="siti.aminah@contoh.id")
    browser = Client(raise_request_exception=False)
    browser.force_login(person)
    response = browser.post("/boom/?q=Siti+Aminah", {"cerita": STORY, "telepon": "081234567890"})
    assert response.status_code == 500
    assert len(mail.outbox) == 1
    report = mail.outbox[0]
    assert report.to == ["ti@dp3a.example.go.id"] and "/boom/" in report.subject
    text = report.body + "".join(str(content) for content, _type in getattr(report, "alternatives", []))
    assert "RuntimeError" in text and "gagal memproses formulir" in text
    for private in ("Siti", "081234567890", "dipukul", "siti.aminah@contoh.id", "sessionid="):
        assert private not in text, private
    assert f"id={person.pk}" in text


def test_no_admins_no_mail(db, settings):
    settings.ADMINS = []
    Client(raise_request_exception=False).get("/tidak-ada/")
    assert mail.outbox == []


def test_sentry_event_is_scrubbed_of_people():
    event = {
        "user": {"id": "42", "email": "siti.aminah@contoh.id", "username": "siti", "ip_address": "10.1.2.3"},
        "request": {"url": "https://pelita.example.org/boom/", "method": "POST",
                    "data": {"cerita": STORY}, "query_string": "q=Siti+Aminah", "cookies": {"sessionid": "abc"},
                    "headers": {"Cookie": "sessionid=abc", "User-Agent": "Mozilla", "X-Forwarded-For": "10.1.2.3"}},
        "exception": {"values": [{"type": "ValueError",
                                  "value": "tidak terkirim ke siti.aminah@contoh.id / +62 812-3456-7890",
                                  "stacktrace": {"frames": [{"function": "issue", "vars": {"holder_name": "Siti"}}]}}]},
        "extra": {"holder_name": "Siti Aminah", "nama_lengkap": "Siti Aminah", "phone": "0812 3456 7890",
                  "count": 3},
        "breadcrumbs": {"values": [{"category": "query", "message": "SELECT 1", "data": {"params": ["Siti"]}},
                                   {"category": "log", "message": "email ke budi@contoh.id gagal"}]},
        "sdk": {"name": "sentry.python"},
    }
    scrubbed = json.dumps(scrub_event(event, {}))
    for private in ("Siti", "siti", "812", "10.1.2.3", "sessionid", "budi@contoh.id", "dipukul"):
        assert private not in scrubbed, private
    result = json.loads(scrubbed)
    assert result["user"] == {"id": "42"} and result["extra"]["count"] == 3
    assert result["exception"]["values"][0]["type"] == "ValueError" and result["sdk"]["name"] == "sentry.python"
    assert result["request"]["url"] == "https://pelita.example.org/boom/"


def test_sentry_starts_only_with_a_dsn_and_without_personal_data(tmp_path):
    script = """
import json, django
django.setup()
import sentry_sdk
client = sentry_sdk.get_client()
sent = []
if client.is_active():
    client.transport.capture_envelope = sent.append
    sentry_sdk.set_user({"id": 7, "email": "siti.aminah@contoh.id", "username": "siti"})
    try:
        raise ValueError("gagal mengirim ke siti.aminah@contoh.id atau 081234567890")
    except ValueError:
        sentry_sdk.capture_exception()
    sentry_sdk.flush()
print(json.dumps({"active": client.is_active(), "pii": client.options.get("send_default_pii"),
                  "locals": client.options.get("include_local_variables"),
                  "events": [item.payload.json for envelope in sent for item in envelope.items
                             if item.payload.json]}))
"""
    env = {k: v for k, v in os.environ.items() if k != "SENTRY_DSN"}
    env["DJANGO_SETTINGS_MODULE"] = "website.settings.test"

    def run(**extra):
        result = subprocess.run([sys.executable, "-c", script], cwd=settings.BASE_DIR, capture_output=True,
                                text=True, timeout=120, env={**env, **extra})
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    assert run()["active"] is False
    on = run(SENTRY_DSN="https://public@sentry.invalid/1")
    assert on["active"] is True and on["pii"] is False and on["locals"] is False
    assert len(on["events"]) == 1
    text = json.dumps(on["events"])
    assert "ValueError" in text and "siti" not in text.lower() and "081234567890" not in text
    assert on["events"][0]["user"] == {"id": 7}
