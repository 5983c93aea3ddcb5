"""Offline verification command, Open Badges download, and bulk issuing for a training event."""
import datetime
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from jsonschema import Draft201909Validator

from certificates import badges, services, signing
from certificates.models import BulkIssueJob, Certificate
from cohorts.models import Participant, TrainingEvent
from courses.models import ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories


@pytest.fixture
def certified_course(db):
    village = factories.region_chain()
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin", region=village.parent.parent)
    course = factories.course_with_modules(1, code="PRL", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    return course


def complete(user, course, capture):
    with capture(execute=True):
        enrollment_create(user=user, course=course)
        for module in ModulePage.objects.child_of(course):
            module_complete(user=user, module=module)
    return Certificate.objects.get(user=user, course=course)


def test_verify_certificate_command_accepts_payload_link_and_pdf(trainee, certified_course, tmp_path,
                                                                django_capture_on_commit_callbacks):
    from certificates.pdf_cache import certificate_pdf

    certificate = complete(trainee, certified_course, django_capture_on_commit_callbacks)
    pdf = tmp_path / "sertifikat.pdf"
    pdf.write_bytes(certificate_pdf(certificate))
    for argument in [certificate.token, f"https://pelita.example/sertifikat/{certificate.code}/?p={certificate.token}",
                     str(pdf)]:
        out = StringIO()
        call_command("verify_certificate", argument, stdout=out)
        assert "SAH" in out.getvalue() and trainee.full_name in out.getvalue()
    forged = signing.sign_payload({"number": "1", "name": "X", "course": "Y", "issue_date": datetime.date.today(),
                                   "issuer": "DP3A-BJM"}, signing.generate_private_key())
    with pytest.raises(CommandError, match="TIDAK SAH"):
        call_command("verify_certificate", forged, stdout=StringIO())


def test_open_badge_download_is_signed_and_schema_valid(client, trainee, certified_course,
                                                        django_capture_on_commit_callbacks):
    certificate = complete(trainee, certified_course, django_capture_on_commit_callbacks)
    client.force_login(trainee)
    token = client.get(reverse("certificates:badge", args=(certificate.code,))).text
    key = services.signing_key_for(certificate.agency)
    credential = badges.verify_vc_jwt(token, bytes(key.public_key))
    assert credential["id"] == services.verification_url(certificate.code)
    assert "OpenBadgeCredential" in credential["type"]
    schema_path = Path(__file__).resolve().parent / "ob3" / "ob_v3p0_achievementcredential_schema.json"
    Draft201909Validator(json.loads(schema_path.read_text())).validate(credential)
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    with pytest.raises(badges.InvalidCredential):
        badges.verify_vc_jwt(tampered, bytes(key.public_key))


def test_bulk_issue_for_event_preview_then_print_pack(client, staff, certified_course,
                                                      django_capture_on_commit_callbacks):
    agency = certified_course.issuing_agency
    staff.agency = agency
    staff.save()
    event = TrainingEvent.objects.create(course=certified_course, organiser=agency, title="Pelatihan Paralegal",
                                         venue="Hotel", city="Banjarmasin", start_date=datetime.date(2026, 8, 12),
                                         end_date=datetime.date(2026, 8, 14))
    people = [factories.UserFactory(full_name=f"Peserta {i}") for i in range(4)]
    for index, person in enumerate(people):
        Participant.objects.create(event=event, user=person, status="active")
        enrollment_create(user=person, course=certified_course)
        if index < 3:  # the last one has not finished the module
            for module in ModulePage.objects.child_of(certified_course):
                with django_capture_on_commit_callbacks(execute=False):
                    module_complete(user=person, module=module)
    client.force_login(staff)
    url = reverse("certificates:event_certificates", args=(event.pk,))
    html = client.get(url).text
    assert "3 peserta memenuhi syarat" in html and "Selesaikan 1 modul lagi." in html
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    job = BulkIssueJob.objects.get()
    assert response["Location"] == reverse("certificates:bulk_job", args=(job.pk,))
    assert job.status == "done" and job.done == 3
    certificates = Certificate.objects.filter(course=certified_course)
    assert certificates.count() == 3
    assert {c.place for c in certificates} == {"Banjarmasin"}
    assert {c.start_date for c in certificates} == {datetime.date(2026, 8, 12)}
    pack = client.get(reverse("certificates:bulk_pdf", args=(job.pk,)))
    assert b"".join(pack.streaming_content).startswith(b"%PDF")
    archive = client.get(reverse("certificates:bulk_zip", args=(job.pk,)))
    assert b"".join(archive.streaming_content)[:2] == b"PK"
    # staff of another kabupaten/kota: 404
    other = factories.UserFactory(agency=factories.AgencyFactory(region=factories.region_chain().parent.parent.parent))
    other.groups.add(*staff.groups.all())
    from accounts.models import Region

    far = Region.objects.create(code="64", name="Kalimantan Timur", level=1, full_name="Kalimantan Timur")
    other.agency.region = far
    other.agency.save()
    client.force_login(other)
    assert client.get(url).status_code == 404
    assert client.get(reverse("certificates:bulk_job", args=(job.pk,))).status_code == 404
