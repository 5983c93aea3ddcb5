"""Back up, lose everything, restore: certificates still verify, revoked stays revoked, quiz results are the same."""
import io
import json
import tarfile

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from tests.backup_drill import (  # noqa: F401 (after_any_flush: a fixture)
    after_any_flush,
    create_agency_data,
    drop_everything,
    run_drill,
    warm_content_type_cache,
)

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite",
                                reason="the SQLite drill (PostgreSQL: tests/integration)")


def test_drill_on_sqlite(after_any_flush, transactional_db, django_db_serialized_rollback,
        tmp_path, settings, django_capture_on_commit_callbacks):
    run_drill(tmp_path, settings, django_capture_on_commit_callbacks)


def test_archive_holds_database_media_and_a_manifest(after_any_flush, transactional_db, django_db_serialized_rollback,
        tmp_path, settings, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    before = create_agency_data(django_capture_on_commit_callbacks)
    call_command("backup", str(tmp_path), stdout=io.StringIO())
    archive_path, = tmp_path.glob("pelita-backup-*.tar")
    with tarfile.open(archive_path) as archive:
        manifest = json.loads(archive.extractfile("manifest.json").read())
        names = set(archive.getnames())
    assert manifest["format"] == "pelita-backup/1" and manifest["database"]["vendor"] == "sqlite"
    assert {"pelita", "django", "wagtail", "python", "database"} <= set(manifest["versions"])
    assert manifest["counts"]["certificates"] == 2 and manifest["counts"]["signing_keys"] == 1
    assert manifest["migrations"]["certificates"]
    assert "database/pelita.sqlite3" in names and f"media/{before['logo_name']}" in names
    assert set(manifest["files"]) == names - {"manifest.json"}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())
    assert "PELITA_KEY_ENCRYPTION_KEY" in manifest["secrets"]


def test_restore_refuses_a_database_in_use(after_any_flush, transactional_db, django_db_serialized_rollback,
        tmp_path, settings, django_capture_on_commit_callbacks):
    from certificates.models import Certificate

    settings.MEDIA_ROOT = str(tmp_path / "media")
    create_agency_data(django_capture_on_commit_callbacks)
    archive = tmp_path / "cadangan.tar"
    call_command("backup", str(archive), stdout=io.StringIO())
    Certificate.objects.filter(status="revoked").update(status_reason="diubah setelah cadangan")
    with pytest.raises(CommandError, match="Basis data tujuan tidak kosong"):
        call_command("restore", str(archive))
    assert Certificate.objects.get(status="revoked").status_reason == "diubah setelah cadangan"  # untouched
    call_command("restore", str(archive), "--force", stdout=io.StringIO())
    assert Certificate.objects.get(status="revoked").status_reason == "Data kehadiran dipalsukan"
    warm_content_type_cache()


def test_damaged_archive_changes_nothing(after_any_flush, transactional_db, django_db_serialized_rollback,
        tmp_path, settings, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    before = create_agency_data(django_capture_on_commit_callbacks)
    good, bad = tmp_path / "baik.tar", tmp_path / "rusak.tar"
    call_command("backup", str(good), stdout=io.StringIO())
    with tarfile.open(good) as source, tarfile.open(bad, "w") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name == f"media/{before['logo_name']}":
                data = data[:-1] + bytes([data[-1] ^ 0xFF])
            target.addfile(member, io.BytesIO(data))
    drop_everything(settings.MEDIA_ROOT)
    with pytest.raises(CommandError, match="checksum"):
        call_command("restore", str(bad))
    assert connection.introspection.table_names() == []  # nothing half-restored
    call_command("restore", str(good), stdout=io.StringIO())
    warm_content_type_cache()


def test_missing_archive_and_existing_destination_are_refused(tmp_path, db):
    with pytest.raises(CommandError, match="tidak ditemukan"):
        call_command("restore", str(tmp_path / "tidak-ada.tar"))
    (tmp_path / "ada.tar").write_text("x")
    with pytest.raises(CommandError, match="sudah ada"):
        call_command("backup", str(tmp_path / "ada.tar"))
