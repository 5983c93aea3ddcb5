"""Participant import: upload -> preview (nothing written) -> confirm (re-parse the same bytes, write)."""
import io

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.models import OrganisationType
from core.spreadsheets import safe_workbook_append

from .. import selectors, services
from ..forms import ImportConfirmForm, ParticipantUploadForm
from ..models import ParticipantImportJob
from ..spreadsheet import parse_participants
from ..spreadsheet_files import MAX_ROWS
from ..uploads import UploadExpired, upload_discard, upload_load, upload_stash
from .common import managed_event, training_staff_required


@training_staff_required
def import_upload(request, pk):
    event = managed_event(request, pk)
    form = ParticipantUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        plan = selectors.participants_import_plan(event=event, parsed=parse_participants(data, upload.name))
        token = None
        if not plan.file_problems:
            token = upload_stash(data=data, filename=upload.name, event_id=event.pk, user_id=request.user.pk)
        return _preview(request, event, plan, token, upload.name)
    return render(request, "cohorts/import_upload.html", {"form": form, "event": event, "max_rows": MAX_ROWS})


def _preview(request, event, plan, token, filename, status=200):
    confirm = ImportConfirmForm(initial={"token": token}) if token else None
    return render(request, "cohorts/import_preview.html", {
        "event": event, "plan": plan, "confirm": confirm, "filename": filename}, status=status)


@require_POST
@training_staff_required
def import_confirm(request, pk):
    event = managed_event(request, pk)
    form = ImportConfirmForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Pratinjau impor tidak lengkap. Unggah berkasnya lagi."))
        return redirect("cohorts:import_upload", pk=event.pk)
    try:
        data, filename, stored = upload_load(token=form.cleaned_data["token"], event_id=event.pk,
                                             user_id=request.user.pk)
    except UploadExpired:
        messages.error(request, _("Pratinjau impor sudah kedaluwarsa. Unggah berkasnya lagi."))
        return redirect("cohorts:import_upload", pk=event.pk)
    only_valid, site_url = form.cleaned_data["only_valid"], request.build_absolute_uri("/")
    try:
        plan = services.participants_import_check(event=event, data=data, filename=filename, only_valid=only_valid)
        if len(plan.to_import) > settings.PELITA_IMPORT_INLINE_ROWS:  # a long list: in the background
            job = services.participants_import_job_create(
                event=event, upload=stored, filename=filename, site_url=site_url, only_valid=only_valid,
                total=len(plan.to_import), created_by=request.user)
            return redirect("cohorts:import_job", pk=event.pk, job_id=job.pk)
        result = services.participants_import(event=event, data=data, filename=filename, site_url=site_url,
                                              only_valid=only_valid)
    except services.ImportRejected as rejected:
        messages.error(request, _("Tidak ada yang disimpan. Perbaiki baris bermasalah, atau centang "
                                  "\"impor hanya baris yang benar\"."))
        return _preview(request, event, rejected.plan, form.cleaned_data["token"], filename, status=400)
    upload_discard(stored)
    messages.success(request, _(
        "Impor selesai: %(created)d akun baru, %(matched)d akun lama ditambahkan, %(skipped)d sudah terdaftar. "
        "%(invited)d undangan dikirim lewat email.") % dataclass_dict(result))
    if result.without_email:
        messages.warning(request, _(
            "%(n)d peserta baru tidak punya email sehingga tidak menerima undangan. Minta mereka menambahkan "
            "email, atau bantu mereka mengatur kata sandi saat pelatihan.") % {"n": result.without_email})
    return redirect("cohorts:event_detail", pk=event.pk)


@require_GET
@training_staff_required
def import_job(request, pk, job_id):
    """Progress of a list importing in the background (the page refreshes itself while it runs)."""
    event = managed_event(request, pk)
    job = get_object_or_404(ParticipantImportJob, pk=job_id, event=event)
    return render(request, "cohorts/import_job.html", {"event": event, "job": job})


def dataclass_dict(result) -> dict:
    return {"created": result.created, "matched": result.matched, "skipped": result.skipped,
            "invited": result.invited}


@require_GET
@training_staff_required
def import_template(request):
    """An empty participant list with the expected columns and one example row."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Peserta")[:31]
    safe_workbook_append(sheet, ["nama", "no_hp", "email", "jenis_organisasi", "kode_desa"])
    safe_workbook_append(sheet, ["Contoh Nama Peserta", "081234567890", "contoh@email.test",
                                 str(OrganisationType.PATBM.label), "63.71.04.1005"])
    for column, width in zip("ABCDE", (32, 16, 28, 24, 18)):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    response["Content-Disposition"] = 'attachment; filename="templat-peserta-pelatihan.xlsx"'
    return response
