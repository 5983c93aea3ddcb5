"""Open Badges 3.0 for stored certificates: the credential (VC-JWT, EdDSA, signed with the agency's key) and
the documents its URLs resolve to: the issuer's Profile, the agency's revocation list, the public keys (JWKS)."""
import datetime

from django.conf import settings
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from joserfc.jwk import KeySet, OKPKey

from . import badges, signing, status_list
from .models import Certificate, SigningKey
from .pdf import format_jp
from .services import signing_key_for, signing_private_key, verification_url

STATUS_LIST_FRESHNESS = datetime.timedelta(days=1)


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def issuer_id(agency) -> str:
    return _absolute(reverse("certificates:issuer", args=(agency.code,)))


def key_url(kid: str) -> str:
    """The badge header's ``kid``: a URL that answers with the public JWK."""
    return _absolute(reverse("certificates:jwk", args=(kid,)))


def status_list_url(agency) -> str:
    return _absolute(reverse("certificates:status_list", args=(agency.code,)))


def issuer_profile(agency) -> dict:
    return badges.issuer_profile(issuer_id=issuer_id(agency), name=agency.name,
                                 url=settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/")


def certificate_jp_text(certificate: Certificate) -> str:
    """The stored JP delivered as printed on the PDF: 2.6 -> "2,6" (id), 24.0 -> "24"."""
    return format_jp(float(certificate.jp_hours), certificate.language)


def certificate_credential(certificate: Certificate) -> dict:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    course_url = base + (certificate.course.url or "/")
    return badges.build_credential(
        verification_url=verification_url(certificate.code),
        issuer_id=issuer_id(certificate.agency),
        issuer_name=certificate.agency.name, issuer_url=base + "/",
        holder_name=certificate.holder_name, course_name=certificate.course_title,
        course_description=f"{certificate.course_title} ({certificate_jp_text(certificate)} JP)",
        course_url=course_url,
        criteria_narrative="Menyelesaikan semua modul dan lulus penilaian yang diwajibkan kursus.",
        issued=certificate.issued_at, expires=certificate.expires_on,
        credential_status=status_list.entry(status_list_url(certificate.agency), certificate.pk))


def certificate_badge_jwt(certificate: Certificate) -> str:
    key = signing_key_for(certificate.agency)
    return badges.sign_vc_jwt(certificate_credential(certificate), signing_private_key(key), key_url(key.kid))


def status_list_jwt(agency) -> str:
    """The agency's revocation list as a signed BitstringStatusListCredential, current as of this request."""
    certificates = Certificate.objects.filter(agency=agency)
    withdrawn = certificates.exclude(status=Certificate.Status.VALID).values_list("pk", flat=True)
    highest = certificates.aggregate(highest=Max("pk"))["highest"] or 0
    now = timezone.now()
    credential = status_list.credential(
        list_url=status_list_url(agency), issuer=issuer_id(agency), valid_from=badges.format_datetime(now),
        # a verifier rejects a replayed copy of an old list (one that could "un-revoke" a certificate)
        valid_until=badges.format_datetime(now + STATUS_LIST_FRESHNESS),
        encoded_list=status_list.encode(withdrawn, highest_index=highest))
    key = signing_key_for(agency)
    return badges.sign_vc_jwt(credential, signing_private_key(key), key_url(key.kid))


def _okp_key(key: SigningKey) -> OKPKey:
    return OKPKey.import_key(signing.coerce_public_key(bytes(key.public_key)),
                             {"kid": key_url(key.kid), "use": "sig", "alg": "EdDSA"})


def public_jwk(key: SigningKey) -> dict:
    return _okp_key(key).as_dict(private=False)


def jwks() -> dict:
    """Every agency's public keys, active and retired (old badges and QR codes keep verifying)."""
    keys = SigningKey.objects.only("kid", "public_key").order_by("agency__code", "created_at", "pk")
    return KeySet([_okp_key(key) for key in keys]).as_dict(private=False)
