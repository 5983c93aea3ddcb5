"""A training event from start to certificates, in real browsers (issue 5).

Agency staff create the event, add today's session and import 30 participants from a CSV; the trainer ticks the
roster in a second browser; participants finish the course (in the database); certificates are issued
automatically for those who qualify, and staff bulk-issue the rest and download the print pack. The reports
dashboard's "Bersertifikat" headline rises along the way.
"""
import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from accounts.roles import STAFF, TRAINER, roles_ensure
from certificates.models import Certificate
from cohorts.models import Participant, TrainingEvent
from cohorts.services import checkin_window
from courses import services
from courses.models import Enrollment
from tests import factories
from tests.e2e.helpers import login, modules_of, submit

pytestmark = pytest.mark.e2e

VILLAGE_CODE = "63.71.04.1005"  # Sungai Miai, created by factories.region_chain()
EVENT_TITLE = "Pelatihan Paralegal Komunitas Banjarmasin Utara"
STAFF_EMAIL = "petugas.dp3a@contoh.test"
TRAINER_EMAIL = "fasilitator.rizky@contoh.test"
TRAINER_NAME = "Muhammad Rizky Ramadhan"
SLOW_MS = 30_000  # issuing and building the print pack happen inside the request (Celery runs eagerly)

# 30 fictional people; every row is valid, so the preview announces 30 new accounts.
NAMES = [
    "Siti Nurhalimah Rahmawati", "Ahmad Fauzi Hidayat", "Dewi Kusumawati", "Budi Santoso Wibowo",
    "Rina Marlina Sari", "Agus Setiawan Nugroho", "Fitri Handayani", "Hendra Gunawan Saputra",
    "Nurul Aini Zahra", "Rizal Maulana Akbar", "Yuliana Kartika", "Dedi Kurniawan",
    "Maya Anggraini", "Fajar Ramadhan Putra", "Intan Permatasari", "Teguh Prasetyo",
    "Wulan Septiani", "Arif Rahmat Hidayatullah", "Lina Marliani", "Bayu Aji Pamungkas",
    "Ratna Dewi Anjani", "Eko Susilo Haryanto", "Sri Wahyuni Utami", "Joko Pranoto Susanto",
    "Indah Puspita Sari", "Galih Pratama", "Nadia Safitri", "Irfan Maulana Nasution",
    "Putri Ayu Lestari", "Zulkifli Anwar",
]
ORGANISATIONS = ["satgas_ppa", "relawan_sapa", "patbm", "krppa", "Satgas PPA", "UPTD PPA"]
EARLY = NAMES[:5]        # finish before any attendance exists: refused then, issued once attendance is recorded
ABSENT = "Zulkifli Anwar"  # the one the trainer leaves unticked: 0% attendance, never qualifies



def email_of(index: int) -> str:
    return f"peserta{index + 1:02d}.pelatihan@contoh.test"


def participants_csv() -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["nama", "no_hp", "email", "jenis_organisasi", "kode_desa"])
    for index, name in enumerate(NAMES):
        writer.writerow([name, f"0812{51000000 + index * 137:08d}", email_of(index),
                         ORGANISATIONS[index % len(ORGANISATIONS)], VILLAGE_CODE])
    return buffer.getvalue().encode("utf-8")


def field(page, label: str):
    """A form control by its visible label; crispy-forms adds "*" to required ones."""
    return page.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))


def certified_headline(page) -> int:
    """The dashboard's "Bersertifikat" card: the number under that heading (data-headline="certified")."""
    page.goto("/laporan/")
    card = page.locator(".report-cards .card", has=page.get_by_role("heading", name="Bersertifikat", exact=True))
    expect(card).to_have_count(1)
    number = card.locator("[data-headline=certified]")
    expect(number).to_have_text(re.compile(r"^\s*\d[\d.,]*\s*$"))
    return int(re.sub(r"\D", "", number.inner_text()))


def complete_course(user, course):
    """What a participant's "Tandai selesai" clicks do: every module, through the service (enrolment exists)."""
    for module in modules_of(course):
        services.module_complete(user=user, module=module)


def session_times() -> tuple[datetime.date, str, str]:
    """Today, from an hour ago to an hour from now (clamped to the day), so the session is running now."""
    now = timezone.localtime()
    start = max(now - datetime.timedelta(hours=1), now.replace(hour=0, minute=0))
    end = min(now + datetime.timedelta(hours=1), now.replace(hour=23, minute=59))
    return now.date(), f"{start:%H:%M}", f"{end:%H:%M}"


def pdf_page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def test_staff_run_a_training_event_from_import_to_certificates(new_page, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")  # the upload stash, print pack and ZIP stay out of .test-media
    groups = roles_ensure()
    village = factories.region_chain()
    city = village.parent.parent  # Kota Banjarmasin (63.71)
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin", region=city)
    course = factories.course_with_modules(2, title="Paralegal Perlindungan Anak", code="PPA", jp_hours=16,
                                           issuing_agency=agency, requires_trainer_signoff=False)
    factories.UserFactory(email=STAFF_EMAIL, full_name="Nur Aisyah", agency=agency, groups=[groups[STAFF]])
    factories.UserFactory(email=TRAINER_EMAIL, full_name=TRAINER_NAME, groups=[groups[TRAINER]])
    today, start_time, end_time = session_times()

    # Staff sign in; the dashboard shows nobody certified yet.
    staff = new_page()
    login(staff, STAFF_EMAIL)
    staff.get_by_role("navigation", name="Navigasi utama").get_by_role("link", name="Laporan").click()
    expect(staff).to_have_url(re.compile(r"/laporan/$"))
    certified_at_start = certified_headline(staff)
    assert certified_at_start == 0

    # --- 1. Staff create the event, with the trainer, from the training pages. ---
    staff.get_by_role("navigation", name="Navigasi utama").get_by_role("link", name="Pelatihan").click()
    expect(staff).to_have_url(re.compile(r"/pelatihan/$"))
    staff.get_by_role("link", name="Buat pelatihan").click()
    expect(staff).to_have_url(re.compile(r"/pelatihan/baru/$"))
    field(staff, "Kursus").select_option(label=course.title)
    expect(field(staff, "Lembaga penyelenggara")).to_have_value(str(agency.pk))  # their own agency, preselected
    field(staff, "Nama pelatihan").fill(EVENT_TITLE)
    field(staff, "Tempat").fill("Aula Kantor Kecamatan Banjarmasin Utara")
    field(staff, "Kota pada sertifikat").fill("Banjarmasin")
    field(staff, "Tanggal mulai").fill(today.isoformat())
    field(staff, "Tanggal selesai").fill(today.isoformat())
    expect(field(staff, "Kehadiran minimal (%)")).to_have_value("80")
    staff.get_by_role("checkbox", name=TRAINER_NAME).check()
    submit(staff, staff.get_by_role("button", name="Simpan pelatihan"))
    expect(staff.get_by_role("heading", level=1)).to_have_text(EVENT_TITLE)
    expect(staff.locator("body")).to_contain_text("Pelatihan dibuat. Tambahkan sesi dan peserta.")
    event = TrainingEvent.objects.get(title=EVENT_TITLE)
    assert event.organiser == agency and event.course_id == course.pk
    assert list(event.trainers.values_list("email", flat=True)) == [TRAINER_EMAIL]
    event_url = staff.url
    assert event_url.endswith(f"/pelatihan/{event.pk}/")

    # A session today that is running now.
    staff.get_by_role("link", name="Tambah sesi").click()
    expect(staff).to_have_url(re.compile(rf"/pelatihan/{event.pk}/sesi/baru/$"))
    field(staff, "Tanggal").fill(today.isoformat())
    field(staff, "Mulai").fill(start_time)
    field(staff, "Selesai").fill(end_time)
    field(staff, "Topik").fill("Hak anak dan alur rujukan kasus")
    field(staff, "Fasilitator").select_option(label=TRAINER_NAME)
    submit(staff, staff.get_by_role("button", name="Simpan sesi"))
    expect(staff).to_have_url(event_url)
    session = event.sessions.get()
    assert (session.start_time.strftime("%H:%M"), session.end_time.strftime("%H:%M")) == (start_time, end_time)
    opens, closes = checkin_window(session)
    assert opens <= timezone.now() <= closes  # participants could check in with the session's code right now
    sessions = staff.locator("li", has=staff.get_by_role("link", name="Daftar hadir"))
    expect(sessions).to_have_count(1)
    expect(sessions).to_contain_text("Hak anak dan alur rujukan kasus")
    expect(sessions).to_contain_text(f"{start_time.replace(':', '.')}–{end_time.replace(':', '.')}")

    # Import 30 participants from a CSV: the preview announces 30 new accounts and writes nothing.
    staff.get_by_role("link", name="Impor peserta").click()
    expect(staff).to_have_url(re.compile(rf"/pelatihan/{event.pk}/peserta/impor/$"))
    staff.get_by_label(re.compile(r"Berkas peserta")).set_input_files(
        files=[{"name": "peserta-pelatihan.csv", "mimeType": "text/csv", "buffer": participants_csv()}])
    submit(staff, staff.get_by_role("button", name="Periksa berkas"))
    expect(staff.get_by_role("heading", level=1)).to_have_text("Pratinjau impor")
    expect(staff.get_by_role("heading", name="30 akun baru akan dibuat dan diundang")).to_be_visible()
    expect(staff.get_by_text(re.compile(r"baris bermasalah"))).to_have_count(0)
    preview_rows = staff.locator("table tbody tr")
    expect(preview_rows).to_have_count(30)
    expect(preview_rows.first).to_contain_text("Sungai Miai")
    assert not Participant.objects.filter(event=event).exists()
    submit(staff, staff.get_by_role("button", name="Konfirmasi: impor 30 peserta"))
    expect(staff).to_have_url(event_url)
    expect(staff.locator("body")).to_contain_text("Impor selesai: 30 akun baru, 0 akun lama ditambahkan, "
                                                  "0 sudah terdaftar. 30 undangan dikirim lewat email.")
    participants_summary = staff.get_by_role("heading", name="Peserta", exact=True).locator(
        "xpath=following-sibling::p[1]")
    expect(participants_summary).to_contain_text(re.compile(r"^\s*30 peserta\b"))
    participant_rows = staff.locator("table tbody tr")
    expect(participant_rows).to_have_count(30)
    for name in (NAMES[0], NAMES[17], ABSENT):
        expect(participant_rows.filter(has_text=name)).to_have_count(1)
    people = {u.full_name: u for u in User.objects.filter(participations__event=event)}
    assert sorted(people) == sorted(NAMES)
    assert Enrollment.objects.filter(course=course, user__in=people.values(), source="event").count() == 30
    assert {u.village_id for u in people.values()} == {VILLAGE_CODE}
    invitations = [m for m in mail.outbox if m.subject == "Undangan pelatihan di Pelita: buat kata sandi Anda"]
    assert sorted(address for m in invitations for address in m.to) == sorted(email_of(i) for i in range(30))

    # Five finish the course before any attendance is recorded: the attendance rule refuses their certificate.
    for name in EARLY:
        complete_course(people[name], course)
    assert Enrollment.objects.filter(course=course, completed_at__isnull=False).count() == 5
    assert not Certificate.objects.exists()
    staff.goto(f"/sertifikat/pelatihan/{event.pk}/")
    expect(staff.get_by_text("0 peserta memenuhi syarat dan belum bersertifikat.")).to_be_visible()
    early_row = staff.locator("tbody tr", has_text=EARLY[0])
    expect(early_row).to_contain_text("Kehadiran 0% dari minimal 80%")
    expect(staff.get_by_role("button", name="Terbitkan semua dan buat paket cetak")).to_have_count(0)

    # --- 2. The trainer, in their own browser, ticks everyone but one on the session's roster. ---
    trainer = new_page()
    login(trainer, TRAINER_EMAIL)
    trainer.get_by_role("navigation", name="Navigasi utama").get_by_role("link", name="Pelatihan").click()
    trainer.get_by_role("link", name=EVENT_TITLE).click()
    expect(trainer.get_by_role("heading", level=1)).to_have_text(EVENT_TITLE)
    expect(trainer.get_by_role("link", name="Impor peserta")).to_have_count(0)  # trainers do not manage events
    trainer.get_by_role("link", name="Daftar hadir").click()
    expect(trainer).to_have_url(re.compile(rf"/pelatihan/{event.pk}/sesi/{session.pk}/$"))
    expect(trainer.get_by_text("0 dari 30 hadir.")).to_be_visible()
    boxes = trainer.locator("form input[type=checkbox]")
    expect(boxes).to_have_count(30)
    for index in range(30):
        boxes.nth(index).check()
    trainer.get_by_role("checkbox", name=ABSENT).uncheck()
    submit(trainer, trainer.get_by_role("button", name="Simpan daftar hadir"))
    expect(trainer.locator("body")).to_contain_text("Daftar hadir disimpan (30 dicatat, 0 dikoreksi).")
    expect(trainer.get_by_text("29 dari 30 hadir.")).to_be_visible()
    expect(trainer.locator("li", has_text=ABSENT).locator(".badge")).to_have_text("tidak hadir")
    expect(trainer.locator("li", has_text=NAMES[0]).locator(".badge")).to_have_text("hadir")

    staff.goto(event_url)
    expect(staff.locator("li", has=staff.get_by_role("link", name="Daftar hadir"))).to_contain_text(
        "29 dari 30 hadir")
    attendance_cell = staff.locator("tbody tr", has_text=ABSENT).locator("td").last
    expect(attendance_cell).to_have_text(re.compile(r"^\s*0%\s*$"))
    expect(staff.locator("tbody tr", has_text=NAMES[0]).locator("td").last).to_have_text(re.compile(r"^\s*100%\s*$"))

    # Recording attendance completed the rule for the five early finishers: their certificates were issued.
    early_issued = set(Certificate.objects.filter(course=course).values_list("user__full_name", flat=True))
    assert early_issued == set(EARLY)
    assert certified_headline(staff) == certified_at_start + 5

    # --- 3. Everyone else finishes the course now: certificates are issued automatically, except for the
    # absent participant. ---
    for name in NAMES[5:]:
        complete_course(people[name], course)
    issued = set(Certificate.objects.filter(course=course).values_list("user__full_name", flat=True))
    assert issued == set(NAMES) - {ABSENT}

    # --- 4. The dashboard counts them. ---
    assert certified_headline(staff) == certified_at_start + 29

    # Staff open the event's certificate page: nobody is left to issue; they build the print pack of all 29.
    staff.goto(f"/sertifikat/pelatihan/{event.pk}/")
    expect(staff.get_by_role("heading", level=1)).to_have_text("Sertifikat untuk pelatihan")
    expect(staff.get_by_text("0 peserta memenuhi syarat dan belum bersertifikat.")).to_be_visible()
    rows = staff.locator("tbody tr")
    expect(rows).to_have_count(30)
    expect(rows.filter(has_text="Sudah bersertifikat")).to_have_count(29)
    expect(rows.filter(has_text=ABSENT)).to_contain_text("Kehadiran 0% dari minimal 80%")
    expect(staff.get_by_role("button", name="Terbitkan semua dan buat paket cetak")).to_have_count(0)
    submit(staff, staff.get_by_role("button", name="Buat paket cetak"))
    expect(staff).to_have_url(re.compile(r"/sertifikat/massal/\d+/$"))
    expect(staff.get_by_role("heading", level=1)).to_contain_text(EVENT_TITLE)
    job_status = staff.locator("[data-job-status]")
    expect(job_status).to_have_attribute("data-job-status", "done", timeout=SLOW_MS)  # the page refreshes itself
    expect(job_status).to_contain_text("Selesai · 29/29")
    download_link = staff.get_by_role("link", name="Unduh paket cetak (PDF)")
    expect(download_link).to_be_visible()
    with staff.expect_download(timeout=SLOW_MS) as download_info:
        download_link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    pack = Path(download.path()).read_bytes()
    assert pack[:5] == b"%PDF-"
    assert pdf_page_count(pack) == 29  # one page per certificate of the event

    assert Certificate.objects.filter(course=course).count() == 29  # the pack issued nothing twice
    assert {c.place for c in Certificate.objects.filter(course=course)} == {"Banjarmasin"}
