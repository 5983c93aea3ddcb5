"""Revocation holds wherever a certificate is checked: the command, the offline page, the verification page."""
import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from courses.models import ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def certified_course(db):
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")
    course = factories.course_with_modules(1, code="PRL", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    return course


@pytest.fixture
def issue(certified_course, village, django_capture_on_commit_callbacks):
    def make(full_name="Siti Rahmawati"):
        user = factories.UserFactory(village=village, full_name=full_name)
        with django_capture_on_commit_callbacks(execute=True):
            enrollment_create(user=user, course=certified_course)
            for module in ModulePage.objects.child_of(certified_course):
                module_complete(user=user, module=module)
        return Certificate.objects.get(user=user, course=certified_course)
    return make


def verify_command(argument, *extra):
    out = StringIO()
    try:
        call_command("verify_certificate", argument, *extra, stdout=out)
    except CommandError as exc:
        return exc.returncode, out.getvalue() + str(exc)
    return 0, out.getvalue()


def test_command_says_valid_only_for_a_valid_certificate(issue):
    certificate = issue()
    code, output = verify_command(certificate.token)
    assert code == 0 and "SAH: tanda tangan cocok dan sertifikat berlaku" in output


def test_command_says_revoked_with_date_and_fails(issue, staff):
    certificate = issue()
    services.certificate_revoke(certificate=certificate, actor=staff, reason="Data kehadiran dipalsukan")
    code, output = verify_command(certificate.token)
    assert code == 2
    assert "DICABUT pada " in output and "SAH:" not in output
    certificate.refresh_from_db()
    assert str(certificate.status_changed_at.year) in output


def test_command_says_replaced_with_the_new_number_and_fails(issue, staff):
    certificate = issue()
    new = services.certificate_reissue(certificate=certificate, actor=staff, reason="Nama salah",
                                       holder_name="Siti Rahmawati Putri")
    code, output = verify_command(certificate.token)
    assert code == 2 and "DIGANTI pada " in output and new.number in output and "SAH:" not in output
    assert verify_command(new.token)[0] == 0


def test_command_without_a_database_says_only_the_signature_was_checked(issue, client, staff, tmp_path):
    certificate = issue()
    services.certificate_revoke(certificate=certificate, actor=staff, reason="Dicabut")
    keys = tmp_path / "kunci-publik.json"
    keys.write_text(client.get(reverse("certificates:keys")).text)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'tidak-ada' / 'db.sqlite3'}"}
    run = subprocess.run([sys.executable, "manage.py", "verify_certificate", certificate.token, "--kunci", str(keys)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 3, run.stderr
    assert "HANYA TANDA TANGAN YANG DIPERIKSA" in run.stdout and "SAH:" not in run.stdout
    assert f"/sertifikat/{certificate.code}/" in run.stdout  # where to check revocation
    # no database and no saved keys: a clear message, not a traceback
    run = subprocess.run([sys.executable, "manage.py", "verify_certificate", certificate.token], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "--kunci" in run.stderr and "Traceback" not in run.stderr


def test_offline_page_says_a_good_signature_is_not_a_valid_certificate(client, issue):
    issue()
    html = client.get(reverse("certificates:offline")).text
    caveat = "Tanda tangan sah belum berarti sertifikat berlaku"
    assert caveat in html  # on the page itself, before any check
    messages = json.loads(html.split('id="pelita-messages">', 1)[1].split("</script>", 1)[0])
    assert caveat in messages["revocation"] and "/sertifikat/" in messages["onlineUrl"]
    script = (ROOT / "static" / "js" / "verify.js").read_text()
    assert "text.revocation" in script  # shown with every approved signature


def test_verification_page_refuses_another_certificates_token(client, issue):
    mine, other = issue(), issue("Orang Lain")
    url = reverse("certificates:verify", args=(mine.code,))
    own = client.get(url, {"p": mine.token}).text
    assert "alert-success" in own and "cocok dengan kunci publik" in own
    borrowed = client.get(url, {"p": other.token}).text
    assert "alert-success" not in borrowed and "cocok dengan kunci publik" not in borrowed
    assert "milik sertifikat lain" in borrowed and other.code in borrowed
    # a genuine token behind an unknown code: no green check either
    missing = client.get(reverse("certificates:verify", args=("ZZZZZZZZZZ",)), {"p": mine.token})
    assert missing.status_code == 404 and "alert-success" not in missing.text


@pytest.mark.parametrize("withdraw", ["revoke", "reissue"])
def test_withdrawn_certificate_gets_no_fresh_badge(client, issue, staff, withdraw):
    certificate = issue()
    client.force_login(certificate.user)
    badge_url = reverse("certificates:badge", args=(certificate.code,))
    assert client.get(badge_url).status_code == 200
    if withdraw == "revoke":
        services.certificate_revoke(certificate=certificate, actor=staff, reason="Dicabut")
    else:
        services.certificate_reissue(certificate=certificate, actor=staff, reason="Nama", holder_name="Nama Baru")
    assert "Unduh Open Badge" not in client.get(reverse("certificates:verify", args=(certificate.code,))).text
    response = client.get(badge_url)
    assert response.status_code == 410
    assert ("DICABUT" if withdraw == "revoke" else "DIGANTI") in response.text
    assert "eyJ" not in response.text  # no JWT in the refusal
