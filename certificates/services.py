"""Issuing, revoking and re-issuing certificates; signing keys; the certification rule."""
import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, Enrollment
from courses.selectors import course_requirements, requirements_missing

from . import keystore, signing
from .models import Certificate, CertificateEvent, CertificateSequence, SigningKey, TrainerSignoff
from .numbering import format_certificate_number
from .selectors import certificate_jp, training_participation


class NotEligible(Exception):
    """The trainee does not (yet) meet the course's certification rule."""


# --- the rule -------------------------------------------------------------------------------------

def certificates_missing(*, course: CoursePage, users) -> dict[int, list[str]]:
    """{user pk: what that person still lacks for the certificate, in words a trainee understands} (empty =
    eligible), for many people in a fixed number of queries: enrolment, then every course requirement
    (courses.selectors.course_requirements), the certificate's own included."""
    user_ids = [getattr(user, "pk", user) for user in users]
    if course.issuing_agency_id is None:
        return {pk: [_("Kursus ini tidak menerbitkan sertifikat.")] for pk in user_ids}
    enrolled = set(Enrollment.objects.filter(course=course, user_id__in=user_ids).values_list("user_id", flat=True))
    requirements = course_requirements(course=course, users=[pk for pk in user_ids if pk in enrolled])
    return {pk: requirements_missing(requirements[pk]) if pk in enrolled else [_("Ikuti kursus ini terlebih dahulu.")]
            for pk in user_ids}


def certificate_missing(*, user, course: CoursePage) -> list[str]:
    """What one trainee still lacks for the certificate (empty = eligible)."""
    return certificates_missing(course=course, users=[user])[user.pk]


# --- keys and numbers -----------------------------------------------------------------------------

def signing_key_for(agency) -> SigningKey:
    """The agency's active key, created on first use (one active key per agency, enforced by a constraint)."""
    key = SigningKey.objects.filter(agency=agency, retired_at__isnull=True).first()
    if key:
        return key
    try:
        with transaction.atomic():
            return _new_signing_key(agency)
    except (IntegrityError, ValidationError):  # another worker made it between our read and our insert
        return SigningKey.objects.get(agency=agency, retired_at__isnull=True)


def _new_signing_key(agency) -> SigningKey:
    private = signing.generate_private_key()
    public_raw = signing.public_key_to_raw(private.public_key())
    key = SigningKey(agency=agency, kid=signing.key_id(public_raw), public_key=public_raw,
                     private_key_encrypted=keystore.seal(signing.private_key_to_raw(private)))
    key.full_clean(exclude=["private_key_encrypted"])
    key.save()
    return key


def signing_private_key(key: SigningKey):
    """The private key object of an active key (decrypted in memory only, never stored in clear)."""
    if key.retired_at is not None or not key.private_key_encrypted:
        raise ValueError("A retired signing key signs nothing.")
    return signing.private_key_from_raw(keystore.unseal(key.private_key_encrypted))


def signing_key_rotate(*, agency) -> SigningKey:
    """Retire the agency's key and make a new one. New certificates and badges are signed with the new key;
    the retired key's public half stays published so certificates signed before keep verifying, and its
    private half is erased."""
    with transaction.atomic():
        current = (SigningKey.objects.select_for_update().filter(agency=agency, retired_at__isnull=True).first())
        if current is not None:
            current.retired_at = timezone.now()
            current.private_key_encrypted = b""
            current.save(update_fields=["retired_at", "private_key_encrypted"])
        return _new_signing_key(agency)


def signing_keys_reseal() -> int:
    """Re-encrypt every active private key under the first configured key-encryption key (after a new KEK is put
    first in PELITA_KEY_ENCRYPTION_KEY); the old KEK can then be removed. Returns how many keys were re-encrypted."""
    count = 0
    with transaction.atomic():
        for key in SigningKey.objects.select_for_update().filter(retired_at__isnull=True):
            key.private_key_encrypted = keystore.reseal(key.private_key_encrypted)
            key.save(update_fields=["private_key_encrypted"])
            count += 1
    return count


def public_keys() -> dict[str, list[bytes]]:
    """Issuer code -> raw public keys (active and retired), for verifying QR payloads."""
    keys: dict[str, list[bytes]] = {}
    for code, raw in SigningKey.objects.values_list("agency__code", "public_key").order_by("-created_at", "-pk"):
        keys.setdefault(code, []).append(bytes(raw))
    return keys


def _next_number(*, agency, course: CoursePage, issued: datetime.date) -> str:
    sequence, _created = CertificateSequence.objects.get_or_create(agency=agency, course_code=course.code,
                                                                  year=issued.year)
    sequence = CertificateSequence.objects.select_for_update().get(pk=sequence.pk)
    sequence.last += 1
    sequence.save(update_fields=["last"])
    return format_certificate_number(agency.certificate_number_format, seq=sequence.last, course=course.code,
                                     agency=agency.code, issued=issued)


def verification_url(code: str) -> str:
    from django.urls import reverse

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("certificates:verify", args=(code,))


def _sign(certificate: Certificate) -> str:
    key = signing_key_for(certificate.agency)
    return signing.sign_payload({
        "number": certificate.number, "name": certificate.holder_name, "course": certificate.course_title,
        "issue_date": certificate.issued_on, "issuer": certificate.agency.code,
        "jp_hours": float(certificate.jp_hours),
        "expires_on": certificate.expires_on, "verification_code": certificate.code,
    }, signing_private_key(key))


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in range(day.day, 27, -1):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    return day.replace(year=year, month=month, day=28)


# --- issuing --------------------------------------------------------------------------------------

def certificate_issue(*, user_id: int, course_id: int, actor=None, holder_name: str | None = None,
                      start_date=None, end_date=None, place: str | None = None) -> Certificate:
    """Issue the trainee's certificate once. Running it again (retry, second worker) returns the same one."""
    user = get_user_model().objects.get(pk=user_id)
    course = CoursePage.objects.select_related("issuing_agency").get(pk=course_id)
    existing = Certificate.objects.filter(user=user, course=course).exclude(status=Certificate.Status.SUPERSEDED)
    if existing.exists():
        return existing.get()
    missing = certificate_missing(user=user, course=course)
    if missing:
        raise NotEligible("; ".join(missing))
    agency = course.issuing_agency
    enrollment = Enrollment.objects.get(user=user, course=course)
    participation = training_participation(user=user, course=course)
    jp_hours = certificate_jp(user=user, course=course, participation=participation)
    if participation is not None:  # taken in a workshop: its dates and city go on the certificate
        event = participation.event
        start_date, end_date = start_date or event.start_date, end_date or event.end_date
        place = place if place is not None else (event.city or event.venue)
    else:  # self-paced study is online: no place (the certificate says "secara daring")
        place = ""
    today = timezone.localdate()
    try:
        with transaction.atomic():
            number = _next_number(agency=agency, course=course, issued=today)
            certificate = Certificate(
                number=number, user=user, course=course, agency=agency,
                holder_name=holder_name or user.full_name or user.get_username(), course_title=course.title,
                course_code=course.code, jp_hours=jp_hours, result=Certificate.Result.PASSED,
                start_date=start_date or timezone.localtime(enrollment.enrolled_at).date(),
                end_date=end_date or (timezone.localtime(enrollment.completed_at).date()
                                      if enrollment.completed_at else today),
                place=place,
                language=course.certificate_language, issued_on=today,
                expires_on=_add_months(today, course.certificate_validity_months)
                if course.certificate_validity_months else None)
            certificate.token = _sign(certificate)
            certificate.save()
            CertificateEvent.objects.create(certificate=certificate, action=CertificateEvent.Action.ISSUED,
                                            actor=actor)
            transaction.on_commit(lambda: _notify(certificate.pk))
    except IntegrityError:
        # Another worker issued it between our check and our insert: theirs is the one.
        winner = existing.first()
        if winner is None:
            raise
        return winner
    return certificate


def _notify(certificate_id: int) -> None:
    from .tasks import certificate_email_task

    certificate_email_task.delay(certificate_id)


def certificate_email_send(*, certificate_id: int) -> bool:
    """Tell the trainee their certificate is ready (no sensitive detail: only the course and the link)."""
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.utils import translation

    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    if not certificate.user.email:
        return False
    with translation.override(certificate.language):
        context = {"certificate": certificate, "url": verification_url(certificate.code)}
        subject = render_to_string("certificates/email/issued_subject.txt", context).strip()
        body = render_to_string("certificates/email/issued.txt", context)
    send_mail(subject, body, None, [certificate.user.email])
    return True


def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    reason = (reason or "").strip()
    if not reason:
        raise ValueError(_("Tuliskan alasan pencabutan."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.status != Certificate.Status.VALID:
            raise ValueError(_("Hanya sertifikat yang berlaku yang dapat dicabut."))
        certificate.status = Certificate.Status.REVOKED
        certificate.status_changed_at = timezone.now()
        certificate.status_reason = reason
        certificate.save(update_fields=["status", "status_changed_at", "status_reason"])
        CertificateEvent.objects.create(certificate=certificate, action=CertificateEvent.Action.REVOKED,
                                        actor=actor, reason=reason)
    rendered_pdfs_forget(code=certificate.code)
    return certificate


def certificate_reissue(*, certificate: Certificate, actor, reason: str, holder_name: str) -> Certificate:
    """Issue a corrected certificate (e.g. a name fixed to match the ID card); the old one points to it."""
    holder_name = " ".join((holder_name or "").split())
    if not holder_name or not (reason or "").strip():
        raise ValueError(_("Nama baru dan alasan wajib diisi."))
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.status == Certificate.Status.SUPERSEDED:
            raise ValueError(_("Sertifikat ini sudah diganti."))
        # Step aside first: only one current (non-superseded) certificate may exist per trainee and course.
        old.status = Certificate.Status.SUPERSEDED
        old.status_changed_at = timezone.now()
        old.status_reason = reason
        old.save(update_fields=["status", "status_changed_at", "status_reason"])
        new = Certificate(
            number=_next_number(agency=old.agency, course=old.course, issued=timezone.localdate()),
            user=old.user, course=old.course, agency=old.agency, holder_name=holder_name,
            course_title=old.course_title, course_code=old.course_code, jp_hours=old.jp_hours,
            start_date=old.start_date, end_date=old.end_date, place=old.place, result=old.result,
            language=old.language,
            issued_on=timezone.localdate(), expires_on=old.expires_on)
        new.token = _sign(new)
        new.save()
        old.superseded_by = new
        old.save(update_fields=["superseded_by"])
        CertificateEvent.objects.create(certificate=old, action=CertificateEvent.Action.SUPERSEDED, actor=actor,
                                        reason=reason)
        CertificateEvent.objects.create(certificate=new, action=CertificateEvent.Action.REISSUED, actor=actor,
                                        reason=reason)
    rendered_pdfs_forget(code=old.code)
    return new


RENDERED_PDF_FOLDER = "sertifikat-pdf"  # default_storage: <folder>/<certificate code>/<drawing version>.pdf


def rendered_pdfs_forget(*, code: str) -> None:
    """Drop a certificate's stored PDFs (certificates.documents keeps them) once its status changed."""
    folder = f"{RENDERED_PDF_FOLDER}/{code}"
    try:
        _dirs, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        default_storage.delete(f"{folder}/{name}")


def signoff_record(*, user, course: CoursePage, trainer, note: str = "") -> TrainerSignoff:
    """Record that a trainer judged the person competent; the sign-off may complete the certificate rule, so
    issuing is checked again after the transaction commits."""
    from .tasks import certificate_issue_on_commit  # tasks call services: imported here, not at the top

    signoff, _created = TrainerSignoff.objects.get_or_create(user=user, course=course,
                                                             defaults={"trainer": trainer, "note": note})
    certificate_issue_on_commit(user_id=user.pk, course_id=course.pk)
    return signoff
