"""A small fixed-window rate limit on Django's cache, and the client address it (and sign-in lockout) keys on.

    @rate_limited("verify", limit=30, period=60)          # per client address
    @rate_limited("autosave", limit=120, period=60, per_user=True)

Past the limit the view is not run: the client gets 429 with an Indonesian message and Retry-After.
With several web processes the cache must be shared (CACHE_URL=redis://...); with the default local-memory
cache each process counts on its own, which still bounds a single attacker's rate per process.
"""
from __future__ import annotations

import functools
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _


def client_address(request) -> str:
    """The client's IP address. Behind N trusted reverse proxies (PELITA_TRUSTED_PROXY_COUNT), the address
    the outermost trusted proxy saw, taken from X-Forwarded-For; otherwise REMOTE_ADDR (headers a client
    sends itself are never trusted)."""
    proxies = getattr(settings, "PELITA_TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _now() -> float:
    return time.time()


def hit(key: str, *, limit: int, period: int) -> tuple[bool, int]:
    """Count one request against `key`; (allowed, seconds until the window ends)."""
    now = _now()
    window = int(now // period)
    cache_key = f"ratelimit:{key}:{window}"
    cache.add(cache_key, 0, timeout=period + 5)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # evicted between add and incr
        cache.set(cache_key, 1, timeout=period + 5)
        count = 1
    retry_after = period - int(now) % period
    return count <= limit, retry_after


def too_many_requests(request, retry_after: int) -> HttpResponse:
    message = _("Terlalu banyak permintaan dalam waktu singkat. Tunggu %(seconds)d detik, lalu coba lagi.") % {
        "seconds": retry_after}
    wants_json = (request.content_type == "application/json"
                  or "application/json" in request.headers.get("Accept", ""))
    if wants_json:
        response = JsonResponse({"ok": False, "error": message, "retry_after": retry_after}, status=429)
    else:
        response = HttpResponse(render_to_string("429.html", {"message": message}, request=request), status=429)
    response["Retry-After"] = str(retry_after)
    return response


def rate_limited(scope: str, *, limit: int, period: int, per_user: bool = False, methods=None):
    """Decorator: at most `limit` requests per `period` seconds per client address (or per signed-in user),
    counting only `methods` when given (e.g. ("POST",): reading a form is free, sending it counts)."""
    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if methods and request.method not in methods:
                return view(request, *args, **kwargs)
            user = getattr(request, "user", None)
            if per_user and user is not None and user.is_authenticated:
                who = f"u{user.pk}"
            else:
                who = f"ip{client_address(request)}"
            allowed, retry_after = hit(f"{scope}:{who}", limit=limit, period=period)
            if not allowed:
                return too_many_requests(request, retry_after)
            return view(request, *args, **kwargs)
        return wrapper
    return decorator
