"""The "save for offline" list: only for the enrolled trainee, never on a shared phone, nothing private in it."""
import gzip
import json
import re
from pathlib import Path

import pytest
from django.conf import settings

from accounts.shared_phone import SESSION_KEY
from assessments.models import Attempt, QuizPage
from courses.models import ModulePage
from courses.services import enrollment_create
from tests import factories

ROOT = Path(settings.BASE_DIR)
DENIED = re.compile(r"^/(admin|akun|belajar|sertifikat|laporan|pelatihan)/|sertifikat|/percobaan/\d+/(?!luring/$)")


@pytest.fixture
def quizzes(course):
    _category, questions = factories.question_bank(n=3)
    post = factories.quiz_page(course, questions=questions, title="Post-test", kind=QuizPage.Kind.POST_TEST)
    timed = factories.quiz_page(course, questions=questions, title="Pre-test berwaktu", kind=QuizPage.Kind.PRE_TEST,
                                time_limit_minutes=10)
    final = factories.quiz_page(course, questions=questions, title="Ujian akhir", kind=QuizPage.Kind.FINAL)
    return post, timed, final


def bundle_url(course):
    return f"/luring/kursus/{course.pk}/"


def test_lists_every_module_with_sizes_and_starts_only_untimed_quizzes(client, trainee, course, quizzes):
    post, _timed, _final = quizzes
    enrollment_create(user=trainee, course=course)
    client.force_login(trainee)
    preview = client.get(bundle_url(course)).json()
    assert not Attempt.objects.exists()  # looking changes nothing
    assert preview["quizzes_to_start"] == ["Post-test"]
    assert {e["title"] for e in preview["excluded"]} == {"Pre-test berwaktu", "Ujian akhir"}

    saved = client.post(bundle_url(course)).json()
    attempt = Attempt.objects.get()
    assert attempt.quiz_id == post.pk
    paths = [item["url"] for item in saved["urls"]]
    for module in ModulePage.objects.child_of(course):
        assert module.url in paths
    assert f"{post.url}percobaan/{attempt.pk}/luring/" in paths
    assert not [p for p in paths if DENIED.search(p)]
    assert all(item["bytes"] > 0 for item in saved["urls"])
    assert saved["total_bytes"] == sum(item["bytes"] for item in saved["urls"])


def test_offline_attempt_page_has_no_answers_and_timed_tests_say_they_need_signal(client, trainee, course, quizzes):
    post, timed, _final = quizzes
    enrollment_create(user=trainee, course=course)
    client.force_login(trainee)
    client.post(bundle_url(course))
    attempt = Attempt.objects.get()
    html = client.get(f"{post.url}percobaan/{attempt.pk}/luring/").text
    assert "data-offline-attempt" in html and "Jawaban benar" in html  # the option text, as on any attempt page
    assert "Tepat sekali" not in html and "Pembahasan umum rahasia" not in html  # no feedback
    assert "memerlukan sambungan internet" in client.get(timed.url).text
    assert "memerlukan sambungan internet" not in client.get(post.url).text


def test_refused_when_not_enrolled_signed_out_or_on_a_shared_phone(client, trainee, course):
    assert client.get(bundle_url(course)).status_code == 403
    client.force_login(trainee)
    assert client.get(bundle_url(course)).status_code == 404
    enrollment_create(user=trainee, course=course)
    assert client.get(bundle_url(course)).status_code == 200
    assert "Simpan untuk dibaca tanpa sinyal" in client.get(course.url).text
    session = client.session
    session[SESSION_KEY] = True
    session.save()
    assert client.post(bundle_url(course)).status_code == 403
    assert "Simpan untuk dibaca tanpa sinyal" not in client.get(course.url).text


def test_service_worker_is_served_from_the_root_versioned_and_small(client):
    response = client.get("/sw.js")
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    source = response.content.decode()
    assert "__VERSION__" not in source and re.search(r"Version: [0-9a-f]{12}", source)
    scripts = response.content + (ROOT / "static/js/offline.js").read_bytes()
    assert len(gzip.compress(scripts, 9)) <= 10 * 1024


def test_web_manifest_names_the_site_in_indonesian_with_icons(client, db):
    manifest = json.loads(client.get("/manifest.webmanifest").content)
    assert manifest["lang"] == "id" and manifest["short_name"] == "Pelita"
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in manifest["icons"]}
    for icon in manifest["icons"]:
        assert (ROOT / "static" / icon["src"].removeprefix("/static/")).exists()
    assert 'rel="manifest"' in client.get("/").text
