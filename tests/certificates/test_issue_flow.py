"""Certificates are issued once when the rule is met, verified publicly, revoked and re-issued with a trail."""
import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from assessments import services as quiz_services
from assessments.models import QuizPage
from certificates import services, signing
from certificates.models import Certificate, CertificateEvent
from courses.models import ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories


@pytest.fixture
def agency(db):
    return factories.AgencyFactory(name="DP3A Kota Banjarmasin", code="DP3A-BJM", signatory_name="Dra. Contoh",
                                   signatory_nip="197001012000031001", signatory_position="Kepala Dinas")


@pytest.fixture
def staff(staff, agency):
    """Staff and trainers act for their own agency only: here the agency that issues the course."""
    staff.agency = agency
    staff.save()
    return staff


@pytest.fixture
def trainer(trainer, agency):
    trainer.agency = agency
    trainer.save()
    return trainer


@pytest.fixture
def certified_course(agency):
    course = factories.course_with_modules(2, code="PRL", title="Dasar Hukum dan Keparalegalan", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    return course


def finish(user, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_create(user=user, course=course)
        for module in ModulePage.objects.child_of(course):
            module_complete(user=user, module=module)


def test_completion_issues_exactly_one_certificate_and_emails_link(trainee, certified_course,
                                                                   django_capture_on_commit_callbacks):
    finish(trainee, certified_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    today = timezone.localdate()
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][today.month - 1]
    assert certificate.number == f"001/PRL/DP3A-BJM/{roman}/{today.year}"
    # JP delivered, not the course's nominal 24: two 20-minute modules studied online = 40/45 JP, rounded down
    assert certificate.holder_name == trainee.full_name and certificate.jp_hours == Decimal("0.8")
    assert certificate.place == "" and certificate.result == Certificate.Result.PASSED
    assert len(mail.outbox) == 1 and certificate.code in mail.outbox[0].body
    assert CertificateEvent.objects.filter(certificate=certificate, action="issued").count() == 1
    # the task retried, or run again by hand: still one
    again = services.certificate_issue(user_id=trainee.pk, course_id=certified_course.pk)
    assert again.pk == certificate.pk and Certificate.objects.count() == 1


def test_numbers_run_per_course_and_year(certified_course, django_capture_on_commit_callbacks, village):
    people = [factories.UserFactory(village=village) for _ in range(3)]
    for person in people:
        finish(person, certified_course, django_capture_on_commit_callbacks)
    numbers = sorted(Certificate.objects.values_list("number", flat=True))
    assert [n.split("/")[0] for n in numbers] == ["001", "002", "003"]


def test_course_page_says_what_is_missing(client, trainee, certified_course):
    _category, questions = factories.question_bank(n=1)
    factories.quiz_page(certified_course, questions=questions, title="Ujian akhir PRL", kind=QuizPage.Kind.FINAL,
                        required_for_completion=True)
    enrollment_create(user=trainee, course=certified_course)
    client.force_login(trainee)
    html = client.get(certified_course.url).text
    assert "Yang masih diperlukan:" in html and "Selesaikan 2 modul lagi." in html
    assert "Luluskan Ujian akhir PRL." in html
    assert not Certificate.objects.exists()


def test_required_quiz_then_certificate(client, trainee, certified_course, django_capture_on_commit_callbacks):
    _category, questions = factories.question_bank(n=1)
    final = factories.quiz_page(certified_course, questions=questions, kind=QuizPage.Kind.FINAL,
                                required_for_completion=True)
    finish(trainee, certified_course, django_capture_on_commit_callbacks)
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        attempt = quiz_services.attempt_start(user=trainee, quiz=final)
        quiz_services.attempt_save_responses(attempt_id=attempt.pk, user=trainee,
                                             responses={"0": factories.correct_response(attempt.snapshot[0])})
        quiz_services.attempt_submit(attempt_id=attempt.pk, user=trainee)
    assert Certificate.objects.filter(user=trainee).count() == 1
    client.force_login(trainee)
    assert "Sertifikat" in client.get(reverse("courses:my_learning")).text


def test_trainer_signoff_required(client, trainee, trainer, certified_course, django_capture_on_commit_callbacks):
    certified_course.requires_trainer_signoff = True
    certified_course.save()
    finish(trainee, certified_course, django_capture_on_commit_callbacks)
    assert not Certificate.objects.exists()
    client.force_login(trainer)
    url = reverse("certificates_signoff", args=(certified_course.pk,))
    assert trainee.full_name in client.get(url).text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"user": trainee.pk, "note": "Bermain peran baik"})
    assert Certificate.objects.filter(user=trainee).count() == 1


def test_public_verification_shows_only_what_it_should(client, trainee, certified_course,
                                                       django_capture_on_commit_callbacks):
    trainee.phone = "081234567890"
    trainee.save()
    finish(trainee, certified_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    html = client.get(reverse("certificates:verify", args=(certificate.code,))).text
    assert 'data-state="valid"' in html and trainee.full_name in html and "0,8 JP" in html
    assert "DP3A Kota Banjarmasin" in html and certificate.number in html
    assert trainee.email not in html and "081234567890" not in html and "Unduh PDF" not in html
    assert client.get(reverse("certificates:verify", args=("TIDAKADA99",))).status_code == 404
    # lower-case code typed from paper still works
    assert client.get(reverse("certificates:verify", args=(certificate.code.lower(),))).status_code == 200


def test_signed_payload_verifies_and_forgery_is_rejected(client, trainee, certified_course,
                                                         django_capture_on_commit_callbacks):
    finish(trainee, certified_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    data = signing.verify_payload(certificate.token, services.public_keys())
    assert data["name"] == trainee.full_name and data["verification_code"] == certificate.code
    url = reverse("certificates:verify", args=(certificate.code,))
    assert "Tanda tangan digital pada kode QR cocok" in client.get(url, {"p": certificate.token}).text
    prefix, payload, signature = certificate.token.split(".")
    forged = signing.sign_payload({**data, "name": "Orang Lain"}, signing.generate_private_key())
    for bad in [forged, f"{prefix}.{payload[:-2]}xx.{signature}", "sampah"]:
        assert "Tanda tangan digital pada kode QR cocok" not in client.get(url, {"p": bad}).text
    keys = client.get(reverse("certificates:keys")).json()["keys"]
    assert keys[0]["issuer"] == "DP3A-BJM" and len(keys[0]["public_key"]) == 64


def test_pdf_only_for_holder_and_staff(client, trainee, staff, certified_course, django_capture_on_commit_callbacks,
                                       village):
    finish(trainee, certified_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    url = reverse("certificates:pdf", args=(certificate.code,))
    assert client.get(url).status_code == 404
    client.force_login(factories.UserFactory(village=village))
    assert client.get(url).status_code == 404
    for user in (trainee, staff):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_revoke_with_reason_and_reissue_after_name_correction(client, trainee, staff, certified_course,
                                                              django_capture_on_commit_callbacks):
    finish(trainee, certified_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    client.force_login(staff)
    revoke = reverse("certificates_admin:revoke", args=(certificate.pk,))
    refused = client.post(revoke, {"reason": "   "})
    assert refused.status_code == 200 and refused.context["form"].errors
    certificate.refresh_from_db()
    assert certificate.status == "valid"

    reissue = reverse("certificates_admin:reissue", args=(certificate.pk,))
    response = client.post(reissue, {"holder_name": "Siti Rahmawati Nur", "reason": "Nama tidak sesuai KTP"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    new = certificate.superseded_by
    assert certificate.status == "superseded" and new.holder_name == "Siti Rahmawati Nur"
    assert new.number != certificate.number
    html = client.get(reverse("certificates:verify", args=(certificate.code,))).text
    assert 'data-state="superseded"' in html and new.number in html

    response = client.post(reverse("certificates_admin:revoke", args=(new.pk,)), {"reason": "Pelanggaran etik"})
    assert response.status_code == 302
    new.refresh_from_db()
    assert new.status == "revoked" and new.status_reason == "Pelanggaran etik"
    client.logout()
    html = client.get(reverse("certificates:verify", args=(new.code,))).text
    assert 'data-state="revoked"' in html
    actions = list(CertificateEvent.objects.values_list("action", "actor_id", "reason"))
    assert ("superseded", staff.pk, "Nama tidak sesuai KTP") in actions
    assert ("revoked", staff.pk, "Pelanggaran etik") in actions


def test_trainee_cannot_revoke(client, trainee, certified_course, django_capture_on_commit_callbacks):
    finish(trainee, certified_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    client.force_login(trainee)
    client.post(reverse("certificates_admin:revoke", args=(certificate.pk,)), {"reason": "x"})
    certificate.refresh_from_db()
    assert certificate.status == "valid"


def test_expiry(client, trainee, certified_course, django_capture_on_commit_callbacks):
    certified_course.certificate_validity_months = 24
    certified_course.save()
    finish(trainee, certified_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    assert certificate.expires_on > timezone.localdate() + datetime.timedelta(days=700)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=timezone.localdate() - datetime.timedelta(days=1))
    assert 'data-state="expired"' in client.get(reverse("certificates:verify", args=(certificate.code,))).text
