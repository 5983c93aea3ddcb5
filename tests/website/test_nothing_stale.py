"""Nothing is served stale: after publishing a module, editing a question, revoking a certificate or completing a
module, the next page shows it, to visitors (kept pages) and signed-in people alike. Each test first opens the
pages (so any cache is warm), then changes the thing, then reads the pages again."""
import pytest
from django.test import Client
from django.urls import reverse

from assessments import services as quiz_services
from assessments.models import Question
from certificates import services as certificate_services
from certificates.models import Certificate
from courses.models import ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_published_module_and_its_new_title_show_to_visitors_and_trainees(course, trainee):
    enrollment_create(user=trainee, course=course)
    visitor, learner = Client(), signed_in(trainee)
    module = ModulePage.objects.child_of(course).first()
    for client in (visitor, learner):  # warm: the outline and the module page as each sees them
        assert "Modul yang baru terbit" not in client.get(course.url).text
        assert client.get(module.url).status_code == 200
    draft = factories.ModulePageFactory(parent=course, title="Modul yang baru terbit", live=False)
    draft.save_revision().publish()
    renamed = ModulePage.objects.get(pk=module.pk)
    renamed.title = "Judul modul yang diperbarui"
    renamed.save_revision().publish()
    for client in (visitor, learner):
        outline = client.get(course.url).text
        assert "Modul yang baru terbit" in outline and "Judul modul yang diperbarui" in outline
        assert "Judul modul yang diperbarui" in client.get(module.url).text


def test_an_edited_question_shows_in_the_next_attempt(course, trainee):
    enrollment_create(user=trainee, course=course)
    _category, questions = factories.question_bank(n=2)
    quiz = factories.quiz_page(course, questions=questions, attempts_allowed=2)
    learner = signed_in(trainee)
    first = quiz_services.attempt_start(user=trainee, quiz=quiz)
    attempt_url = quiz.url + quiz.reverse_subpage("attempt", args=(first.pk,))
    assert "Pertanyaan single nomor 0?" in learner.get(attempt_url).text
    quiz_services.attempt_submit(attempt_id=first.pk, user=trainee)
    question = Question.objects.get(pk=questions[0].pk)
    question.text = "<p>Pertanyaan yang sudah diperbaiki?</p>"
    question.save()
    started = learner.post(quiz.url + quiz.reverse_subpage("start"))
    page = learner.get(started["Location"]).text
    assert "Pertanyaan yang sudah diperbaiki?" in page and "Pertanyaan single nomor 0?" not in page


@pytest.fixture
def certificate(course, trainee, staff, django_capture_on_commit_callbacks):
    course.issuing_agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")
    course.save()
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_create(user=trainee, course=course)
        for module in ModulePage.objects.child_of(course):
            module_complete(user=trainee, module=module)
    return Certificate.objects.get(user=trainee, course=course)


def test_a_revoked_certificate_shows_revoked_on_the_next_pages(certificate, course, trainee, staff,
                                                              django_capture_on_commit_callbacks):
    visitor, holder = Client(), signed_in(trainee)
    verify_url = certificate.get_absolute_url()
    assert 'data-state="valid"' in holder.get(course.url).text
    before = visitor.get(verify_url)
    assert before.status_code == 200 and "Dicabut" not in before.text
    with django_capture_on_commit_callbacks(execute=True):
        certificate_services.certificate_revoke(certificate=certificate, actor=staff, reason="Data tidak benar")
    after = visitor.get(verify_url).text
    assert "dicabut" in after.lower()
    course_page = holder.get(course.url).text
    assert 'data-state="revoked"' in course_page and 'data-state="valid"' not in course_page


def test_a_completed_module_shows_on_the_next_pages(course, trainee):
    learner = signed_in(trainee)
    learner.post(course.url + "ikuti/")
    modules = list(ModulePage.objects.child_of(course))
    my_learning = reverse("courses:my_learning")
    for url in (course.url, modules[0].url, my_learning):  # warm
        assert learner.get(url).status_code == 200
    assert "0 dari 3 modul selesai" in learner.get(course.url).text
    learner.post(modules[0].url + "selesai/")
    assert "1 dari 3 modul selesai" in learner.get(course.url).text
    assert "33%" in learner.get(my_learning).text
    assert learner.get(course.url + "lanjutkan/")["Location"] == modules[1].url
