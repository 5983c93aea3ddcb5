"""A certificate states what actually happened (issue 9 §3): JP delivered, online or in person, the result;
the course page tells the real status; ungraded tests say so; a certificate is found by its printed number."""
import datetime
import json
import shutil
import subprocess
from decimal import Decimal

import pytest
from django.urls import reverse

from assessments import services as quiz_services
from certificates import services
from certificates.models import Certificate
from certificates.pdf_cache import certificate_pdf
from certificates.signing import b64url_decode
from cohorts import services as cohort_services
from courses.models import ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories


@pytest.fixture
def agency(db):
    return factories.AgencyFactory(name="DP3A Kota Banjarmasin", code="DP3A-BJM", signatory_name="Dra. Contoh",
                                   signatory_position="Kepala Dinas")


@pytest.fixture
def tic(agency):
    """Like the demo TIC course: "12 JP" on the label, four 30-minute modules to study online."""
    course = factories.course_with_modules(0, code="TIC", title="Penanganan Berperspektif Trauma", jp_hours=12)
    for i in range(4):
        factories.ModulePageFactory(parent=course, estimated_minutes=30, title=f"Modul TIC {i + 1}")
    course.issuing_agency = agency
    course.save()
    return course


def finish(user, course, capture):
    with capture(execute=True):
        enrollment_create(user=user, course=course)
        for module in ModulePage.objects.child_of(course).live():
            module_complete(user=user, module=module)


def pdf_text(tmp_path, certificate) -> str:
    path = tmp_path / "c.pdf"
    path.write_bytes(certificate_pdf(certificate))
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode().split())


# --- JP delivered, online, result ------------------------------------------------------------------

def test_self_paced_certificate_states_study_minutes_not_the_label(client, tic, trainee, tmp_path,
                                                                  django_capture_on_commit_callbacks):
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed"
    finish(trainee, tic, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    assert certificate.jp_hours == Decimal("2.6")  # 120 minutes / 45, rounded down: never inflated
    text = pdf_text(tmp_path, certificate)
    assert "2,6 JP" in text and "12 JP" not in text
    assert "secara daring" in text and "LULUS" in text
    assert " di " not in text.split("secara daring")[1][:60]  # no place after "secara daring"
    # the verification page and the badge say the same
    client.force_login(trainee)
    html = client.get(reverse("certificates:verify", args=(certificate.code,))).text
    assert "2,6 JP" in html and "12 JP" not in html and "Secara daring" in html and "Lulus" in html
    token = client.get(reverse("certificates:badge", args=(certificate.code,))).content.decode()  # the bare VC-JWT
    payload = json.loads(b64url_decode(token.split(".")[1]))
    assert "2,6 JP" in json.dumps(payload, ensure_ascii=False) and "12 JP" not in json.dumps(payload)


def test_course_page_catalogue_and_my_learning_show_the_same_planned_jp(client, tic, trainee):
    for html in (client.get(tic.url).text, client.get("/kursus/").text):
        assert "2,6 JP" in html and "12 JP" not in html
    enrollment_create(user=trainee, course=tic)
    client.force_login(trainee)
    html = client.get(reverse("courses:my_learning")).text
    assert "2,6 JP" in html and "12 JP" not in html


def test_timed_tests_count_toward_study_jp(client, tic, trainee, django_capture_on_commit_callbacks):
    factories.quiz_page(tic, title="Pre-test", kind="pre", pass_mark=0, time_limit_minutes=15)
    assert "3 JP" in client.get(tic.url).text  # (120 + 15) / 45
    finish(trainee, tic, django_capture_on_commit_callbacks)
    assert Certificate.objects.get().jp_hours == Decimal("3.0")


def test_event_certificate_states_attended_sessions_and_the_place(tic, agency, tmp_path,
                                                                 django_capture_on_commit_callbacks):
    event = factories.TrainingEventFactory(course=tic, organiser=agency, city="Banjarmasin",
                                           min_attendance_percent=50)
    day = event.start_date
    morning = factories.SessionFactory(event=event, date=day, start_time=datetime.time(8),
                                       end_time=datetime.time(11))  # 180 minutes = 4 JP
    factories.SessionFactory(event=event, date=day, start_time=datetime.time(13), end_time=datetime.time(16))
    participant = factories.ParticipantFactory(event=event, status="active")
    cohort_services.attendance_roster_save(session=morning, present_ids=[participant.pk], recorded_by=None)
    finish(participant.user, tic, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=participant.user)
    assert certificate.jp_hours == Decimal("4.0") and certificate.place == "Banjarmasin"
    text = pdf_text(tmp_path, certificate)
    assert "4 JP" in text and "di Banjarmasin" in text and "daring" not in text


# --- the course page tells the real status ---------------------------------------------------------

def test_course_page_shows_a_revoked_certificate_as_revoked(client, tic, trainee, staff,
                                                            django_capture_on_commit_callbacks):
    finish(trainee, tic, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    services.certificate_revoke(certificate=certificate, actor=staff, reason="Data peserta tidak benar")
    client.force_login(trainee)
    html = client.get(tic.url).text
    assert 'data-state="revoked"' in html and "Dicabut" in html
    assert 'data-state="valid"' not in html


def test_course_page_does_not_call_a_course_complete_when_a_module_was_added(
        client, tic, trainee, django_capture_on_commit_callbacks):
    finish(trainee, tic, django_capture_on_commit_callbacks)
    client.force_login(trainee)
    assert "Kursus selesai" in client.get(tic.url).text
    factories.ModulePageFactory(parent=tic, title="Modul baru")
    html = client.get(tic.url).text
    assert "4 dari 5 modul selesai" in html and "Kursus selesai" not in html
    assert "Kursus ini diperbarui setelah Anda menyelesaikannya" in html


# --- tests without a pass mark ----------------------------------------------------------------------

def test_pre_test_without_pass_mark_is_not_called_passed(client, tic, trainee):
    _category, questions = factories.question_bank(n=3)
    quiz = factories.quiz_page(tic, title="Pre-test TIC", kind="pre", pass_mark=0, questions=questions)
    enrollment_create(user=trainee, course=tic)
    attempt = quiz_services.attempt_start(user=trainee, quiz=quiz)
    quiz_services.attempt_save_responses(attempt_id=attempt.pk, user=trainee,
                                         responses={"0": factories.correct_response(attempt.snapshot[0])})
    quiz_services.attempt_submit(attempt_id=attempt.pk, user=trainee)
    client.force_login(trainee)
    for html in (client.get(quiz.url).text, client.get(tic.url).text,
                 client.get(quiz.url + f"percobaan/{attempt.pk}/hasil/").text):
        assert "33%" in html
        assert "Nilai lulus 0%" not in html and "0%</dd>" not in html
        assert "· Lulus" not in html and ">Lulus<" not in html
        assert "tidak dinilai lulus/tidak lulus" in html or "tidak menentukan lulus" in html


# --- finding a certificate by what is printed on it --------------------------------------------------

def test_lookup_by_printed_number_or_code(client, tic, trainee, django_capture_on_commit_callbacks):
    finish(trainee, tic, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    target = reverse("certificates:verify", args=(certificate.code,))
    for typed in (certificate.number, f" {certificate.number.lower()} ", certificate.code,
                  certificate.code.lower()[:5] + " " + certificate.code[5:]):
        response = client.get(reverse("certificates:lookup"), {"kode": typed})
        assert response.status_code == 302 and response["Location"] == target, typed


def test_empty_or_unknown_lookup_explains_itself(client, db):
    empty = client.get(reverse("certificates:lookup"), {"kode": "  "})
    assert empty.status_code == 200 and "Ketik kode verifikasi" in empty.text
    unknown = client.get(reverse("certificates:lookup"), {"kode": "999/PRL/DP3A-BJM/XII/2026"})
    assert unknown.status_code == 404 and "999/PRL/DP3A-BJM/XII/2026" in unknown.text
    assert "Periksa kembali" in unknown.text
