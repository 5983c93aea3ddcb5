"""Enrolling offers the pre-test before module 1; finishing the last module points to the required final exam;
signing in from "Ikuti kursus" finishes the enrolment."""
from courses import services
from courses.models import Enrollment
from tests import factories
from tests.e2e.helpers import modules_of


def test_enrolling_offers_the_pretest_first_then_the_modules(client, trainee):
    course = factories.course_with_modules(2)
    _category, questions = factories.question_bank(n=2)
    pretest = factories.quiz_page(course, title="Pre-test", slug="pre-test", kind="pre", questions=questions)
    client.force_login(trainee)
    response = client.post(course.url + "ikuti/")
    assert response.status_code == 302 and response["Location"] == pretest.url

    from assessments.services import attempt_start

    attempt_start(user=trainee, quiz=pretest)
    response = client.get(course.url + "lanjutkan/")
    assert response["Location"] == modules_of(course)[0].url


def test_the_last_module_points_to_the_required_final_exam(client, trainee):
    course = factories.course_with_modules(2)
    final = factories.quiz_page(course, title="Ujian akhir", slug="ujian-akhir", kind="final",
                                required_for_completion=True)
    first, last = modules_of(course)
    services.enrollment_create(user=trainee, course=course)
    services.module_complete(user=trainee, module=first)
    client.force_login(trainee)
    response = client.post(last.url + "selesai/", follow=True)
    assert response.redirect_chain[-1][0] == final.url
    assert "Langkah berikutnya: Ujian akhir" in response.content.decode()


def test_signing_in_from_ikuti_kursus_finishes_the_enrolment(client, trainee):
    course = factories.course_with_modules(2)
    response = client.post(course.url + "ikuti/")
    assert response.status_code == 302 and "/akun/masuk/" in response["Location"]
    assert not Enrollment.objects.filter(user=trainee).exists()
    response = client.post(response["Location"], {"username": trainee.email, "password": factories.PASSWORD})
    assert response.status_code == 302
    assert Enrollment.objects.filter(user=trainee, course=course).exists()
    assert client.get(response["Location"])["Location"] == modules_of(course)[0].url
