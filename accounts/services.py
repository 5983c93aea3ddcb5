"""Writes for accounts."""
import secrets

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .models import PasswordResetHandover, User


def _username_for(*, email: str | None, phone: str | None) -> str:
    base = (email or phone or "peserta").split("@")[0][:20]
    return f"{base}-{secrets.token_hex(3)}"


def user_register(*, full_name: str, password: str, email: str | None = None, phone: str | None = None,
                  organisation_type: str = "", village=None, sex: str = "") -> User:
    """Create a trainee account. Either email or phone is required (the form checks it first)."""
    user = User(username=_username_for(email=email, phone=phone), full_name=full_name, email=email, phone=phone,
                organisation_type=organisation_type, village=village, sex=sex)
    user.set_password(password)
    user.full_clean(exclude=["password"])
    with transaction.atomic():
        user.save()
        if user.email:
            from .tasks import user_welcome_email_task

            transaction.on_commit(lambda: user_welcome_email_task.delay(user.pk))
    return user


def registration_submit(*, full_name: str, password: str, email: str | None = None, phone: str | None = None,
                        organisation_type: str = "", village=None, sex: str = "") -> User | None:
    """Register a trainee, or tell the owners of the email/phone that someone tried to.

    The caller answers both outcomes the same way, so the registration page never tells a stranger whether
    an email or phone number has an account. Returns the new user, or None when the contact was taken.
    """
    taken = Q(pk__in=[])
    if email:
        taken |= Q(email__iexact=email)
    if phone:
        taken |= Q(phone=phone)
    owners = list(User.objects.filter(taken).values_list("pk", flat=True)) if (email or phone) else []
    if not owners:
        try:
            return user_register(full_name=full_name, password=password, email=email, phone=phone,
                                 organisation_type=organisation_type, village=village, sex=sex)
        except IntegrityError:  # registered in the same instant by someone else: treat as taken
            owners = list(User.objects.filter(taken).values_list("pk", flat=True))
    else:
        make_password(password)  # spend the time a new account costs: timing must not tell either
    from .tasks import registration_attempt_notice_task

    for owner_id in owners:
        # One notice per owner per hour, however often a stranger tries: a warning, not a mail bomb.
        if cache.add(f"accounts:registration-notice:{owner_id}", 1, timeout=3600):
            transaction.on_commit(lambda owner_id=owner_id: registration_attempt_notice_task.delay(owner_id))
    return None


def registration_attempt_notice_send(*, user_id: int) -> bool:
    """Email an account's owner that someone tried to register with their email or phone number."""
    user = User.objects.filter(pk=user_id, email__isnull=False, is_active=True).first()
    if user is None:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        context = {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL}
        subject = render_to_string("accounts/email/registration_attempt_subject.txt", context).strip()
        body = render_to_string("accounts/email/registration_attempt.txt", context)
    send_mail(subject, body, None, [user.email])
    return True


def user_welcome_email_send(*, user_id: int) -> bool:
    """Send the welcome email once: the conditional update claims it, so a retried task sends nothing."""
    claimed = User.objects.filter(pk=user_id, welcomed_at__isnull=True, email__isnull=False).update(
        welcomed_at=timezone.now())
    if not claimed:
        return False
    user = User.objects.get(pk=user_id)
    with translation.override(settings.LANGUAGE_CODE):
        context = {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL}
        subject = render_to_string("accounts/email/welcome_subject.txt", context).strip()
        body = render_to_string("accounts/email/welcome.txt", context)
    send_mail(subject, body, None, [user.email])
    return True


def password_reset_handover(*, staff, user: User) -> str:
    """A one-time link (path) that sets a new password for `user`, for staff to hand over in person or by chat.

    The token is Django's password-reset token: it stops working once the password changes or after
    PASSWORD_RESET_TIMEOUT. Each link made is logged with who made it.
    """
    PasswordResetHandover.objects.create(user=user, issued_by=staff)
    return reverse("accounts:password_reset_confirm", kwargs={
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": default_token_generator.make_token(user)})
