"""Turn stored certificates into the plain data the pure PDF renderer draws (the ORM stays out of pdf.py).

A certificate's PDF is drawn once and kept in default_storage, named by a digest of everything drawn on it
(its data, the status stamp, the agency's images) and of the drawing code, so a changed status, logo, signatory
or renderer draws it anew; revoke and re-issue also delete the stored copies (services.rendered_pdfs_forget).
"""
import dataclasses
import functools
import hashlib
from pathlib import Path

import reportlab
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from core import dates

from . import pdf, qr
from .models import Certificate
from .pdf import CertificateData, render_certificate, render_many
from .selectors import certificate_state
from .services import RENDERED_PDF_FOLDER, verification_url

STAMPS = {"revoked": {"id": "DICABUT", "en": "REVOKED"}, "superseded": {"id": "DIGANTI", "en": "SUPERSEDED"},
          "expired": {"id": "KEDALUWARSA", "en": "EXPIRED"}}


def _image_bytes(image) -> bytes | None:
    if image is None:
        return None
    try:
        with image.open_file() as handle:
            return handle.read()
    except (OSError, ValueError):
        return None  # a missing file must not stop the certificate from rendering


def certificate_data(certificate: Certificate) -> CertificateData:
    agency = certificate.agency
    state = certificate_state(certificate)
    return CertificateData(
        number=certificate.number, holder_name=certificate.holder_name, course_title=certificate.course_title,
        course_code=certificate.course_code, jp_hours=float(certificate.jp_hours), start_date=certificate.start_date,
        end_date=certificate.end_date, place=certificate.place, result=certificate.result,
        issue_date=certificate.issued_on,
        language=certificate.language, agency_name=agency.name, agency_logo=_image_bytes(agency.logo),
        signatory_name=agency.signatory_name, signatory_nip=agency.signatory_nip,
        signatory_position=agency.signatory_position, signature_image=_image_bytes(agency.signature),
        verification_url=verification_url(certificate.code), qr_payload=certificate.token,
        expires_on=certificate.expires_on, status_note=STAMPS.get(state, {}).get(certificate.language, ""))


def renderer_files() -> list[Path]:
    """The drawing code: every module of the `pdf` package, the QR encoder and the date formats."""
    return sorted(Path(pdf.__file__).parent.glob("*.py")) + [Path(qr.__file__), Path(dates.__file__)]


@functools.cache
def _drawing_version() -> bytes:
    """The renderer's own source and ReportLab's version: a change to either redraws every stored PDF."""
    digest = hashlib.sha256(reportlab.Version.encode())
    for path in renderer_files():
        digest.update(path.read_bytes())
    return digest.digest()


def _stored_name(certificate: Certificate, data: CertificateData) -> str:
    digest = hashlib.sha256(_drawing_version())
    for field in dataclasses.fields(data):
        value = getattr(data, field.name)
        digest.update(field.name.encode() + b"=" + (value if isinstance(value, bytes) else repr(value).encode()) + b";")
    return f"{RENDERED_PDF_FOLDER}/{certificate.code}/{digest.hexdigest()[:32]}.pdf"


def certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate's PDF: the stored copy when nothing drawn on it has changed, else drawn and stored."""
    data = certificate_data(certificate)
    name = _stored_name(certificate, data)
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as handle:
            return handle.read()
    pdf = render_certificate(data)
    if not default_storage.exists(name):  # a concurrent download may have stored it meanwhile
        default_storage.save(name, ContentFile(pdf))
    return pdf


def certificates_pdf(certificates: list[Certificate], title: str | None = None) -> bytes:
    return render_many([certificate_data(c) for c in certificates], title=title)
