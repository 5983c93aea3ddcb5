"""Roster, corrections with a reason, check-in only while the session runs, the printable roster."""
import datetime
import re
import subprocess
import zoneinfo

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from cohorts import services
from cohorts.models import Attendance, AttendanceCorrection, Participant
from cohorts.pdf import RosterLine, RosterSheet, render_roster
from cohorts.selectors import attendance_percent, event_progress
from tests import tools

TZ = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def at(session, hour, minute=0, days=0):
    return datetime.datetime.combine(session.date + datetime.timedelta(days=days), datetime.time(hour, minute),
                                     tzinfo=TZ)


def test_roster_saves_all_at_once(client, world):
    event = world["events"]["a"]
    session = event.sessions_list[0]
    first, second = event.people
    client.force_login(world["trainer"])
    url = reverse("cohorts:roster", args=[event.pk, session.pk])
    page = client.get(url)
    assert first.user.full_name in page.text and second.user.full_name in page.text
    response = client.post(url, {f"p{first.pk}": "on"})
    assert response.status_code == 302
    recorded = {a.participant_id: a for a in Attendance.objects.filter(session=session)}
    assert recorded[first.pk].present and not recorded[second.pk].present
    assert {a.method for a in recorded.values()} == {Attendance.Method.ROSTER}
    assert recorded[first.pk].recorded_by == world["trainer"]
    first.refresh_from_db()
    assert first.status == Participant.Status.ACTIVE
    assert AttendanceCorrection.objects.count() == 0


def test_changing_a_recorded_attendance_needs_a_reason_and_is_audited(client, world):
    event = world["events"]["a"]
    session = event.sessions_list[0]
    first, second = event.people
    client.force_login(world["staff"]["a"])
    url = reverse("cohorts:roster", args=[event.pk, session.pk])
    client.post(url, {f"p{first.pk}": "on"})
    response = client.post(url, {f"p{first.pk}": "on", f"p{second.pk}": "on"})  # no reason
    assert response.status_code == 200 and "alasan" in response.text.lower()
    assert not Attendance.objects.get(session=session, participant=second).present
    response = client.post(url, {f"p{first.pk}": "on", f"p{second.pk}": "on",
                                 "reason": "Datang terlambat, ada surat tugas"})
    assert response.status_code == 302
    attendance = Attendance.objects.get(session=session, participant=second)
    assert attendance.present and attendance.method == Attendance.Method.CORRECTION
    correction = AttendanceCorrection.objects.get()
    assert (correction.attendance, correction.was_present, correction.now_present) == (attendance, False, True)
    assert correction.reason == "Datang terlambat, ada surat tugas" and correction.corrected_by == world["staff"]["a"]
    assert "Datang terlambat" in client.get(url).text  # the history is on the roster


def test_single_correction_service_requires_reason(world):
    participant = world["events"]["a"].people[0]
    attendance = Attendance.objects.create(session=world["events"]["a"].sessions_list[0], participant=participant)
    with pytest.raises(ValidationError):
        services.attendance_correct(attendance=attendance, present=False, reason="  ", corrected_by=world["trainer"])
    services.attendance_correct(attendance=attendance, present=False, reason="Salah centang",
                                corrected_by=world["trainer"])
    attendance.refresh_from_db()
    assert not attendance.present and attendance.corrections.get().reason == "Salah centang"


@pytest.mark.parametrize("moment, accepted", [
    ((7, 44), False), ((7, 45), True), ((10, 0), True), ((12, 15), True), ((12, 16), False)])
def test_checkin_only_during_the_session(world, moment, accepted):
    event = world["events"]["a"]
    session = event.sessions_list[0]  # 08.00-12.00
    user = event.people[0].user
    now = at(session, *moment)
    if accepted:
        attendance = services.attendance_checkin(user=user, code=session.checkin_code.lower(), now=now)
        assert attendance.present and attendance.method == Attendance.Method.CODE
    else:
        with pytest.raises(services.CheckinRefused) as refused:
            services.attendance_checkin(user=user, code=session.checkin_code, now=now)
        assert "hanya berlaku saat sesi berlangsung" in refused.value.message
        assert "07.45–12.15" in refused.value.message
        assert not Attendance.objects.exists()


def test_checkin_on_another_day_is_refused(world):
    session = world["events"]["a"].sessions_list[0]
    with pytest.raises(services.CheckinRefused):
        services.attendance_checkin(user=world["events"]["a"].people[0].user, code=session.checkin_code,
                                    now=at(session, 9, days=1))


def test_checkin_refuses_strangers_and_unknown_codes(world):
    session = world["events"]["a"].sessions_list[0]
    stranger = world["events"]["b"].people[0].user
    with pytest.raises(services.CheckinRefused, match="tidak terdaftar"):
        services.attendance_checkin(user=stranger, code=session.checkin_code, now=at(session, 9))
    with pytest.raises(services.CheckinRefused, match="tidak dikenal"):
        services.attendance_checkin(user=stranger, code="ZZZZZZ", now=at(session, 9))
    assert not Attendance.objects.exists()


def test_checkin_pages_with_frozen_clock(client, world, monkeypatch):
    event = world["events"]["a"]
    session = event.sessions_list[0]
    participant = event.people[0]
    client.force_login(participant.user)
    monkeypatch.setattr(timezone, "now", lambda: at(session, 12, 30))
    response = client.post(reverse("cohorts:checkin"), {"code": session.checkin_code})
    assert response.status_code == 200 and "hanya berlaku saat sesi berlangsung" in response.text
    assert not Attendance.objects.exists()
    monkeypatch.setattr(timezone, "now", lambda: at(session, 8, 5))
    page = client.get(reverse("cohorts:checkin_code", args=[session.checkin_code]))
    assert page.status_code == 200 and not Attendance.objects.exists()  # opening the link records nothing
    response = client.post(reverse("cohorts:checkin_code", args=[session.checkin_code]),
                           {"code": session.checkin_code})
    assert response.status_code == 200 and "Kehadiran tercatat" in response.text
    assert Attendance.objects.get().participant == participant
    # Pressing again changes nothing.
    client.post(reverse("cohorts:checkin"), {"code": session.checkin_code})
    assert Attendance.objects.count() == 1


def test_checkin_after_being_marked_absent_is_audited(world):
    event = world["events"]["a"]
    session = event.sessions_list[0]
    participant = event.people[0]
    services.attendance_roster_save(session=session, present_ids=[], recorded_by=world["trainer"])
    services.attendance_checkin(user=participant.user, code=session.checkin_code, now=at(session, 9))
    correction = AttendanceCorrection.objects.get()
    assert correction.now_present and correction.corrected_by == participant.user


def test_checkin_screen_shows_qr_and_code(client, world):
    event = world["events"]["a"]
    session = event.sessions_list[0]
    client.force_login(world["trainer"])
    html = client.get(reverse("cohorts:checkin_screen", args=[event.pk, session.pk])).text
    assert "<svg" in html and session.checkin_code in html
    assert f"/pelatihan/hadir/{session.checkin_code}/" in html
    assert "http" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace("http://www.w3.org/2000/svg", "")


def test_roster_pdf(client, world):
    event = world["events"]["a"]
    session = event.sessions_list[0]
    event.people[0].user.full_name = "Siti Ñurhaliza Âminah"
    event.people[0].user.save()
    client.force_login(world["staff"]["a"])
    response = client.get(reverse("cohorts:roster_pdf", args=[event.pk, session.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pdf = response.content
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf  # fonts embedded
    if tools.present("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                              check=True).stdout.decode()
        for expected in ("DAFTAR HADIR", event.title, session.topic, "Tanda tangan", "Siti Ñurhaliza Âminah",
                         event.people[1].user.full_name, "Sungai Miai", "Fasilitator Uji"):
            assert expected in text, expected


def test_roster_pdf_paginates_long_lists():
    lines = [RosterLine(name=f"Peserta {i}", organisation="PATBM/TAPBM", village="Sungai Miai") for i in range(70)]
    pdf = render_roster(RosterSheet(title="DAFTAR HADIR", heading=[("Pelatihan", "Uji")],
                                    columns=("No", "Nama", "Organisasi", "Desa", "Tanda tangan"), lines=lines))
    pages = int(re.search(rb"/Count (\d+)", pdf).group(1))
    assert pages >= 3  # 70 rows of signature boxes do not fit on two A4 pages


def test_progress_and_percentages(world):
    event = world["events"]["a"]
    morning, afternoon = event.sessions_list
    first, second = event.people
    services.attendance_roster_save(session=morning, present_ids=[first.pk, second.pk], recorded_by=None)
    services.attendance_roster_save(session=afternoon, present_ids=[first.pk], recorded_by=None)
    assert attendance_percent(first) == 100 and attendance_percent(second) == 50
    progress = event_progress(event)
    assert progress["event_percent"] == 75 and progress["sessions_total"] == 2
    assert {p.pk: p.percent for p in progress["participants"]} == {first.pk: 100, second.pk: 50}
    assert [s.present_count for s in progress["sessions"]] == [2, 1]
    assert progress["below_minimum"] == 1


def test_session_outside_the_event_dates_is_refused(client, world):
    event = world["events"]["a"]
    client.force_login(world["staff"]["a"])
    response = client.post(reverse("cohorts:session_create", args=[event.pk]), {
        "date": "2001-01-01", "start_time": "08:00", "end_time": "10:00", "topic": "Salah tanggal"})
    assert response.status_code == 200 and "Tanggal sesi harus di antara" in response.text
    other_trainer = world["other_trainer"]
    response = client.post(reverse("cohorts:session_create", args=[event.pk]), {
        "date": event.start_date.isoformat(), "start_time": "16:00", "end_time": "17:00", "topic": "Refleksi",
        "trainer": other_trainer.pk})
    assert response.status_code == 302
    assert event.sessions.filter(topic="Refleksi").exists() and other_trainer in event.trainers.all()
