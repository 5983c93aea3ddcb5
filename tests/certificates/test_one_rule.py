"""One reading of what a person still needs for a course (courses.selectors.course_requirements): completion,
the course page, the certificate rule and a training event's bulk preview agree, and the preview costs the same
queries for 5 people as for 50."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assessments.models import Attempt
from certificates import bulk, services
from certificates.models import Certificate, TrainerSignoff
from cohorts.models import Attendance, Participant, TrainingEvent
from courses.models import Enrollment, ModuleCompletion, ModulePage
from courses.selectors import course_requirements, requirements_complete
from courses.services import enrollment_create, module_complete
from tests import factories


@pytest.fixture
def agency(db):
    return factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")


def signoff_course(agency, modules=2):
    course = factories.course_with_modules(modules, requires_trainer_signoff=True)
    course.issuing_agency = agency
    course.save()
    return course


def event_for(course, agency, people):
    event = TrainingEvent.objects.create(course=course, organiser=agency, title="Pelatihan Paralegal", venue="Hotel",
                                         city="Banjarmasin", start_date=datetime.date(2026, 8, 12),
                                         end_date=datetime.date(2026, 8, 14))
    for person in people:
        Participant.objects.create(event=event, user=person, status="active")
    return event


def test_a_module_published_after_finishing_is_missing_everywhere(client, trainee, agency, staff,
                                                                  django_capture_on_commit_callbacks):
    course = signoff_course(agency)
    event = event_for(course, agency, [trainee])
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_create(user=trainee, course=course, source="event")
        for module in ModulePage.objects.child_of(course):
            module_complete(user=trainee, module=module)
    TrainerSignoff.objects.create(user=trainee, course=course, trainer=staff)
    finished_at = Enrollment.objects.get(user=trainee).completed_at
    assert finished_at is not None and services.certificate_missing(user=trainee, course=course) == []
    assert bulk.event_preview(event=event)["qualifying"] == [trainee.pk]

    factories.ModulePageFactory(parent=course, title="Modul Baru")  # published after the trainee finished

    [mine] = course_requirements(course=course, users=[trainee]).values()
    assert not requirements_complete(mine)  # completion
    assert services.certificate_missing(user=trainee, course=course) == ["Selesaikan 1 modul lagi."]  # certificate rule
    preview = bulk.event_preview(event=event)  # bulk preview
    assert preview["qualifying"] == [] and preview["rows"][0]["missing"] == ["Selesaikan 1 modul lagi."]
    client.force_login(trainee)
    html = client.get(course.url).text  # course page
    assert "Kursus ini diperbarui setelah Anda menyelesaikannya" in html and "Kursus selesai" not in html
    assert "Selesaikan 1 modul lagi." in html
    assert Enrollment.objects.get(user=trainee).completed_at == finished_at  # the date first finished stays

    module_complete(user=trainee, module=ModulePage.objects.get(title="Modul Baru"))
    assert services.certificate_missing(user=trainee, course=course) == []
    assert bulk.event_preview(event=event)["qualifying"] == [trainee.pk]
    assert "Kursus selesai" in client.get(course.url).text


def test_the_certificate_needs_more_than_completion(trainee, agency, staff, django_capture_on_commit_callbacks):
    course = signoff_course(agency, modules=1)
    enrollment_create(user=trainee, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        module_complete(user=trainee, module=ModulePage.objects.child_of(course).get())
    assert Enrollment.objects.get(user=trainee).completed_at is not None  # complete without the sign-off
    assert not Certificate.objects.exists()
    missing = services.certificate_missing(user=trainee, course=course)
    assert missing == ["Menunggu penilaian fasilitator (mis. bermain peran)."]


def build_event(agency, size):
    """A course with two modules, a required final exam and a sign-off, an event with two sessions, and `size`
    participants in every state: some finished and signed off and present, some half-way, some not enrolled."""
    course = signoff_course(agency)
    quiz = factories.quiz_page(course, questions=factories.question_bank(n=3)[1], pass_mark=60,
                               required_for_completion=True)
    modules = list(ModulePage.objects.child_of(course))
    people = [factories.UserFactory() for _ in range(size)]
    event = event_for(course, agency, people)
    sessions = [factories.SessionFactory(event=event) for _ in range(2)]
    participants = list(event.participants.order_by("pk"))
    Enrollment.objects.bulk_create([Enrollment(user=p, course=course, source="event") for p in people[: size * 4 // 5]])
    ModuleCompletion.objects.bulk_create([ModuleCompletion(user=p, module=m, course=course)
                                          for p in people[: size * 3 // 5] for m in modules])
    Attempt.objects.bulk_create([Attempt(user=p, quiz=quiz, number=1, status=Attempt.Status.GRADED, seed=1,
                                         score=3, max_score=3, percent=100, passed=True)
                                 for p in people[: size * 2 // 5]])
    trainer = factories.UserFactory()
    TrainerSignoff.objects.bulk_create([TrainerSignoff(user=p, course=course, trainer=trainer) for p in people[::2]])
    Attendance.objects.bulk_create([Attendance(participant=p, session=s, present=True)
                                    for p in participants[: size // 2] for s in sessions])
    return event


def preview_queries(event):
    bulk.event_preview(event=event)  # warm per-process caches (site root paths for the links)
    with CaptureQueriesContext(connection) as queries:
        preview = bulk.event_preview(event=event)
    return len(queries), preview


def test_bulk_preview_costs_the_same_queries_for_5_and_50_people(agency):
    small, small_preview = preview_queries(build_event(agency, 5))
    large, large_preview = preview_queries(build_event(agency, 50))
    assert small == large, (small, large)
    assert len(large_preview["rows"]) == 50
    # Each state is told apart: not enrolled, modules left, exam not passed, sign-off and attendance missing.
    missing = {text for row in large_preview["rows"] for text in row["missing"]}
    assert "Ikuti kursus ini terlebih dahulu." in missing and "Selesaikan 2 modul lagi." in missing
    assert any(text.startswith("Luluskan") for text in missing)
    assert "Menunggu penilaian fasilitator (mis. bermain peran)." in missing
    assert any(text.startswith("Kehadiran 0% dari minimal") for text in missing)
    assert large_preview["qualifying"] and all(
        services.certificate_missing(user=row["participant"].user, course=row["participant"].event.course)
        == row["missing"]
        for row in large_preview["rows"])


def test_bulk_preview_page_costs_the_same_queries_for_5_and_50_people(client, staff, agency):
    staff.agency = agency
    staff.save()
    client.force_login(staff)
    counts = []
    for size in (5, 50):
        url = reverse("certificates:event_certificates", args=(build_event(agency, size).pk,))
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
