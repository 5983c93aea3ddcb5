"""Reads for certificates: verification, the course page panel, "my learning", offline-verification keys."""
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import agencies_for
from courses.selectors import Requirement, requirements_missing

from .models import Certificate, SigningKey, TrainerSignoff


def training_participation(*, user, course):
    """The training event (if any) in which `user` took `course`: its sessions are what was delivered."""
    from cohorts.models import Participant

    return (Participant.objects.filter(user=user, event__course=course)
            .exclude(status=Participant.Status.WITHDRAWN).select_related("event")
            .order_by("-event__start_date").first())


def certificate_jp(*, user, course, participation=None) -> Decimal:
    """The JP a certificate states: JP *delivered*, never the course's nominal figure (ASN count them).

    In a training event: the minutes of the sessions the trainee attended; in self-paced study: the planned
    study minutes of the course's modules and timed tests. Both divided by minutes-per-JP, rounded down.
    The PDF, the verification page and the badge all print the figure stored from here."""
    from cohorts.selectors import attended_minutes
    from courses.selectors import course_study_jp, minutes_to_jp

    participation = participation or training_participation(user=user, course=course)
    if participation is not None:
        return minutes_to_jp(attended_minutes(participation))
    return course_study_jp(course=course)


def certificate_by_code(code: str) -> Certificate | None:
    return (Certificate.objects.select_related("agency", "superseded_by", "course").filter(code=code.upper()[:16])
            .first())


def certificate_lookup(text: str) -> tuple[Certificate | None, str]:
    """Find a certificate by what a person copies from paper: its verification code or its printed number
    (``011/PRL/DP3A-BJM/XII/2026``). Returns (certificate, "") or (None, why: "empty"/"ambiguous"/"missing")."""
    text = "".join((text or "").split())[:120]
    if not text:
        return None, "empty"
    code = "".join(ch for ch in text.upper() if ch.isalnum())
    if code and len(code) <= 16 and "/" not in text:
        found = certificate_by_code(code)
        if found is not None:
            return found, ""
    matches = list(Certificate.objects.filter(number__iexact=text).only("code")[:2])
    if len(matches) > 1:  # one number in two agencies' formats: only the code tells them apart
        return None, "ambiguous"
    return (matches[0], "") if matches else (None, "missing")


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


def signoff_requirements(course, user_ids) -> dict[int, list[Requirement]]:
    """Certificates' part of the course requirements: a trainer's sign-off, where the course asks for one."""
    if not course.requires_trainer_signoff:
        return {}
    signed = set(TrainerSignoff.objects.filter(course=course, user_id__in=user_ids).values_list("user_id", flat=True))
    return {pk: [Requirement(label=_("Dinyatakan kompeten oleh fasilitator.") if pk in signed
                             else _("Menunggu penilaian fasilitator (mis. bermain peran)."),
                             met=pk in signed, kind="signoff", for_certificate=True)] for pk in user_ids}


def course_certificate_panel(request, course, context):
    """The course page's certificate box: the certificate, or what is still missing for it (from the course
    page's own reading of the requirements: the certificate rule is the same one)."""
    if course.issuing_agency_id is None or not request.user.is_authenticated or not context.get("enrollment"):
        return None
    certificate = current_certificate(user=request.user, course=course)
    return {"template": "certificates/components/course_panel.html", "certificate": certificate,
            "state": certificate_state(certificate) if certificate else None,
            "missing": [] if certificate else requirements_missing(context["requirements"])}


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


def certificates_for(user):
    """Certificates the user may act on as staff: those issued by an agency they act for."""
    return Certificate.objects.filter(agency__in=agencies_for(user))
