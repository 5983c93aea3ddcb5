"""Writes for accounts."""
import secrets

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import User


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
