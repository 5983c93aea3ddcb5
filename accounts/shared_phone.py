"""A "shared phone" sign-in (Ponsel bersama): nothing is kept on the phone, and idle sessions end on their own.

The choice lives in the session; sign-out and the idle timeout clear what the phone holds of this person
(Clear-Site-Data on the sign-out answer, and the page script empties caches and IndexedDB).
"""
from django.conf import settings

SESSION_KEY = "accounts.shared_phone"
CLEAR_SITE_DATA = '"cache", "storage", "cookies"'


def idle_seconds() -> int:
    return getattr(settings, "PELITA_SHARED_PHONE_IDLE_SECONDS", 15 * 60)


def is_shared(request) -> bool:
    return bool(getattr(request, "session", None) and request.session.get(SESSION_KEY))


def mark_shared(request) -> None:
    request.session[SESSION_KEY] = True
    request.session.set_expiry(idle_seconds())


class SharedPhoneMiddleware:
    """Each request of a shared-phone session pushes its expiry on: the session ends after that long idle."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_shared(request):
            request.session.modified = True
        return self.get_response(request)
