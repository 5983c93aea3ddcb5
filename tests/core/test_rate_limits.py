"""Certificate verification lookups and quiz autosave are rate limited with a clear Indonesian 429."""
import json

import pytest
from django.urls import reverse

from assessments import services
from certificates.views import VERIFY_LIMIT_PER_MINUTE
from courses.services import enrollment_create
from tests import factories


@pytest.fixture(autouse=True)
def _one_window(monkeypatch):
    """All requests of a test fall in one counting window, whatever the clock says when it runs."""
    monkeypatch.setattr("core.ratelimit._now", lambda: 1_700_000_010.0)


def test_verification_lookups_are_limited_per_address(client, db):
    statuses = [client.get(reverse("certificates:verify", args=[f"KODE{i:06d}"]), REMOTE_ADDR="203.0.113.5")
                .status_code for i in range(VERIFY_LIMIT_PER_MINUTE + 5)]
    assert set(statuses[:VERIFY_LIMIT_PER_MINUTE]) == {404}  # unknown codes, answered
    assert set(statuses[VERIFY_LIMIT_PER_MINUTE:]) == {429}
    response = client.get(reverse("certificates:lookup") + "?kode=ABC", REMOTE_ADDR="203.0.113.5")
    assert response.status_code == 429
    assert "Terlalu banyak permintaan" in response.text and response["Retry-After"] == "30"
    # Another address is not affected.
    assert client.get(reverse("certificates:verify", args=["KODE"]), REMOTE_ADDR="203.0.113.6").status_code == 404


def test_quiz_autosave_is_limited_per_person(client, trainee, course):
    _category, questions = factories.question_bank(n=2)
    quiz = factories.quiz_page(course, questions=questions)
    enrollment_create(user=trainee, course=course)
    attempt = services.attempt_start(user=trainee, quiz=quiz)
    client.force_login(trainee)
    url = quiz.url + f"percobaan/{attempt.pk}/simpan/"
    statuses = [client.post(url, data=json.dumps({"0": None}), content_type="application/json").status_code
                for _ in range(125)]
    assert statuses[:120] == [200] * 120 and set(statuses[120:]) == {429}
    body = client.post(url, data="{}", content_type="application/json").json()
    assert body["ok"] is False and "Terlalu banyak permintaan" in body["error"]


def test_client_address_trusts_forwarded_for_only_behind_configured_proxies(rf, settings):
    from core.ratelimit import client_address

    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5")
    settings.PELITA_TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == "10.0.0.1"  # a header the client wrote is not believed
    settings.PELITA_TRUSTED_PROXY_COUNT = 1
    assert client_address(request) == "203.0.113.5"  # what our proxy saw, not what the client claimed
