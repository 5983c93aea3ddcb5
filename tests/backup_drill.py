"""The backup-and-restore drill shared by the SQLite test and the PostgreSQL integration test.

Create what an agency cannot lose (a course, quiz attempts, an issued and a revoked certificate, an agency logo),
back up, drop every table and every media file, restore, and check that nothing is different.
"""
import contextlib
import shutil

import pytest
import wagtail_factories
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from assessments import services as quiz_services
from assessments.models import Attempt, QuizPage
from certificates import services as certificate_services
from certificates import signing
from certificates.models import Certificate
from certificates.pdf_cache import certificate_pdf
from certificates.selectors import certificate_by_code, certificate_state
from courses.models import ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories


@contextlib.contextmanager
def tasks_in_process():
    """Run Celery tasks here even when a broker is configured (the integration step sets one): the drill is about
    backups, and the certificate it backs up must exist when the next line reads it."""
    from website.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        yield
    finally:
        app.conf.task_always_eager = previous


def create_agency_data(django_capture_on_commit_callbacks) -> dict:
    village = factories.region_chain()
    logo = wagtail_factories.ImageFactory(title="Logo DP3A")
    agency = factories.AgencyFactory(name="DP3A Kota Banjarmasin", code="DP3A-BJM", logo=logo,
                                     signatory_name="Dra. Contoh", signatory_position="Kepala Dinas")
    course = factories.course_with_modules(2, code="PRL", title="Dasar Hukum dan Keparalegalan", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    _category, questions = factories.question_bank(n=1)
    final = factories.quiz_page(course, questions=questions, kind=QuizPage.Kind.FINAL, required_for_completion=True)
    people = {name: factories.UserFactory(village=village, full_name=name)
              for name in ("Siti Rahmawati", "Nur Aisyah", "Dewi Lestari")}
    with tasks_in_process(), django_capture_on_commit_callbacks(execute=True):
        for name, person in people.items():
            enrollment_create(user=person, course=course)
            for module in ModulePage.objects.child_of(course):
                module_complete(user=person, module=module)
            attempt = quiz_services.attempt_start(user=person, quiz=final)
            answer = factories.correct_response(attempt.snapshot[0]) if name != "Dewi Lestari" else {}
            quiz_services.attempt_save_responses(attempt_id=attempt.pk, user=person, responses={"0": answer})
            quiz_services.attempt_submit(attempt_id=attempt.pk, user=person)
    issued = Certificate.objects.get(user=people["Siti Rahmawati"])
    revoked = certificate_services.certificate_revoke(certificate=Certificate.objects.get(user=people["Nur Aisyah"]),
                                                      actor=None, reason="Data kehadiran dipalsukan")
    assert not Certificate.objects.filter(user=people["Dewi Lestari"]).exists()
    return {"issued": (issued.code, issued.token), "revoked": (revoked.code, revoked.token),
            "logo": media_bytes(logo.file.name),
            "logo_name": logo.file.name, "attempts": quiz_results()}


def media_bytes(name: str) -> bytes:
    from django.core.files.storage import default_storage

    with default_storage.open(name, "rb") as handle:
        return handle.read()


def quiz_results() -> list:
    return list(Attempt.objects.order_by("pk").values_list("user__email", "quiz_id", "number", "status", "score",
                                                          "max_score", "results"))


def drop_everything(media_root: str) -> None:
    """What a lost server leaves: no tables, no media."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")
        else:
            cursor.execute("PRAGMA foreign_keys = OFF")
            rows = cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
            virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
            for name in virtual + [name for name, _sql in rows if name not in virtual]:
                if not name.startswith("sqlite_"):
                    cursor.execute(f'DROP TABLE IF EXISTS "{name}"')
            cursor.execute("PRAGMA foreign_keys = ON")
    shutil.rmtree(media_root, ignore_errors=True)
    assert connection.introspection.table_names() == []


def check_restored(before: dict, media_root: str) -> None:
    browser = Client()
    keys = certificate_services.public_keys()
    for kind, state in (("issued", "valid"), ("revoked", "revoked")):
        code, token = before[kind]
        certificate = certificate_by_code(code)
        assert certificate is not None and certificate.token == token
        assert certificate_state(certificate) == state
        data = signing.verify_payload(token, keys)  # the QR printed before the loss still verifies
        assert data["verification_code"] == code
        html = browser.get(reverse("certificates:verify", args=(code,)), {"p": token}).text
        assert f'data-state="{state}"' in html
        assert "Tanda tangan digital pada kode QR cocok" in html
        assert certificate_pdf(certificate).startswith(b"%PDF")
    assert quiz_results() == before["attempts"]
    assert media_bytes(before["logo_name"]) == before["logo"]


def run_drill(tmp_path, settings, django_capture_on_commit_callbacks) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    before = create_agency_data(django_capture_on_commit_callbacks)
    archive = tmp_path / "cadangan.tar"
    call_command("backup", str(archive))
    drop_everything(settings.MEDIA_ROOT)
    call_command("restore", str(archive))
    check_restored(before, settings.MEDIA_ROOT)
    warm_content_type_cache()


def warm_content_type_cache() -> None:
    """Restore empties Django's content-type cache (a real restore may bring other ids). The test database's
    serialized rollback re-inserts content types after the test and needs the cache warm, as it was before."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    if connection.introspection.table_names():
        ContentType.objects.get_for_models(*apps.get_models())


@pytest.fixture
def after_any_flush(django_db_setup, django_db_blocker):
    """Request before `transactional_db, django_db_serialized_rollback`.

    A transactional test without serialized rollback (e.g. tests/assessments/test_attempt_concurrency.py) ends with
    a flush that re-creates content types and permissions under new ids; loading the migrated snapshot on top of
    them would collide. In that state (no Wagtail locale) those two tables are emptied and the snapshot's content
    types put back first.
    """
    with django_db_blocker.unblock():
        if "wagtailcore_locale" in connection.introspection.table_names():
            with connection.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM wagtailcore_locale")
                if cursor.fetchone()[0] == 0:
                    cursor.execute("DELETE FROM auth_permission")
                    cursor.execute("DELETE FROM django_content_type")
                    _content_types_from_snapshot()


def _content_types_from_snapshot() -> None:
    """Put back the snapshot's content types under their ids and warm the cache with them, so that loading the
    snapshot finds every content type it refers to instead of creating new ones."""
    import json

    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers

    snapshot = json.loads(getattr(connection, "_test_serialized_contents", "[]") or "[]")
    rows = [row for row in snapshot if row["model"] == "contenttypes.contenttype"]
    for obj in serializers.deserialize("json", json.dumps(rows)):
        obj.save()
    ContentType.objects.clear_cache()
    warm_content_type_cache()
