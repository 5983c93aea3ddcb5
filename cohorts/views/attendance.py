"""Roster per session, the check-in screen (QR + short code), the printable roster, participants' check-in."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_GET

from accounts.models import OrganisationType

from .. import selectors, services
from ..forms import CheckinCodeForm, RosterForm
from ..models import AttendanceCorrection
from ..pdf import RosterLine, RosterSheet, render_roster
from ..qr import qr_svg
from .common import apply_validation_error, event_session, training_staff_required, visible_event


@training_staff_required
def roster(request, pk, session_id):
    event = visible_event(request, pk)
    session = event_session(event, session_id)
    participants = selectors.session_roster(session)
    form = RosterForm(request.POST or None, participants=participants)
    if request.method == "POST" and form.is_valid():
        try:
            result = services.attendance_roster_save(session=session, present_ids=form.present_ids(),
                                                     recorded_by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Daftar hadir disimpan (%(recorded)d dicatat, %(corrected)d dikoreksi).")
                             % {"recorded": result.recorded, "corrected": result.corrected})
            return redirect("cohorts:roster", pk=event.pk, session_id=session.pk)
    corrections = (AttendanceCorrection.objects.filter(attendance__session=session)
                   .select_related("attendance__participant__user", "corrected_by").order_by("-corrected_at")[:50])
    present = sum(1 for p in participants if p.attendance and p.attendance.present)
    return render(request, "cohorts/roster.html", {
        "event": event, "session": session, "form": form, "corrections": corrections,
        "present": present, "recorded": any(p.attendance for p in participants)})


@training_staff_required
def checkin_screen(request, pk, session_id):
    """Shown on the projector or the trainer's phone: participants scan the QR or type the short code."""
    event = visible_event(request, pk)
    session = event_session(event, session_id)
    url = request.build_absolute_uri(reverse("cohorts:checkin_code", args=[session.checkin_code]))
    start, end = services.checkin_window(session)
    return render(request, "cohorts/checkin_screen.html", {
        "event": event, "session": session, "url": url, "start": start, "end": end,
        "qr": qr_svg(url, 320, _("Kode QR kehadiran"))})


@require_GET
@training_staff_required
def roster_pdf(request, pk, session_id):
    event = visible_event(request, pk)
    session = event_session(event, session_id)
    organisation = dict(OrganisationType.choices)
    lines = [RosterLine(name=p.user.full_name, organisation=str(organisation.get(p.user.organisation_type, "")),
                        village=p.user.village.name if p.user.village else "")
             for p in selectors.session_roster(session)]
    trainer = session.trainer.full_name if session.trainer else ""
    sheet = RosterSheet(
        title=_("DAFTAR HADIR PESERTA"),
        heading=[(_("Pelatihan"), event.title), (_("Penyelenggara"), event.organiser.name),
                 (_("Tempat"), event.venue), (_("Tanggal"), date_format(session.date, "l, j F Y")),
                 (_("Waktu"), f"{session.start_time:%H.%M}–{session.end_time:%H.%M}"),
                 (_("Topik"), session.topic), (_("Fasilitator"), trainer)],
        columns=(pgettext("nomor urut", "No."), _("Nama"), _("Organisasi"), _("Desa/kelurahan"), _("Tanda tangan")),
        lines=lines,
        footer=_("Dicetak dari Pelita, %(date)s.") % {"date": date_format(timezone.localdate(), "j F Y")})
    response = HttpResponse(render_roster(sheet), content_type="application/pdf")
    response["Content-Disposition"] = (f'inline; filename="daftar-hadir-{event.pk}-{session.date:%Y%m%d}-'
                                       f'{session.pk}.pdf"')
    return response


@login_required
def checkin(request, code=None):
    """A participant records their own attendance: the code is typed here, or arrives in the QR's URL."""
    form = CheckinCodeForm(request.POST or None, initial={"code": code} if code else None)
    if request.method == "POST" and form.is_valid():
        try:
            attendance = services.attendance_checkin(user=request.user, code=form.cleaned_data["code"])
        except services.CheckinRefused as refused:
            form.add_error("code" if not code else None, refused.message)
        else:
            session = attendance.session
            messages.success(request, _("Terima kasih, kehadiran Anda di sesi \"%(topic)s\" sudah dicatat.")
                             % {"topic": session.topic})
            return render(request, "cohorts/checkin_done.html", {"session": session})
    return render(request, "cohorts/checkin.html", {"form": form, "code": code})
