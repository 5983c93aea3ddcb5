"""A certificate's PDF is drawn once and kept; revoking or re-issuing it never serves the old copy."""
import subprocess

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from certificates import pdf_cache, services
from certificates.models import Certificate
from courses.models import ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories


@pytest.fixture
def certificate(db, village, django_capture_on_commit_callbacks):
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")
    course = factories.course_with_modules(1, code="PRL", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    user = factories.UserFactory(village=village, full_name="Siti Rahmawati")
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_create(user=user, course=course)
        for module in ModulePage.objects.child_of(course):
            module_complete(user=user, module=module)
    return Certificate.objects.get(user=user, course=course)


@pytest.fixture
def renders(monkeypatch):
    calls = []
    original = pdf_cache.render_certificate

    def counting(data):
        calls.append(data.number)
        return original(data)

    monkeypatch.setattr(pdf_cache, "render_certificate", counting)
    return calls


def _stored(code):
    try:
        return default_storage.listdir(f"{services.RENDERED_PDF_FOLDER}/{code}")[1]
    except FileNotFoundError:
        return []


def _text(tmp_path, pdf):
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout
    return text.replace("\n", "")


def test_second_download_is_the_stored_copy(client, certificate, renders):
    services.rendered_pdfs_forget(code=certificate.code)
    client.force_login(certificate.user)
    first = b"".join(client.get(reverse("certificates:pdf", args=(certificate.code,))).streaming_content)
    second = b"".join(client.get(reverse("certificates:pdf", args=(certificate.code,))).streaming_content)
    assert first.startswith(b"%PDF-") and first == second
    assert renders == [certificate.number]
    assert len(_stored(certificate.code)) == 1


@pytest.mark.needs_tool("pdftotext")
def test_revoked_certificate_is_drawn_again_with_its_stamp(tmp_path, certificate, staff, renders):
    services.rendered_pdfs_forget(code=certificate.code)
    assert "DICABUT" not in _text(tmp_path, pdf_cache.certificate_pdf(certificate))
    assert _stored(certificate.code)
    services.certificate_revoke(certificate=certificate, actor=staff, reason="Data peserta keliru")
    assert _stored(certificate.code) == []
    certificate.refresh_from_db()
    assert "DICABUT" in _text(tmp_path, pdf_cache.certificate_pdf(certificate))
    assert len(renders) == 2


@pytest.mark.needs_tool("pdftotext")
def test_reissued_certificate_old_copy_says_replaced(tmp_path, certificate, staff):
    pdf_cache.certificate_pdf(certificate)
    new = services.certificate_reissue(certificate=certificate, actor=staff, reason="Nama sesuai KTP",
                                       holder_name="Siti Rahmawati Putri")
    certificate.refresh_from_db()
    assert "DIGANTI" in _text(tmp_path, pdf_cache.certificate_pdf(certificate))
    assert "Siti Rahmawati Putri" in _text(tmp_path, pdf_cache.certificate_pdf(new))


def test_changed_agency_signatory_draws_a_new_copy(certificate, renders):
    services.rendered_pdfs_forget(code=certificate.code)
    pdf_cache.certificate_pdf(certificate)
    agency = certificate.agency
    agency.signatory_name = "Dra. Hj. Nurul Aini, M.Si."
    agency.save()
    certificate.refresh_from_db()
    pdf_cache.certificate_pdf(certificate)
    assert len(renders) == 2


def test_stored_copies_are_keyed_by_every_module_of_the_renderer():
    # A change to any drawing module (the pdf package's layout, text, ornaments, the QR encoder, the dates)
    # must redraw stored PDFs, so each one is part of the key, however the package is split.
    from pathlib import Path

    from certificates import pdf
    from core import dates

    hashed = set(pdf_cache.renderer_files())
    package = set(Path(pdf.__file__).parent.glob("*.py"))
    assert {p.name for p in package} >= {"__init__.py", "text.py", "ornaments.py"}
    assert hashed >= package | {Path(dates.__file__)}
