"""Writes for personal-data rights (UU 27/2022): a trainee's deletion request and staff anonymising a person.

An allowed exception to "reports reads only": the right to erasure spans every app's data, so it lives in the
one app that may import them all. Nothing else in reports writes.
"""
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import region_in_scope
from certificates.models import Certificate

from .models import DeletionRequest
from .selectors import report_scope

ANONYMOUS_NAME = "(data dihapus)"


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
    return person
