"""Sign in with an email address or an Indonesian mobile number (or a staff username)."""
from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.shortcuts import render
from django.utils.crypto import salted_hmac

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


def lockout_identifier(request, credentials) -> str:
    """The account a sign-in attempt is for, as lockout counts it: "Siti@X.test" and "siti@x.test", or
    "+62 812-3456-7890" and "081234567890", are one account (django-axes' AXES_USERNAME_CALLABLE)."""
    raw = (credentials or {}).get("username")
    if raw is None and request is not None:
        raw = request.POST.get("username", "")
    identifier = (raw or "").strip()[:254]
    if "@" in identifier:
        return identifier.lower()
    phone = normalize_phone(identifier)
    return phone if is_valid_phone(phone) else identifier


def lockout_log_label(username, ip_address, user_agent, path_info, request) -> str:
    """How lockout log lines name a client: keyed hashes, so repeated failures can be matched up in the log
    without the log holding anyone's email, phone or address (AXES_CLIENT_STR_CALLABLE)."""
    def tag(value) -> str:
        return salted_hmac("accounts.lockout-log", str(value or "")).hexdigest()[:10]

    return f"akun#{tag(username)} alamat#{tag(ip_address)} {path_info}"


def lockout_response(request, original_response=None, credentials=None):
    """What a locked-out sign-in gets, on the site's and on the Wagtail admin's login page (429)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"lockout_minutes": minutes},
                  status=settings.AXES_HTTP_RESPONSE_CODE)


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check, first in AUTHENTICATION_BACKENDS.

    A call without a request (the test client's login(), a script) is not a sign-in from the web: there is
    no address to count, so it is let through to the next backend instead of raising.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
