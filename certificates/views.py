"""Public verification (by code, link or QR), downloads for the holder, offline verification and keys."""
import io

from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from accounts.selectors import agency_in_scope

from . import selectors, services, signing


def _owner_or_staff(request, certificate) -> bool:
    """The holder, or staff of an agency that acts for the issuing agency (the public page stays public)."""
    user = request.user
    if not user.is_authenticated:
        return False
    return user.pk == certificate.user_id or (user.has_perm("certificates.view_certificate")
                                              and agency_in_scope(user, certificate.agency_id))


@require_GET
def verify(request, code):
    certificate = selectors.certificate_by_code(code)
    token_check = None
    if request.GET.get("p"):
        try:
            signing.verify_payload(request.GET["p"], services.public_keys())
            token_check = "ok"
        except signing.InvalidPayload as exc:
            token_check = str(exc)
    if certificate is None:
        return render(request, "certificates/verify.html", {"certificate": None, "code": code[:32],
                                                            "token_check": token_check}, status=404)
    is_owner = _owner_or_staff(request, certificate)
    return render(request, "certificates/verify.html", {
        "certificate": certificate, "state": selectors.certificate_state(certificate),
        "token_check": token_check, "is_owner": is_owner,
        "events": certificate.events.select_related("actor") if is_owner else [],
    })


@require_GET
def verify_lookup(request):
    """The form on the offline/verification page: type a code from paper."""
    code = "".join(ch for ch in request.GET.get("kode", "").upper() if ch.isalnum())[:16]
    if code:
        return redirect("certificates:verify", code=code)
    return render(request, "certificates/offline.html", {"keys": selectors.published_keys()})


@require_GET
def download_pdf(request, code):
    from .documents import certificate_pdf

    certificate = selectors.certificate_by_code(code)
    if certificate is None or not _owner_or_staff(request, certificate):
        raise Http404
    name = f"sertifikat-{certificate.course_code}-{slugify(certificate.holder_name)}.pdf"
    return FileResponse(io.BytesIO(certificate_pdf(certificate)), content_type="application/pdf",
                        filename=name)


@require_GET
def download_badge(request, code):
    from .badges_service import certificate_badge_jwt

    certificate = selectors.certificate_by_code(code)
    if certificate is None or not _owner_or_staff(request, certificate):
        raise Http404
    response = JsonResponse({"credential": certificate_badge_jwt(certificate)})
    response["Content-Disposition"] = f'attachment; filename="badge-{certificate.code}.json"'
    return response


@require_GET
@cache_control(max_age=3600, public=True)
def keys(request):
    return JsonResponse({"keys": selectors.published_keys()})


@require_GET
def offline(request):
    return render(request, "certificates/offline.html", {"keys": selectors.published_keys()})
