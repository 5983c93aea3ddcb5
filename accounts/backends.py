"""Sign in with an email address or an Indonesian mobile number (or a staff username)."""
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from .phone import is_valid_phone, normalize_phone


def find_user_by_identifier(identifier: str):
    User = get_user_model()
    identifier = (identifier or "").strip()
    if not identifier:
        return None
    if "@" in identifier:
        lookup = {"email__iexact": identifier}
    elif is_valid_phone(normalize_phone(identifier)):
        lookup = {"phone": normalize_phone(identifier)}
    else:
        lookup = {"username": identifier}
    return User._default_manager.filter(**lookup).first()


class EmailOrPhoneBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        user = find_user_by_identifier(username)
        if user is None:
            # Spend the same time as a real check, so timing does not reveal which accounts exist.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
