"""Open Badges 3.0 credential (VC-JWT, EdDSA) for a stored certificate, signed with the agency's key."""
from django.conf import settings

from . import badges, signing
from .models import Certificate
from .pdf import format_jp
from .services import signing_key_for, verification_url


def certificate_jp_text(certificate: Certificate) -> str:
    """The stored JP delivered as printed on the PDF: 2.6 -> "2,6" (id), 24.0 -> "24"."""
    return format_jp(float(certificate.jp_hours), certificate.language)


def certificate_credential(certificate: Certificate) -> dict:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    course_url = base + (certificate.course.url or "/")
    return badges.build_credential(
        verification_url=verification_url(certificate.code),
        issuer_id=f"{base}/sertifikat/penerbit/{certificate.agency.code}",
        issuer_name=certificate.agency.name, issuer_url=base,
        holder_name=certificate.holder_name, course_name=certificate.course_title,
        course_description=f"{certificate.course_title} ({certificate_jp_text(certificate)} JP)",
        course_url=course_url,
        criteria_narrative="Menyelesaikan semua modul dan lulus penilaian yang diwajibkan kursus.",
        issued=certificate.issued_at, expires=certificate.expires_on)


def certificate_badge_jwt(certificate: Certificate) -> str:
    key = signing_key_for(certificate.agency)
    return badges.sign_vc_jwt(certificate_credential(certificate),
                              signing.private_key_from_raw(bytes(key.private_key)), key.kid)
