"""Public verification (by code, link or QR), downloads for the holder, offline verification and keys."""
import io

from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from . import selectors, services, signing


def _owner_or_staff(request, certificate) -> bool:
    user = request.user
    return user.is_authenticated and (user.pk == certificate.user_id or user.is_superuser
                                      or user.has_perm("certificates.view_certificate"))


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


LOOKUP_MESSAGES = {
    "empty": _("Ketik kode verifikasi (10 huruf dan angka di bawah kode QR) atau nomor sertifikat, "
               "mis. 011/PRL/DP3A-BJM/XII/2026."),
    "missing": _("Tidak ada sertifikat dengan kode atau nomor “%(query)s”. Periksa kembali tulisannya."),
    "ambiguous": _("Nomor “%(query)s” dipakai lebih dari satu lembaga. Gunakan kode verifikasi di bawah kode QR."),
}


@require_GET
def verify_lookup(request):
    """The form on the verification page: type the code or the certificate number from paper."""
    if "kode" not in request.GET:
        return render(request, "certificates/offline.html", {"keys": selectors.published_keys()})
    query = request.GET["kode"].strip()[:120]
    certificate, problem = selectors.certificate_lookup(query)
    if certificate is not None:
        return redirect("certificates:verify", code=certificate.code)
    return render(request, "certificates/offline.html", {
        "keys": selectors.published_keys(), "query": query,
        "lookup_error": LOOKUP_MESSAGES[problem] % {"query": query}}, status=200 if problem == "empty" else 404)


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
