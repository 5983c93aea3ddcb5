"""Public verification (by code, link or QR), downloads for the holder, offline verification and keys."""
import io

from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from accounts.models import Agency
from accounts.selectors import agency_in_scope
from core.ratelimit import rate_limited

from . import badges_service, selectors, services, signing

VERIFY_LIMIT_PER_MINUTE = 60  # per address: an inspector checks a few; a script trying codes is stopped


def _owner_or_staff(request, certificate) -> bool:
    """The holder, or staff of an agency that acts for the issuing agency (the public page stays public)."""
    user = request.user
    if not user.is_authenticated:
        return False
    return user.pk == certificate.user_id or (user.has_perm("certificates.view_certificate")
                                              and agency_in_scope(user, certificate.agency_id))


@require_GET
@rate_limited("certificate-verify", limit=VERIFY_LIMIT_PER_MINUTE, period=60)
def verify(request, code):
    certificate = selectors.certificate_by_code(code)
    token_check = _token_check(request.GET.get("p"), certificate)
    if certificate is None:
        return render(request, "certificates/verify.html", {"certificate": None, "code": code[:32],
                                                            "token_check": token_check}, status=404)
    is_owner = _owner_or_staff(request, certificate)
    return render(request, "certificates/verify.html", {
        "certificate": certificate, "state": selectors.certificate_state(certificate),
        "token_check": token_check, "is_owner": is_owner,
        "events": certificate.events.select_related("actor") if is_owner else [],
    })


def _token_check(token, certificate) -> str | None:
    """"ok" only when the QR data is signed by the issuer AND is this certificate's: a genuine token of
    another certificate pasted behind this page's code must not turn it green."""
    if not token:
        return None
    try:
        data = signing.verify_payload(token, services.public_keys())
    except signing.InvalidPayload as exc:
        return str(exc)
    if certificate is None or data.get("verification_code") != certificate.code \
            or data.get("issuer") != certificate.agency.code:
        return gettext("Data QR ini milik sertifikat lain (kode %(code)s), bukan sertifikat di halaman ini. "
                       "Jangan terima sertifikat ini sebelum diperiksa dengan kode yang tercetak.") % {
            "code": data.get("verification_code") or "-"}
    return "ok"
LOOKUP_MESSAGES = {
    "empty": _("Ketik kode verifikasi (10 huruf dan angka di bawah kode QR) atau nomor sertifikat, "
               "mis. 011/PRL/DP3A-BJM/XII/2026."),
    "missing": _("Tidak ada sertifikat dengan kode atau nomor “%(query)s”. Periksa kembali tulisannya."),
    "ambiguous": _("Nomor “%(query)s” dipakai lebih dari satu lembaga. Gunakan kode verifikasi di bawah kode QR."),
}


@require_GET
@rate_limited("certificate-verify", limit=VERIFY_LIMIT_PER_MINUTE, period=60)
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
    from .pdf_cache import certificate_pdf

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
    if certificate.status != certificate.Status.VALID:  # a revoked/superseded certificate gets no fresh badge
        return render(request, "certificates/badge_withdrawn.html", {"certificate": certificate}, status=410)
    return HttpResponse(certificate_badge_jwt(certificate), content_type="application/vc+jwt",
                        headers={"Content-Disposition": f'attachment; filename="badge-{certificate.code}.jwt"'})


@require_GET
@cache_control(max_age=3600, public=True)
def keys(request):
    return JsonResponse({"keys": selectors.published_keys()})


@require_GET
@cache_control(max_age=3600, public=True)
def jwks(request):
    return JsonResponse(badges_service.jwks(), content_type="application/jwk-set+json")


@require_GET
@cache_control(max_age=3600, public=True)
def jwk(request, kid):
    key = selectors.signing_key_by_kid(kid)
    if key is None:
        raise Http404
    return JsonResponse(badges_service.public_jwk(key), content_type="application/jwk+json")


@require_GET
@cache_control(max_age=3600, public=True)
def issuer(request, agency_code):
    agency = get_object_or_404(Agency, code=agency_code)
    return JsonResponse(badges_service.issuer_profile(agency), content_type="application/ld+json",
                        json_dumps_params={"ensure_ascii": False})


@require_GET
@cache_control(max_age=300, public=True)  # revocations show within five minutes
def status_list(request, agency_code):
    agency = get_object_or_404(Agency, code=agency_code)
    if not selectors.agency_has_signing_key(agency):  # never issued anything: no list (and no key made by a GET)
        raise Http404
    return HttpResponse(badges_service.status_list_jwt(agency), content_type="application/vc+jwt")


@require_GET
def offline(request):
    return render(request, "certificates/offline.html", {"keys": selectors.published_keys()})
