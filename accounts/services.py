"""Writes for accounts."""
import secrets

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .models import PasswordResetHandover, User


def _username_for(*, email: str | None, phone: str | None) -> str:
    base = (email or phone or "peserta").split("@")[0][:20]
    return f"{base}-{secrets.token_hex(3)}"


def user_register(*, full_name: str, password: str, email: str | None = None, phone: str | None = None,
                  organisation_type: str = "", village=None) -> User:
    """Create a trainee account. Either email or phone is required (the form checks it first)."""
    user = User(username=_username_for(email=email, phone=phone), full_name=full_name, email=email, phone=phone,
                organisation_type=organisation_type, village=village)
    user.set_password(password)
    user.full_clean(exclude=["password"])
    with transaction.atomic():
        user.save()
        if user.email:
            from .tasks import user_welcome_email_task

            transaction.on_commit(lambda: user_welcome_email_task.delay(user.pk))
    return user


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
