"""Signing keys a database dump cannot steal: encrypted with a key-encryption key, rotated without breaking
old certificates, and production refuses to start without the key-encryption key."""
import base64
import logging
import os
import stat
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.management import CommandError, call_command
from django.urls import reverse

from certificates import badges, keystore, services, signing
from certificates.models import Certificate, SigningKey
from courses.models import ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def course(db):
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")
    course = factories.course_with_modules(1, code="PRL", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    return course


@pytest.fixture
def issue(course, village, django_capture_on_commit_callbacks):
    def make(full_name):
        user = factories.UserFactory(village=village, full_name=full_name)
        with django_capture_on_commit_callbacks(execute=True):
            enrollment_create(user=user, course=course)
            for module in ModulePage.objects.child_of(course):
                module_complete(user=user, module=module)
        return Certificate.objects.get(user=user, course=course)
    return make


def forms_of(raw: bytes) -> list[str]:
    """Every way the private key could be written down: hex, base64 (padded or not, url-safe), PEM, DER."""
    key = signing.private_key_from_raw(raw)
    pem = signing.private_key_to_pem(key).decode()
    der_b64 = "".join(line for line in pem.splitlines() if not line.startswith("-----"))
    forms = [raw.hex(), raw.hex().upper(), base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode(),
             signing.b64url_encode(raw), pem, der_b64]
    return forms + [form.rstrip("=") for form in forms]


def test_no_private_key_material_in_a_dump_or_a_personal_data_export(client, issue):
    certificate = issue("Siti Rahmawati")
    stored = SigningKey.objects.get()
    raw = keystore.unseal(stored.private_key_encrypted)
    assert len(raw) == 32 and raw not in bytes(stored.private_key_encrypted)
    dump = StringIO()
    call_command("dumpdata", stdout=dump)
    text = dump.getvalue()
    assert stored.kid in text  # the dump holds the key rows, just not the secret
    for form in forms_of(raw):
        assert form not in text
    client.force_login(certificate.user)
    export = client.get(reverse("reports:my_data"))
    assert export.status_code == 200
    for form in forms_of(raw):
        assert form.encode() not in export.content
    # and the dump without the key-encryption key cannot sign
    with pytest.raises(keystore.KeyDecryptionError):
        _unseal_with_other_kek(stored.private_key_encrypted)


def _unseal_with_other_kek(stored):
    from django.test import override_settings

    with override_settings(PELITA_KEY_ENCRYPTION_KEY=Fernet.generate_key().decode()):
        return keystore.unseal(stored)


def test_rotation_signs_new_certificates_with_the_new_key_and_old_ones_still_verify(client, issue, course):
    before = issue("Siti Rahmawati")
    old_key = SigningKey.objects.get()
    out = StringIO()
    call_command("rotate_signing_key", "DP3A-BJM", stdout=out)
    new_key = SigningKey.objects.get(retired_at__isnull=True)
    assert new_key.kid != old_key.kid and new_key.kid in out.getvalue()
    old_key.refresh_from_db()
    assert old_key.retired_at is not None and not bytes(old_key.private_key_encrypted)  # old secret erased
    after = issue("Rina Wulandari")
    # the new certificate is signed with the new key only
    signing.verify_payload(after.token, {"DP3A-BJM": bytes(new_key.public_key)})
    with pytest.raises(signing.InvalidPayload):
        signing.verify_payload(after.token, {"DP3A-BJM": bytes(old_key.public_key)})
    # the old certificate still verifies: command, verification page, published keys
    call_command("verify_certificate", before.token, stdout=StringIO())
    page = client.get(reverse("certificates:verify", args=(before.code,)), {"p": before.token}).text
    assert "alert-success" in page
    published = client.get(reverse("certificates:keys")).json()["keys"]
    assert {k["kid"] for k in published} == {old_key.kid, new_key.kid}
    jwks = client.get(reverse("certificates:jwks")).json()["keys"]
    assert len(jwks) == 2
    # a badge downloaded now is signed with the new key
    client.force_login(before.user)
    token = client.get(reverse("certificates:badge", args=(before.code,))).content.decode()
    badges.verify_vc_jwt(token, bytes(new_key.public_key))


def test_rotate_unknown_agency_is_a_clear_error(db):
    with pytest.raises(CommandError, match="tidak ditemukan"):
        call_command("rotate_signing_key", "TIDAK-ADA", stdout=StringIO())


def _production(extra):
    env = {k: v for k, v in os.environ.items() if k != "PELITA_KEY_ENCRYPTION_KEY"}
    env.update({"DJANGO_SETTINGS_MODULE": "website.settings.production", "DJANGO_SECRET_KEY": "s" * 64,
                "DJANGO_ALLOWED_HOSTS": "pelita.example.org", **extra})
    return subprocess.run([sys.executable, "-c", "import django; django.setup(); print('started')"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)


def test_production_refuses_to_start_without_the_key_encryption_key():
    run = _production({})
    assert run.returncode != 0 and "started" not in run.stdout
    assert "ImproperlyConfigured" in run.stderr and "PELITA_KEY_ENCRYPTION_KEY" in run.stderr
    assert _production({"PELITA_KEY_ENCRYPTION_KEY": "not-a-key"}).returncode != 0
    assert "started" in _production({"PELITA_KEY_ENCRYPTION_KEY": Fernet.generate_key().decode()}).stdout


def test_embedded_default_generates_a_private_key_file_once(settings, tmp_path, caplog):
    key_file = tmp_path / "data" / "kunci-enkripsi.key"
    settings.PELITA_KEY_ENCRYPTION_KEY = ""
    settings.PELITA_KEY_ENCRYPTION_KEY_FILE = str(key_file)
    with caplog.at_level(logging.WARNING, logger="certificates.keystore"):
        sealed = keystore.seal(b"k" * 32)
    assert key_file.exists() and stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "PELITA_KEY_ENCRYPTION_KEY is not set" in caplog.text
    keystore._fernet.cache_clear()  # a new process reads the same file
    assert keystore.unseal(sealed) == b"k" * 32


def test_kek_can_be_changed_by_listing_the_new_one_first(settings, issue):
    certificate = issue("Siti Rahmawati")
    new = Fernet.generate_key().decode()
    settings.PELITA_KEY_ENCRYPTION_KEY = f"{new},{settings.PELITA_KEY_ENCRYPTION_KEY}"
    out = StringIO()
    call_command("rotate_signing_key", "--enkripsi-ulang", stdout=out)
    assert "1 kunci privat dienkripsi ulang" in out.getvalue()
    settings.PELITA_KEY_ENCRYPTION_KEY = new  # the old KEK is gone: the key still signs
    again = services.certificate_reissue(certificate=certificate, actor=None, reason="Nama", holder_name="Siti R.")
    signing.verify_payload(again.token, services.public_keys())


@pytest.mark.django_db(transaction=True)
def test_migration_encrypts_keys_stored_in_clear():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("certificates", "0002_bulkissuejob")]
    after = [("certificates", "0003_signing_keys_encrypted_with_history")]
    agency = factories.AgencyFactory(code="DP3A-BJM")
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    raw = bytes(range(32))
    public = signing.public_key_to_raw(signing.private_key_from_raw(raw).public_key())
    old_apps.get_model("certificates", "SigningKey").objects.create(
        agency_id=agency.pk, kid=signing.key_id(public), public_key=public, private_key=raw)
    try:
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        stored = SigningKey.objects.get()
        assert bytes(stored.private_key_encrypted) != raw and raw.hex() not in bytes(stored.private_key_encrypted).hex()
        assert keystore.unseal(stored.private_key_encrypted) == raw
    finally:
        # Back to every app's latest migration: stopping at `after` would leave sibling migrations of the same
        # app (e.g. the certificate's `result` column) unapplied for every test that runs after this one.
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    assert services.signing_key_for(agency).pk == SigningKey.objects.get().pk  # still the agency's active key
