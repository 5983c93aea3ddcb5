"""Writes for accounts."""
import secrets

from django.db import transaction

from .models import User


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
    return user
