"""Writes for personal-data rights (UU 27/2022): a trainee's deletion request and staff anonymising a person.

An allowed exception to "reports reads only": the right to erasure spans every app's data, so it lives in the
one app that may import them all. Nothing else in reports writes.
"""
import re

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from accounts.selectors import region_in_scope
from assessments.models import Attempt
from certificates.models import Certificate, CertificateEvent, TrainerSignoff
from cohorts.models import AttendanceCorrection
from cohorts.uploads import upload_discard_all
from offline.models import OfflineSubmission

from .models import DeletionRequest
from .selectors import report_scope

ANONYMOUS_NAME = "(data dihapus)"
ERASED = "(dihapus)"
FREE_TEXT_TYPES = {"short", "numerical"}  # typed answers can hold anything, a phone number included


def deletion_request_create(*, user, reason: str = "") -> tuple[DeletionRequest, bool]:
    """Record that `user` asks for their data to be deleted; asking again while one is open changes nothing."""
    existing = DeletionRequest.objects.filter(user=user, status=DeletionRequest.Status.OPEN).first()
    if existing:
        return existing, False
    request = DeletionRequest(user=user, reason=(reason or "").strip()[:1000])
    request.full_clean()
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError:  # a double click raced us: the open request exists now
        return DeletionRequest.objects.get(user=user, status=DeletionRequest.Status.OPEN), False
    return request, True


@transaction.atomic
def user_anonymise(*, actor, user_id: int):
    """Remove what identifies a person, keeping their certificates verifiable.

    Email and phone become NULL, village and names other than the certificate name are cleared, the username
    is replaced and the account can no longer sign in. Certificates (which carry their own holder name),
    enrolments and scores stay, detached from anything that reaches the person. Only a superuser or staff of
    an agency whose region covers the person may do it; staff accounts and superusers are never anonymised
    here.
    """
    User = get_user_model()
    person = User.objects.select_for_update().filter(pk=user_id).first()
    prefix = report_scope(actor)
    if person is None or prefix is None or not (prefix == "" or region_in_scope(person.village_id, prefix)):
        raise PermissionDenied(_("Orang ini tidak berada di wilayah Anda."))
    if person.is_superuser or person.is_staff or person.agency_id or person.pk == actor.pk:
        raise PermissionDenied(_("Akun petugas tidak dapat dianonimkan di sini."))
    certificate_name = (Certificate.objects.filter(user=person).exclude(status=Certificate.Status.SUPERSEDED)
                        .order_by("-issued_on", "-pk").values_list("holder_name", flat=True).first())
    identifiers = _identifiers(person, keep=certificate_name)
    _erase_traces(person, identifiers)
    person.full_name = certificate_name or ANONYMOUS_NAME
    person.first_name = person.last_name = ""
    person.email = None
    person.phone = None
    person.village = None
    person.is_active = False
    person.username = f"dihapus-{person.pk}"
    person.set_unusable_password()
    person.full_clean()
    person.save()
    now = timezone.now()
    handled = DeletionRequest.objects.filter(user=person, status=DeletionRequest.Status.OPEN).update(
        status=DeletionRequest.Status.DONE, handled_by=actor, handled_at=now)
    if not handled:  # staff acted without a request: keep the trail all the same
        DeletionRequest.objects.create(user=person, reason=_("Dianonimkan oleh petugas"),
                                       status=DeletionRequest.Status.DONE, handled_by=actor, handled_at=now)
    # Participant lists waiting for confirmation may list the person: every pending preview is discarded
    # (at most MAX_AGE old; staff upload the file again). Files go only once the database change is kept.
    transaction.on_commit(upload_discard_all)
    return person


def _identifiers(person, *, keep: str | None) -> list[str]:
    """What identifies the person in free text: name (and its longer parts), email, phone in its spellings.
    The certificate name is kept where the certificate keeps it, so it is not searched for."""
    found = []
    if person.full_name and person.full_name != keep:
        found.append(person.full_name)
        found += [part for part in person.full_name.split() if len(part) >= 4]
    for value in (person.email, person.username, person.first_name, person.last_name):
        if value and len(value) >= 4:
            found.append(value)
    if person.phone:
        local = person.phone.lstrip("0")  # 081234567890 is also written +62 812..., 62812..., 812...
        found += [person.phone, local, " ".join([local[:3], local[3:7], local[7:]]),
                  "-".join([local[:3], local[3:7], local[7:]])]
    return sorted(set(found), key=len, reverse=True)


def _scrub(text: str, identifiers: list[str]) -> str:
    for identifier in identifiers:
        text = re.sub(re.escape(identifier), ERASED, text, flags=re.IGNORECASE)
    return text


def _scrub_json(value, identifiers):
    if isinstance(value, str):
        return _scrub(value, identifiers)
    if isinstance(value, list):
        return [_scrub_json(item, identifiers) for item in value]
    if isinstance(value, dict):
        return {key: _scrub_json(item, identifiers) for key, item in value.items()}
    return value


def _erase_traces(person, identifiers: list[str]) -> None:
    """Free text that names the person, across the apps: their own words and what staff wrote about them."""
    # The person's reason for asking may name them, their email or phone: it goes whole.
    DeletionRequest.objects.filter(user=person).exclude(reason="").update(reason=ERASED)
    # Typed quiz answers go whole (scores stay); anything else in the attempt is searched.
    for attempt in Attempt.objects.filter(user=person).only("pk", "snapshot", "responses", "results"):
        responses = dict(attempt.responses or {})
        for key in responses:
            index = int(key) if str(key).isdigit() else None
            entry = attempt.snapshot[index] if index is not None and index < len(attempt.snapshot or []) else {}
            if (entry.get("question") or {}).get("type") in FREE_TEXT_TYPES and responses[key] not in (None, ""):
                responses[key] = ERASED
        attempt.responses = _scrub_json(responses, identifiers)
        attempt.results = _scrub_json(attempt.results, identifiers)
        attempt.save(update_fields=["responses", "results"])
    # Answers a phone sent after studying offline are kept as sent (scores are on the attempt): they go whole.
    OfflineSubmission.objects.filter(user=person).update(payload={}, result={})
    # What staff wrote about the person keeps its meaning, without naming them.
    for model, field, where in ((AttendanceCorrection, "reason", {"attendance__participant__user": person}),
                                (CertificateEvent, "reason", {"certificate__user": person}),
                                (Certificate, "status_reason", {"user": person}),
                                (TrainerSignoff, "note", {"user": person})):
        for row in model.objects.filter(**where).exclude(**{field: ""}).only("pk", field):
            cleaned = _scrub(getattr(row, field), identifiers)
            if cleaned != getattr(row, field):
                model.objects.filter(pk=row.pk).update(**{field: cleaned})
    # Failed sign-ins recorded by the lockout keep the email or phone typed.
    typed = [value for value in (person.email, person.phone, person.username) if value]
    for log in (AccessAttempt, AccessFailureLog, AccessLog):
        log.objects.filter(username__in=typed).delete()
    # Wagtail's admin history labels an edited account with its name.
    ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(person),
                                 object_id=str(person.pk)).update(label=ANONYMOUS_NAME, data={})
