"""Rendered public pages kept in the cache for visitors who are not signed in, purged when the page tree changes.

A visit qualifies only when nothing about it is personal: a GET without a query string from a browser with no
session and no pending messages. A rendered page is kept only when it is one of the public page types, answered
200, set no cookie, wrote no session and held no CSRF token (a page with a token must be rendered per visitor).
Entries are keyed by language, host and path under a version number; any publish, unpublish, move, save or
delete of a page raises the version, which drops every kept page at once (pages change rarely, and a course's
outline shows on the catalogue, course and module pages alike).
"""
from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from core import versions

# The public page types whose visitor view is the same for every visitor.
CACHED_PAGE_TYPES = {"website.homepage", "courses.courseindexpage", "courses.coursepage", "courses.modulepage"}
TIMEOUT = 600  # seconds; a bound on anything shown that is not a page (an agency's name), not the purge itself
_MARK = "_pelita_cache_page"


def _visitor_key(request) -> str | None:
    if request.method != "GET" or request.META.get("QUERY_STRING"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    version = versions.current(versions.PAGE_TREE)
    return f"pelita:visitor-page:{version}:{request.LANGUAGE_CODE}:{host}:{request.path}"


def mark_cacheable(page, request) -> None:
    """Called as Wagtail serves a page: only a public page type's own view (not a sub-route) may be kept."""
    if page._meta.label_lower not in CACHED_PAGE_TYPES or getattr(request, "is_preview", False):
        return
    if request.path == page.get_url(request=request):
        setattr(request, _MARK, True)


def purge_all(**kwargs) -> None:
    """Drop every kept page (now, and again once the transaction commits)."""
    versions.raise_version(versions.PAGE_TREE)


class VisitorPageCacheMiddleware:
    """Serve and keep visitors' copies of public pages; sits after the language is chosen, before CSRF."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _visitor_key(request)
        if key is not None:
            kept = cache.get(key)
            if kept is not None:
                status, headers, content = kept
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response[name] = value
                return response
        response = self.get_response(request)
        if key is not None and self._keepable(request, response):
            patch_vary_headers(response, ("Cookie",))
            headers = [(name, value) for name, value in response.items()]
            cache.set(key, (response.status_code, headers, response.content), TIMEOUT)
        return response

    @staticmethod
    def _keepable(request, response) -> bool:
        session = getattr(request, "session", None)
        user = getattr(request, "user", None)
        return bool(
            getattr(request, _MARK, False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a CSRF token
            and not (session is not None and session.modified)
            and not (user is not None and user.is_authenticated)
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )
