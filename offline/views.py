"""Offline study: the service worker and web manifest, the "save for offline" list, the saved-courses page and
the endpoint that receives what a phone queued while it had no signal."""
import hashlib
import json
import uuid
from functools import lru_cache

from django.contrib.staticfiles import finders
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import shared_phone
from core.ratelimit import rate_limited
from courses.models import CoursePage

from . import selectors, services

MAX_BODY = 64 * 1024


@lru_cache(maxsize=1)
def _service_worker_source() -> str:
    """sw.js with a version made of its own text and the static files pages are built from: a new deploy
    that changes any of them is a new service worker."""
    with open(finders.find("js/sw.js"), encoding="utf-8") as handle:
        source = handle.read()
    digest = hashlib.sha256(source.encode())
    for path in selectors.SHELL:
        digest.update(static(path).encode())
        with open(finders.find(path), "rb") as handle:
            digest.update(handle.read())
    return source.replace("__VERSION__", digest.hexdigest()[:12])


@require_GET
def service_worker(request):
    response = HttpResponse(_service_worker_source(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"  # the browser checks for a new version on every visit
    return response


@require_GET
def manifest(request):
    data = {
        "name": _("Pelita: belajar perlindungan perempuan dan anak"), "short_name": "Pelita",
        "description": _("Kursus dan sertifikat pelatihan untuk lembaga perlindungan perempuan dan anak."),
        "lang": request.LANGUAGE_CODE, "start_url": "/", "scope": "/", "display": "standalone",
        "background_color": "#ffffff", "theme_color": "#8a4b00",
        "icons": [{"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
                  {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png",
                   "purpose": "any maskable"}],
    }
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/manifest+json")


def saved(request):
    """The courses kept on this phone; the list itself is read from the browser's caches by offline.js."""
    return render(request, "offline/saved.html")


def _refuse(message: str, status: int) -> JsonResponse:
    return JsonResponse({"ok": False, "error": message}, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def course_bundle(request, course_id: int):
    """GET: what saving the course would store and its size. POST: start the offline quizzes' attempts, then
    the same list including their pages (the phone stores them next)."""
    if not request.user.is_authenticated:
        return _refuse(_("Masuk terlebih dahulu."), 403)
    if shared_phone.is_shared(request):
        return _refuse(_("Di ponsel bersama tidak ada yang disimpan untuk dibaca tanpa sinyal."), 403)
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if not selectors.is_enrolled(user=request.user, course=course):
        raise Http404
    if request.method == "POST":
        services.offline_attempts_start(user=request.user, course=course)
    return JsonResponse({"ok": True, **selectors.course_offline_bundle(course=course, request=request)})


@never_cache
@require_POST
@rate_limited("offline-sync", limit=120, period=60, per_user=True)
def sync(request):
    """One queued item: {"id": client UUID, "kind": "answers"|"module", ...}. CSRF-checked like any post."""
    if not request.user.is_authenticated:
        return _refuse(_("Masuk terlebih dahulu."), 403)
    if len(request.body) > MAX_BODY:
        return _refuse(_("Data terlalu besar."), 400)
    try:
        data = json.loads(request.body)
        client_id = uuid.UUID(str(data["id"]))
        kind = str(data["kind"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return _refuse(_("Data tidak valid."), 400)
    payload = {key: data[key] for key in ("attempt", "module", "responses", "submit") if key in data}
    try:
        result = services.submission_apply(user=request.user, client_id=client_id, kind=kind, payload=payload)
    except PermissionDenied as exc:
        return _refuse(str(exc), 403)
    return JsonResponse({"ok": True, **result})
