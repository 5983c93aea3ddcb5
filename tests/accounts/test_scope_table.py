"""Authority is scoped to the user's agency: every staff/trainer URL with an id, opened by staff or a trainer of
ANOTHER agency, answers 404 and changes nothing; the same URLs work for the owning agency.

Two neighbouring agencies: DP3A Kota Banjarmasin (63.71) and DP3A Kota Banjarbaru (63.72), each with its own
course, certificate, training event, participant, quiz attempt and bulk-issue job.
"""
import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from accounts.models import Agency, User
from accounts.roles import STAFF, TRAINER
from assessments import services as quiz_services
from assessments.models import AnswerChoice, Attempt, Question, QuestionCategory
from certificates import services as certificate_services
from certificates.models import BulkIssueJob, Certificate, CertificateEvent, TrainerSignoff
from cohorts.models import Attendance, Participant, Session, TrainingEvent
from courses.models import CoursePage, ModulePage
from courses.services import enrollment_create, module_complete
from reports.models import DeletionRequest
from tests import factories

AGENCIES = {
    "bjm": dict(name="DP3A Kota Banjarmasin", code="DP3A-BJM", signatory_name="Dra. Banjarmasin",
                signatory_nip="197001012000031001", signatory_position="Kepala Dinas"),
    "bjb": dict(name="DP3A Kota Banjarbaru", code="DP3A-BJB", signatory_name="Dr. Banjarbaru",
                signatory_nip="197502022001122002", signatory_position="Kepala Dinas"),
}


def _build_agency(key, region, village, roles, settings):
    agency = factories.AgencyFactory(region=region, **AGENCIES[key])
    staff = factories.UserFactory(agency=agency, groups=[roles[STAFF]], full_name=f"Petugas {key}")
    trainer = factories.UserFactory(agency=agency, groups=[roles[TRAINER]], full_name=f"Fasilitator {key}")
    trainee = factories.UserFactory(village=village, full_name=f"Peserta {key}")
    course = factories.course_with_modules(1, code=key.upper(), title=f"Kursus {key}", issuing_agency=agency)
    enrollment_create(user=trainee, course=course)
    for module in ModulePage.objects.child_of(course):
        module_complete(user=trainee, module=module)
    certificate = certificate_services.certificate_issue(user_id=trainee.pk, course_id=course.pk)
    category, questions = factories.question_bank(category_name=f"Bank {key}", n=2)
    category.course = course  # this agency's bank: its quizzes draw from it
    category.save()
    quiz = factories.quiz_page(course, questions=questions, slug=f"kuis-{key}", title=f"Kuis {key}")
    attempt = quiz_services.attempt_start(user=trainee, quiz=quiz)
    quiz_services.attempt_submit(attempt_id=attempt.pk, user=trainee)
    today = datetime.date.today()
    event = factories.TrainingEventFactory(course=course, organiser=agency, title=f"Pelatihan {key}",
                                           start_date=today, end_date=today + datetime.timedelta(days=1))
    event.trainers.add(trainer)
    session = factories.SessionFactory(event=event, trainer=trainer, topic=f"Sesi {key}")
    factories.ParticipantFactory(event=event, user=trainee)
    job = BulkIssueJob.objects.create(event=event, created_by=staff, status=BulkIssueJob.Status.DONE,
                                      user_ids=[trainee.pk], total=1, done=1)
    job.pack.save(f"paket-{key}.pdf", ContentFile(b"%PDF-1.4 paket"), save=False)
    job.archive.save(f"semua-{key}.zip", ContentFile(b"PK\x05\x06" + b"\0" * 18), save=False)
    job.save()
    return dict(agency=agency, staff=staff, trainer=trainer, trainee=trainee, course=course, quiz=quiz,
                certificate=certificate, event=event, session=session, job=job, category=category,
                question=questions[0],
                attempt=Attempt.objects.get(pk=attempt.pk))


@pytest.fixture
def world(db, roles, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    village_bjm = factories.region_chain()
    city_bjm = village_bjm.parent.parent
    city_bjb = factories.second_city()
    village_bjb = factories.village_named("63.72.01.1001", "Loktabat Utara")
    return {"bjm": _build_agency("bjm", city_bjm, village_bjm, roles, settings),
            "bjb": _build_agency("bjb", city_bjb, village_bjb, roles, settings)}


def snapshot() -> dict:
    """Everything a hostile request could change."""
    agency_fields = [f.attname for f in Agency._meta.concrete_fields]
    return {
        "agencies": sorted(Agency.objects.values_list(*agency_fields)),
        "certificates": sorted(Certificate.objects.values_list("pk", "status", "holder_name", "number", "agency_id",
                                                                "superseded_by_id")),
        "certificate_events": CertificateEvent.objects.count(),
        "signoffs": sorted(TrainerSignoff.objects.values_list("user_id", "course_id")),
        "events": sorted(TrainingEvent.objects.values_list("pk", "title", "organiser_id", "venue", "start_date",
                                                           "end_date", "min_attendance_percent")),
        "sessions": sorted(Session.objects.values_list("pk", "event_id", "topic", "date", "start_time")),
        "participants": sorted(Participant.objects.values_list("pk", "event_id", "user_id", "status")),
        "attendance": sorted(Attendance.objects.values_list("pk", "participant_id", "session_id", "present")),
        "users": sorted(User.objects.values_list("pk", "full_name", "email", "phone", "is_active", "village_id")),
        "jobs": sorted(BulkIssueJob.objects.values_list("pk", "event_id", "status")),
        "deletion_requests": DeletionRequest.objects.count(),
        "questions": sorted(Question.objects.values_list("pk", "title", "text", "category_id")),
        "choices": sorted(AnswerChoice.objects.values_list("pk", "question_id", "text", "fraction")),
        "categories": sorted(QuestionCategory.objects.values_list("pk", "name", "course_id")),
    }


# (name, URL builder, what a hostile POST sends or None when the URL takes no POST, owner roles that open it)
URLS = [
    # Certificates in the Wagtail admin
    ("certificate revoke", lambda w: reverse("certificates_admin:revoke", args=[w["certificate"].pk]),
     lambda w: {"reason": "Dicabut oleh lembaga lain"}, ["staff"]),
    ("certificate reissue", lambda w: reverse("certificates_admin:reissue", args=[w["certificate"].pk]),
     lambda w: {"holder_name": "Nama Palsu", "reason": "Koreksi palsu"}, ["staff"]),
    ("certificate inspect", lambda w: reverse("certificates_admin:inspect", args=[w["certificate"].pk]),
     None, ["staff"]),
    ("certificate edit", lambda w: reverse("certificates_admin:edit", args=[w["certificate"].pk]),
     lambda w: {}, ["staff"]),
    ("certificate delete", lambda w: reverse("certificates_admin:delete", args=[w["certificate"].pk]),
     lambda w: {}, []),
    ("certificate copy", lambda w: reverse("certificates_admin:copy", args=[w["certificate"].pk]),
     lambda w: {}, []),
    ("certificate history", lambda w: reverse("certificates_admin:history", args=[w["certificate"].pk]),
     None, ["staff"]),
    ("certificate history results",
     lambda w: reverse("certificates_admin:history_results", args=[w["certificate"].pk]), None, ["staff"]),
    ("certificate usage", lambda w: reverse("certificates_admin:usage", args=[w["certificate"].pk]),
     None, ["staff"]),
    # Downloads for the holder and staff in scope (the public verification page stays public)
    ("certificate PDF", lambda w: reverse("certificates:pdf", args=[w["certificate"].code]), None, ["staff"]),
    ("open badge", lambda w: reverse("certificates:badge", args=[w["certificate"].code]), None, ["staff"]),
    # Agencies in the Wagtail admin
    ("agency edit", lambda w: reverse("agencies:edit", args=[w["agency"].pk]),
     lambda w: {"name": "Lembaga Disusupi", "kind": "DP3A", "code": "DISUSUPI", "region": "63",
                "address": "Alamat disusupi", "signatory_name": "Penanda Tangan Palsu",
                "signatory_nip": "199001012020121001", "signatory_position": "Palsu",
                "certificate_number_format": "{seq}/PALSU/{year}"}, ["staff"]),
    ("agency delete", lambda w: reverse("agencies:delete", args=[w["agency"].pk]), lambda w: {}, []),
    ("agency copy", lambda w: reverse("agencies:copy", args=[w["agency"].pk]), lambda w: {}, []),
    ("agency history", lambda w: reverse("agencies:history", args=[w["agency"].pk]), None, ["staff"]),
    ("agency usage", lambda w: reverse("agencies:usage", args=[w["agency"].pk]), None, ["staff"]),
    # Trainers' screens: quiz results, CSV, pre/post gain, sign-off of competence
    ("quiz results", lambda w: reverse("assessments_quiz_results", args=[w["quiz"].pk]), None,
     ["staff", "trainer"]),
    ("quiz results CSV", lambda w: reverse("assessments_quiz_results", args=[w["quiz"].pk]) + "?format=csv",
     None, ["staff", "trainer"]),
    ("pre/post gain", lambda w: reverse("assessments_course_gain", args=[w["course"].pk]), None,
     ["staff", "trainer"]),
    ("pre/post gain CSV", lambda w: reverse("assessments_course_gain", args=[w["course"].pk]) + "?format=csv",
     None, ["staff", "trainer"]),
    ("trainer sign-off", lambda w: reverse("certificates_signoff", args=[w["course"].pk]),
     lambda w: {"user": w["trainee"].pk, "note": "Kompeten"}, ["staff", "trainer"]),
    # Question banks of the agency's course (its quizzes draw from them: editing one changes their key)
    ("question edit", lambda w: reverse("wagtailsnippets_assessments_question:edit", args=[w["question"].pk]),
     lambda w: {"title": "Disusupi", "text": "<p>Disusupi</p>", "type": "single"}, ["staff", "trainer"]),
    ("question delete", lambda w: reverse("wagtailsnippets_assessments_question:delete",
                                          args=[w["question"].pk]), lambda w: {}, ["staff"]),
    ("question copy", lambda w: reverse("wagtailsnippets_assessments_question:copy", args=[w["question"].pk]),
     lambda w: {"title": "Salinan", "text": "<p>x</p>", "type": "single"}, ["staff", "trainer"]),
    ("question history", lambda w: reverse("wagtailsnippets_assessments_question:history",
                                           args=[w["question"].pk]), None, ["staff", "trainer"]),
    ("question usage", lambda w: reverse("wagtailsnippets_assessments_question:usage", args=[w["question"].pk]),
     None, ["staff", "trainer"]),
    ("question category edit", lambda w: reverse("wagtailsnippets_assessments_questioncategory:edit",
                                                 args=[w["category"].pk]),
     lambda w: {"name": "Disusupi", "course": ""}, ["staff", "trainer"]),
    ("question category delete", lambda w: reverse("wagtailsnippets_assessments_questioncategory:delete",
                                                   args=[w["category"].pk]), lambda w: {}, []),
    ("question bank GIFT export", lambda w: reverse("assessments_export", args=[w["category"].pk]), None,
     ["staff", "trainer"]),
    # Bulk issuing for an event
    ("bulk issue preview", lambda w: reverse("certificates:event_certificates", args=[w["event"].pk]),
     lambda w: {}, ["staff"]),
    ("bulk job", lambda w: reverse("certificates:bulk_job", args=[w["job"].pk]), None, ["staff"]),
    ("bulk print pack", lambda w: reverse("certificates:bulk_pdf", args=[w["job"].pk]), None, ["staff"]),
    ("bulk zip", lambda w: reverse("certificates:bulk_zip", args=[w["job"].pk]), None, ["staff"]),
    # Training events, sessions, attendance, participants
    ("event detail", lambda w: reverse("cohorts:event_detail", args=[w["event"].pk]), None,
     ["staff", "trainer"]),
    ("event edit", lambda w: reverse("cohorts:event_edit", args=[w["event"].pk]),
     lambda w: {"course": w["course"].pk, "organiser": w["agency"].pk, "title": "Disusupi", "venue": "X",
                "city": "X", "start_date": "2030-01-01", "end_date": "2030-01-02",
                "min_attendance_percent": 10}, ["staff"]),
    ("attendance export", lambda w: reverse("cohorts:attendance_export", args=[w["event"].pk]), None,
     ["staff", "trainer"]),
    ("session create", lambda w: reverse("cohorts:session_create", args=[w["event"].pk]),
     lambda w: {"date": "2030-01-01", "start_time": "08:00", "end_time": "09:00", "topic": "Disusupi"},
     ["staff"]),
    ("session edit", lambda w: reverse("cohorts:session_edit", args=[w["event"].pk, w["session"].pk]),
     lambda w: {"date": "2030-01-01", "start_time": "08:00", "end_time": "09:00", "topic": "Disusupi"},
     ["staff"]),
    ("roster (check-in by trainer)", lambda w: reverse("cohorts:roster", args=[w["event"].pk, w["session"].pk]),
     lambda w: {f"p{p.pk}": "on" for p in w["event"].participants.all()} | {"reason": "Koreksi"},
     ["staff", "trainer"]),
    ("check-in screen", lambda w: reverse("cohorts:checkin_screen", args=[w["event"].pk, w["session"].pk]),
     None, ["staff", "trainer"]),
    ("roster PDF", lambda w: reverse("cohorts:roster_pdf", args=[w["event"].pk, w["session"].pk]), None,
     ["staff", "trainer"]),
    ("participant import", lambda w: reverse("cohorts:import_upload", args=[w["event"].pk]),
     lambda w: {}, ["staff"]),
    ("participant import confirm", lambda w: reverse("cohorts:import_confirm", args=[w["event"].pk]),
     lambda w: {"token": "x", "only_valid": "on"}, []),
    # Reports: a participant's record and anonymising them
    ("participant record", lambda w: reverse("reports:participant", args=[w["trainee"].pk]), None, ["staff"]),
    ("participant anonymise", lambda w: reverse("reports:participant_anonymise", args=[w["trainee"].pk]),
     lambda w: {"confirm": "on"}, []),
]
IDS = [entry[0] for entry in URLS]
# Take only POST: a GET is refused (405) before any id is looked at, so it says nothing either way.
POST_ONLY = {"participant import confirm", "participant anonymise"}


ROLES = ("staff", "trainer")


@pytest.mark.parametrize("name,url,post,owners", URLS, ids=IDS)
def test_another_agency_gets_404_and_changes_nothing(client, world, name, url, post, owners):
    """Staff and trainer of DP3A Kota Banjarbaru open DP3A Kota Banjarmasin's URL: 404, nothing changes. Then the
    owning agency's staff and trainer open it: the scope is no wall for them, only their role limits them."""
    target = world["bjm"]
    address = url(target)
    before = snapshot()
    for role in ROLES:
        client.force_login(world["bjb"][role])
        response = client.get(address)
        expected = 405 if name in POST_ONLY else 404
        assert response.status_code == expected, f"GET {address} by {role} of another agency: {response.status_code}"
        if post is not None:
            response = client.post(address, post(target))
            assert response.status_code == 404, f"POST {address} by {role} of another agency: {response.status_code}"
    assert snapshot() == before
    target["certificate"].refresh_from_db()
    assert target["certificate"].status == Certificate.Status.VALID
    if name in POST_ONLY:
        return
    for role in ROLES:
        client.force_login(target[role])
        response = client.get(address)
        if role in owners:
            assert response.status_code == 200, f"{name} by own {role}: {response.status_code}"
        else:  # the role lacks the model permission: refused (Wagtail redirects to the dashboard with a message)
            assert response.status_code in (302, 403, 404), f"{name} by own {role}: {response.status_code}"
            assert response.status_code != 302 or response["Location"] != address


# --- the page editor: a course issued by another agency, and every page inside it ----------------------------

@pytest.fixture
def page_world(world, roles):
    """Page permissions on the catalogue as the demo grants them: trainers draft, staff also publish."""
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission

    catalogue = factories.catalogue()
    for role, codenames in ((TRAINER, ["add_page", "change_page"]),
                            (STAFF, ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"])):
        for codename in codenames:
            GroupPagePermission.objects.create(group=roles[role], page=catalogue, permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename))
    for key in ("bjm", "bjb"):
        world[key]["module"] = ModulePage.objects.child_of(world[key]["course"]).first()
        world[key]["revision"] = world[key]["course"].save_revision()
    return world


def page_snapshot() -> dict:
    from wagtail.models import Page, PageViewRestriction, Revision

    return {"pages": sorted(Page.objects.values_list("pk", "title", "slug", "live", "locked", "path",
                                                     "latest_revision_id")),
            "courses": sorted(CoursePage.objects.values_list("pk", "issuing_agency_id", "code")),
            "restrictions": PageViewRestriction.objects.count(), "revisions": Revision.objects.count()}


PAGE_URLS = [
    ("course edit", lambda w: reverse("wagtailadmin_pages:edit", args=[w["course"].pk]),
     lambda w: {"title": "Disusupi", "slug": w["course"].slug, "code": "HACK", "topic": "law", "summary": "x",
                "jp_hours": 1, "enrolment": "open", "issuing_agency": "", "certificate_language": "id",
                "action-publish": "1"}),
    ("module edit", lambda w: reverse("wagtailadmin_pages:edit", args=[w["module"].pk]),
     lambda w: {"title": "Disusupi", "slug": w["module"].slug, "summary": "x", "estimated_minutes": 1,
                "action-publish": "1"}),
    ("quiz edit", lambda w: reverse("wagtailadmin_pages:edit", args=[w["quiz"].pk]), lambda w: {"title": "X"}),
    ("course delete", lambda w: reverse("wagtailadmin_pages:delete", args=[w["course"].pk]), lambda w: {}),
    ("module delete", lambda w: reverse("wagtailadmin_pages:delete", args=[w["module"].pk]), lambda w: {}),
    ("course copy", lambda w: reverse("wagtailadmin_pages:copy", args=[w["course"].pk]),
     lambda w: {"new_title": "Salinan", "new_slug": "salinan", "new_parent_page": w["course"].get_parent().pk,
                "copy_subpages": "on", "publish_copies": "on"}),
    ("course unpublish", lambda w: reverse("wagtailadmin_pages:unpublish", args=[w["course"].pk]),
     lambda w: {"include_descendants": "on"}),
    ("add module to course", lambda w: reverse("wagtailadmin_pages:add", args=["courses", "modulepage",
                                                                              w["course"].pk]),
     lambda w: {"title": "Modul Disusupkan", "slug": "modul-disusupkan", "summary": "x", "estimated_minutes": 1,
                "action-publish": "1"}),
    ("course lock", lambda w: reverse("wagtailadmin_pages:lock", args=[w["course"].pk]), lambda w: {}),
    ("course privacy", lambda w: reverse("wagtailadmin_pages:set_privacy", args=[w["course"].pk]),
     lambda w: {"restriction_type": "password", "password": "kunci-lain"}),
    ("course revert revision", lambda w: reverse("wagtailadmin_pages:revisions_revert",
                                                 args=[w["course"].pk, w["revision"].pk]),
     lambda w: {"title": "Dikembalikan", "slug": w["course"].slug, "code": "HACK", "topic": "law",
                "summary": "x", "jp_hours": 1, "enrolment": "open", "certificate_language": "id",
                "action-publish": "1"}),
]


# The owning agency's staff lack delete and lock on pages in the demo roles, so those are not expected to open.
OWNED_PAGE_URLS = {u[0] for u in PAGE_URLS if not {"lock", "delete"} & set(u[0].split())}


@pytest.mark.parametrize("name,url,post", PAGE_URLS, ids=[u[0] for u in PAGE_URLS])
def test_another_agencys_course_pages_are_refused_and_unchanged(client, page_world, name, url, post):
    """Wagtail refuses a page action by redirecting to the dashboard (its design) or 404 from our hooks."""
    target = page_world["bjm"]
    before = page_snapshot(), snapshot()
    address = url(target)
    for role in ROLES:
        client.force_login(page_world["bjb"][role])
        for response in (client.get(address), client.post(address, post(target))):
            allowed = (302, 403, 404, 405) if response.request["REQUEST_METHOD"] == "GET" else (302, 403, 404)
            assert response.status_code in allowed, f"{name} by {role}: {response.status_code}"
            if response.status_code == 302:
                assert response["Location"] == reverse("wagtailadmin_home"), f"{name}: {response['Location']}"
    assert (page_snapshot(), snapshot()) == before
    if name in OWNED_PAGE_URLS:
        client.force_login(target["staff"])
        assert client.get(address).status_code == 200, name


def test_a_course_goes_only_under_the_signature_of_an_agency_the_editor_acts_for(client, page_world):
    course = page_world["bjm"]["course"]
    client.force_login(page_world["bjm"]["staff"])
    form = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).context["form"]
    assert set(form.fields["issuing_agency"].queryset) == {page_world["bjm"]["agency"]}


def test_a_trainer_cannot_import_into_another_agencys_question_bank(client, world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(world["bjb"]["trainer"])
    url = reverse("assessments_import")
    before = snapshot()
    for gift, category in ((b"::Z:: Disusupkan? {=ya ~tidak}\n", "Bank bjm"),
                           (b"$CATEGORY: Bank bjm\n\n::Z:: Disusupkan? {=ya ~tidak}\n", "Lain")):
        preview = client.post(url, {"format": "gift", "category": category, "preview": "1",
                                    "file": SimpleUploadedFile("soal.gift", gift)})
        response = client.post(url, {"format": "gift", "category": category, "content": preview.context["content"],
                                     "confirm": "1"})
        assert "milik kursus lembaga lain" in response.text
    assert snapshot() == before
    response = client.post(url, {"format": "gift", "category": "Bank bjb", "confirm": "1",
                                 "content": "::Z:: Milik sendiri? {=ya ~tidak}\n"})
    assert response.status_code == 302 and Question.objects.filter(title="Z", category__name="Bank bjb").exists()


def test_staff_list_only_their_agencys_certificates_and_agency(client, world):
    client.force_login(world["bjm"]["staff"])
    html = client.get(reverse("certificates_admin:index")).text
    assert world["bjm"]["certificate"].number in html and world["bjb"]["certificate"].number not in html
    html = client.get(reverse("agencies:index")).text
    assert "DP3A Kota Banjarmasin" in html and "DP3A Kota Banjarbaru" not in html
    html = client.get(reverse("assessments_results")).text
    assert "Kuis bjm" in html and "Kuis bjb" not in html


def test_staff_cannot_change_their_own_agencys_region_code_or_signatory(client, world):
    """Only an administrator changes region, code or signing identity; staff may tidy the address."""
    agency = world["bjm"]["agency"]
    client.force_login(world["bjm"]["staff"])
    url = reverse("agencies:edit", args=[agency.pk])
    form = client.get(url).context["form"]
    assert set(form.fields) == {"address", "logo"}
    response = client.post(url, {"name": "DP3A Provinsi", "code": "DP3A-KALSEL", "region": "63",
                                 "address": "Jl. Sultan Adam No. 18", "signatory_name": "Orang Lain",
                                 "signatory_nip": "199001012020121001", "signatory_position": "Palsu",
                                 "certificate_number_format": "{seq}/PALSU/{year}", "kind": "OTHER"})
    assert response.status_code == 302
    agency.refresh_from_db()
    assert agency.address == "Jl. Sultan Adam No. 18"
    assert (agency.name, agency.code, agency.region_id, agency.kind) == (
        "DP3A Kota Banjarmasin", "DP3A-BJM", "63.71", "DP3A")
    assert (agency.signatory_name, agency.signatory_nip) == ("Dra. Banjarmasin", "197001012000031001")
    assert agency.certificate_number_format == "{seq:03d}/{course}/{agency}/{month_roman}/{year}"
    # Region unchanged, so the reports still cover Kota Banjarmasin only.
    client.get(reverse("reports:participants"))
    assert client.get(reverse("reports:participant", args=[world["bjb"]["trainee"].pk])).status_code == 404


def test_an_administrator_changes_region_code_and_signatory(client, world):
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    agency = world["bjb"]["agency"]
    client.force_login(admin)
    response = client.post(reverse("agencies:edit", args=[agency.pk]), {
        "name": "DP3A Kota Banjarbaru", "kind": "DP3A", "code": "DP3A-BJB2", "region": "63.72", "address": "",
        "signatory_name": "Kepala Baru", "signatory_nip": "198001012005011001", "signatory_position": "Kepala Dinas",
        "certificate_number_format": "{seq:03d}/{course}/{agency}/{year}"})
    assert response.status_code == 302
    agency.refresh_from_db()
    assert agency.code == "DP3A-BJB2" and agency.signatory_name == "Kepala Baru"


def test_holder_still_downloads_and_public_page_stays_public(client, world):
    certificate = world["bjb"]["certificate"]
    client.force_login(world["bjb"]["trainee"])
    assert client.get(reverse("certificates:pdf", args=[certificate.code])).status_code == 200
    client.force_login(world["bjm"]["staff"])
    html = client.get(reverse("certificates:verify", args=[certificate.code])).text
    assert certificate.number in html and "Koreksi" not in html
    client.logout()
    assert client.get(reverse("certificates:verify", args=[certificate.code])).status_code == 200


def test_province_staff_act_for_the_agencies_in_their_province(client, world, roles):
    province = world["bjm"]["agency"].region.parent
    agency = factories.AgencyFactory(region=province, name="DP3AKB Kalimantan Selatan", code="DP3AKB-KALSEL")
    staff = factories.UserFactory(agency=agency, groups=[roles[STAFF]])
    client.force_login(staff)
    for key in ("bjm", "bjb"):
        assert client.get(reverse("certificates_admin:revoke", args=[world[key]["certificate"].pk])).status_code == 200
        assert client.get(reverse("certificates:event_certificates", args=[world[key]["event"].pk])).status_code == 200
    # ...but an agency record is changed by its own staff or an administrator only.
    assert client.get(reverse("agencies:edit", args=[world["bjm"]["agency"].pk])).status_code == 404


def test_staff_review_and_approve_only_their_own_agencys_courses(client, page_world, roles):
    """The demo review workflow: another agency's staff neither see the course in their review queue nor approve
    (publish) it; the owning agency's staff do."""
    from demo.build import demo_workflow_and_permissions

    demo_workflow_and_permissions(factories.catalogue(), roles)
    module = page_world["bjm"]["module"]
    live_title = module.title
    module.title = "Modul Direvisi"
    module.save_revision(user=page_world["bjm"]["trainer"])
    module.get_workflow().start(module, page_world["bjm"]["trainer"])
    task_state = module.current_workflow_state.current_task_state
    task = task_state.task.specific
    approve = reverse("wagtailadmin_pages:workflow_action", args=(module.pk, "approve", task_state.pk))

    intruder = page_world["bjb"]["staff"]
    assert not task.get_task_states_user_can_moderate(intruder).exists()
    client.force_login(intruder)
    client.post(approve, {"comment": "Disetujui lembaga lain"})
    module.refresh_from_db()
    task_state.refresh_from_db()
    assert module.title == live_title and task_state.status == "in_progress"

    owner = page_world["bjm"]["staff"]
    assert task.get_task_states_user_can_moderate(owner).filter(pk=task_state.pk).exists()
    client.force_login(owner)
    assert client.post(approve, {"comment": "Sudah sesuai"}).status_code in (200, 302)
    module.refresh_from_db()
    assert module.title == "Modul Direvisi" and module.live
