"""Event list, detail (progress), create/edit, sessions, and the attendance export."""
import io

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_GET

from core.spreadsheets import safe_workbook_append

from .. import selectors, services
from ..forms import EventForm, SessionForm
from ..models import Attendance
from .common import apply_validation_error, event_session, managed_event, training_staff_required, visible_event


@training_staff_required
def event_list(request):
    events = (selectors.events_for_user(request.user)
              .annotate(participant_count=Count("participants", filter=~Q(participants__status="withdrawn"),
                                                distinct=True),
                        session_count=Count("sessions", distinct=True))
              .order_by("-start_date", "pk"))
    today = timezone.localdate()
    return render(request, "cohorts/event_list.html", {
        "upcoming": [e for e in events if e.end_date >= today],
        "past": [e for e in events if e.end_date < today],
        "can_create": selectors.agencies_in_scope(request.user).exists(),
    })


@training_staff_required
def event_create(request):
    agencies = selectors.agencies_in_scope(request.user)
    if not agencies.exists():
        raise Http404
    initial = {"organiser": request.user.agency_id, "min_attendance_percent": 80}
    form = EventForm(request.POST or None, agencies=agencies, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        trainers = data.pop("trainers")
        try:
            event = services.event_create(created_by=request.user, trainers=trainers, **data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Pelatihan dibuat. Tambahkan sesi dan peserta."))
            return redirect("cohorts:event_detail", pk=event.pk)
    return render(request, "cohorts/event_form.html", {"form": form, "event": None})


@training_staff_required
def event_edit(request, pk):
    event = managed_event(request, pk)
    form = EventForm(request.POST or None, instance=event, agencies=selectors.agencies_in_scope(request.user))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        trainers = data.pop("trainers")
        try:
            services.event_update(event=event, trainers=trainers, **data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Pelatihan disimpan."))
            return redirect("cohorts:event_detail", pk=event.pk)
    return render(request, "cohorts/event_form.html", {"form": form, "event": event})


@training_staff_required
def event_detail(request, pk):
    event = visible_event(request, pk)
    progress = selectors.event_progress(event)
    return render(request, "cohorts/event_detail.html", {
        "event": event, "progress": progress, "today": timezone.localdate(),
        "can_manage": selectors.can_manage(request.user, event),
        "trainers": list(event.trainers.order_by("full_name")),
    })


@training_staff_required
def session_form(request, pk, session_id=None):
    event = managed_event(request, pk)
    session = event_session(event, session_id) if session_id else None
    form = SessionForm(request.POST or None, instance=session, initial=None if session else {
        "date": event.start_date, "start_time": "08:00", "end_time": "12:00"})
    if request.method == "POST" and form.is_valid():
        try:
            if session:
                services.session_update(session=session, **form.cleaned_data)
            else:
                services.session_create(event=event, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Sesi disimpan."))
            return redirect("cohorts:event_detail", pk=event.pk)
    return render(request, "cohorts/session_form.html", {"form": form, "event": event, "session": session})


@require_GET
@training_staff_required
def attendance_export(request, pk):
    """Attendance recap as XLSX: one row per participant, one column per session."""
    from openpyxl import Workbook

    event = visible_event(request, pk)
    progress = selectors.event_progress(event)
    sessions = progress["sessions"]
    present = set(Attendance.objects.filter(session__event=event, present=True)
                  .values_list("participant_id", "session_id"))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Kehadiran")[:31])
    safe_workbook_append(sheet, [pgettext("nomor urut", "No."), _("Nama"), _("No HP"), _("Email"), _("Desa/kelurahan"),
                                 _("Status")]
                         + [f"{s.date:%d/%m} {s.start_time:%H:%M}" for s in sessions] + [_("Kehadiran (%)")])
    for number, participant in enumerate(progress["participants"], start=1):
        user = participant.user
        safe_workbook_append(sheet, [number, user.full_name, user.phone or "", user.email or "",
                                     user.village.name if user.village else "",
                                     str(participant.get_status_display())]
                     + [1 if (participant.pk, s.pk) in present else 0 for s in sessions]
                     + [participant.percent])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    response["Content-Disposition"] = f'attachment; filename="kehadiran-pelatihan-{event.pk}.xlsx"'
    return response

