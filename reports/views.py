"""Agency dashboards, their exports and participant records; a trainee's own data export and deletion request.

Reports are for staff of an agency and superusers: anyone else signed in gets a 404 (the pages' existence is
not advertised), anyone signed out is sent to sign in.
"""
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from . import exports, selectors, services
from .forms import AnonymiseForm, DeletionRequestForm, ReportFilterForm
from .personal_data import personal_data
from .tables import bar_chart, dashboard_tables, organisation_label

EXPIRING_ON_SCREEN = 100
PARTICIPANTS_PER_PAGE = 50


def _scope_or_404(request) -> str:
    prefix = selectors.report_scope(request.user)
    if prefix is None:
        raise Http404
    return prefix


def _report(request, *, expiring_limit: int | None) -> dict:
    """The scope, the filter form and everything the dashboard shows, for the page and both exports alike."""
    prefix = _scope_or_404(request)
    regions, labels = selectors.region_options(prefix, request.GET.get("wilayah", "")[:13])
    form = ReportFilterForm(request.GET or None, options=selectors.filter_options(), regions=regions)
    filters = form.filters()
    scope = selectors.narrowed_prefix(prefix, filters.region)
    data = selectors.report_dashboard(prefix=scope, filters=filters, expiring_limit=expiring_limit)
    return {"form": form, "filters": filters, "scope": scope, "data": data, "tables": dashboard_tables(data),
            "scope_label": selectors.region_label(scope, labels)}


def _heading(request, report: dict) -> list[str]:
    """What an exported file was made from: who, which scope, which filters, when."""
    form = report["form"]
    chosen = []
    if form.is_bound and form.is_valid():
        for name, field in form.fields.items():
            value = form.cleaned_data.get(name)
            if value not in (None, ""):
                shown = dict(field.choices).get(value, value) if hasattr(field, "choices") else value
                chosen.append(f"{field.label}: {shown}")
    return [_("Laporan Pelita"),
            _("Wilayah: %(scope)s (%(code)s)") % {"scope": report["scope_label"],
                                                   "code": report["scope"].rstrip(".") or "-"},
            _("Filter: %(filters)s") % {"filters": "; ".join(map(str, chosen)) or _("tidak ada")},
            _("Dibuat: %(when)s oleh %(who)s") % {"when": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
                                                   "who": request.user.get_full_name()}]


@login_required
@require_GET
def dashboard(request):
    report = _report(request, expiring_limit=EXPIRING_ON_SCREEN)
    data = report["data"]
    counts = [("participants", _("Peserta")), ("certified", _("Bersertifikat"))]
    report.update(
        headline=data["headline"],
        regency_chart=bar_chart(data["by_regency"], "name", counts,
                                label=lambda row: row["name"] or _("(tanpa wilayah)")),
        organisation_chart=bar_chart(data["by_organisation_type"], "organisation_type", counts,
                                     label=lambda row: organisation_label(row["organisation_type"])),
        expiring_shown=len(data["expiring"]),
        deletion_requests=selectors.open_deletion_requests(prefix=report["scope"]),
        export_query=request.GET.urlencode(),
        drill_query=_without(request.GET, "wilayah"),
    )
    return render(request, "reports/dashboard.html", report)


def _without(query, name: str) -> str:
    query = query.copy()
    query.pop(name, None)
    return query.urlencode()


def _export_name(extension: str) -> str:
    return f"laporan-pelita-{timezone.localdate():%Y%m%d}.{extension}"


@login_required
@require_GET
def export_csv(request):
    """Written out line by line as it is sent (the list of expiring certificates is read in chunks)."""
    report = _report(request, expiring_limit=None)
    response = StreamingHttpResponse(exports.csv_lines(report["tables"], heading=_heading(request, report)),
                                     content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_export_name("csv")}"'
    return response


@login_required
@require_GET
def export_xlsx(request):
    """Built row by row in openpyxl's write-only mode into a temporary file (spilled to disk past a few MB),
    then streamed from it."""
    report = _report(request, expiring_limit=None)
    return FileResponse(exports.xlsx_file(report["tables"], heading=_heading(request, report)),
                        as_attachment=True, filename=_export_name("xlsx"),
                        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@login_required
@require_GET
def participants(request):
    prefix = _scope_or_404(request)
    search = request.GET.get("q", "")[:100]
    page = Paginator(selectors.participants_search(prefix=prefix, query=search), PARTICIPANTS_PER_PAGE).get_page(
        request.GET.get("halaman"))
    return render(request, "reports/participants.html", {"page": page, "search": search})


@login_required
@require_GET
def participant(request, user_id: int):
    record = selectors.participant_record(prefix=selectors.report_scope(request.user), user_id=user_id)
    return render(request, "reports/participant.html", {**record, "anonymise_form": AnonymiseForm()})


@login_required
@require_POST
def participant_anonymise(request, user_id: int):
    selectors.participant_in_scope(prefix=selectors.report_scope(request.user), user_id=user_id)
    form = AnonymiseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Centang pernyataan untuk menganonimkan data."))
        return redirect("reports:participant", user_id=user_id)
    try:
        services.user_anonymise(actor=request.user, user_id=user_id)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
        return redirect("reports:participant", user_id=user_id)
    messages.success(request, _("Data pribadi orang ini telah dianonimkan. Sertifikatnya tetap dapat diverifikasi."))
    return redirect("reports:participants")


# --- a person's own data ------------------------------------------------------------------------------

@login_required
@require_GET
@never_cache
def my_data(request):
    body = json.dumps(personal_data(user=request.user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="data-saya-pelita.json"'
    return response


@login_required
@require_POST
def deletion_request(request):
    form = DeletionRequestForm(request.POST)
    reason = form.cleaned_data["alasan"] if form.is_valid() else ""
    _request, created = services.deletion_request_create(user=request.user, reason=reason)
    if created:
        messages.success(request, _("Permintaan penghapusan data Anda sudah kami terima. Petugas lembaga di wilayah "
                                    "Anda akan memprosesnya; sertifikat yang sudah terbit tetap dapat diverifikasi."))
    else:
        messages.info(request, _("Permintaan penghapusan data Anda sudah tercatat dan sedang diproses."))
    return redirect("accounts:profile")
