"""Reads for certificates: verification, the course page panel, "my learning", offline-verification keys."""
from django.utils import timezone

from accounts.selectors import agencies_for

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
    return [{"issuer": code, "name": name, "kid": kid, "public_key": bytes(raw).hex()}
            for code, name, kid, raw in SigningKey.objects.values_list("agency__code", "agency__name", "kid",
                                                                       "public_key").order_by("agency__code")]


def certificates_for(user):
    """Certificates the user may act on as staff: those issued by an agency they act for."""
    return Certificate.objects.filter(agency__in=agencies_for(user))
