"""Reads for certificates: verification, the course page panel, "my learning", offline-verification keys."""
from django.utils import timezone

from .models import Certificate, SigningKey


def certificate_by_code(code: str) -> Certificate | None:
    return (Certificate.objects.select_related("agency", "superseded_by", "course").filter(code=code.upper()[:16])
            .first())


def certificate_state(certificate: Certificate) -> str:
    """valid / revoked / superseded / expired: what the public verification page says."""
    if certificate.status != Certificate.Status.VALID:
        return certificate.status
    if certificate.expires_on and certificate.expires_on < timezone.localdate():
        return "expired"
    return "valid"


def current_certificate(*, user, course) -> Certificate | None:
    return (Certificate.objects.filter(user=user, course=course).exclude(status=Certificate.Status.SUPERSEDED)
            .first())


def course_certificate_panel(request, course, context):
    """The course page's certificate box: the certificate, or what is still missing for it."""
    from .services import rule_missing

    if course.issuing_agency_id is None or not request.user.is_authenticated or not context.get("enrollment"):
        return None
    certificate = current_certificate(user=request.user, course=course)
    return {"template": "certificates/components/course_panel.html", "certificate": certificate,
            "missing": [] if certificate else rule_missing(user=request.user, course=course)}


def annotate_learning(user, enrollments) -> None:
    certificates = {c.course_id: c for c in Certificate.objects.filter(
        user=user, course_id__in=[e.course_id for e in enrollments], status=Certificate.Status.VALID)}
    for enrollment in enrollments:
        enrollment.certificate = certificates.get(enrollment.course_id)


def published_keys() -> list[dict]:
    """Every agency's public keys, active and retired: a certificate signed before a key rotation still verifies."""
    return [{"issuer": code, "name": name, "kid": kid, "public_key": bytes(raw).hex(),
             "retired": retired.date().isoformat() if retired else None}
            for code, name, kid, raw, retired in SigningKey.objects.values_list(
                "agency__code", "agency__name", "kid", "public_key", "retired_at").order_by("agency__code",
                                                                                           "-created_at", "-pk")]


def signing_key_by_kid(kid: str) -> SigningKey | None:
    return SigningKey.objects.only("kid", "public_key").filter(kid=kid[:64]).first()


def agency_has_signing_key(agency) -> bool:
    return SigningKey.objects.filter(agency=agency, retired_at__isnull=True).exists()
