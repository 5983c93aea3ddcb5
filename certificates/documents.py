"""Turn stored certificates into the plain data the pure PDF renderer draws (the ORM stays out of pdf.py)."""
from .models import Certificate
from .pdf import CertificateData, render_certificate, render_many
from .services import verification_url
from .selectors import certificate_state

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


def certificate_pdf(certificate: Certificate) -> bytes:
    return render_certificate(certificate_data(certificate))


def certificates_pdf(certificates: list[Certificate], title: str | None = None) -> bytes:
    return render_many([certificate_data(c) for c in certificates], title=title)
