"""Catalogue, course and module pages for anonymous users, trainees (enrolled or not), trainers and staff."""
import pytest
from django.urls import reverse

from courses import services
from courses.models import CoursePage, ModuleCompletion, ModulePage, Topic
from tests import factories

SECRET = "Isi rahasia modul untuk peserta."


def first_module(course):
    return ModulePage.objects.child_of(course).first()


def test_catalogue_lists_courses_and_filters_by_topic(client, db):
    factories.course_with_modules(1, title="Kursus Hukum", topic=Topic.LAW)
    factories.course_with_modules(1, title="Kursus Mediasi", topic=Topic.MEDIATION)
    page = client.get("/kursus/")
    assert "Kursus Hukum" in page.text and "Kursus Mediasi" in page.text
    filtered = client.get("/kursus/?topik=mediation")
    assert "Kursus Mediasi" in filtered.text and "Kursus Hukum" not in filtered.text
    # An unknown topic shows everything rather than failing.
    assert client.get("/kursus/?topik=<script>").status_code == 200


def test_course_page_shows_outline_to_anonymous(client, course):
    response = client.get(course.url)
    assert response.status_code == 200
    text = response.text
    assert "Peserta mampu merujuk kasus." in text
    for module in ModulePage.objects.child_of(course):
        assert module.title in text
    assert "Ikuti kursus ini" in text


@pytest.mark.parametrize("who", ["anonymous", "not_enrolled"])
def test_module_body_hidden_from_those_not_enrolled(client, course, trainee, who):
    if who == "not_enrolled":
        client.force_login(trainee)
    response = client.get(first_module(course).url)
    assert response.status_code == 200
    assert SECRET not in response.text
    assert "Isi modul ini tersedia bagi peserta kursus." in response.text


@pytest.mark.parametrize("who", ["enrolled", "trainer", "staff"])
def test_module_body_shown_to_enrolled_and_authors(client, course, trainee, trainer, staff, who):
    user = {"enrolled": trainee, "trainer": trainer, "staff": staff}[who]
    if who == "enrolled":
        services.enrollment_create(user=trainee, course=course)
    client.force_login(user)
    assert SECRET in client.get(first_module(course).url).text


def test_enrol_requires_login_and_post(client, course, trainee):
    enrol_url = course.url + "ikuti/"
    assert client.get(enrol_url).status_code == 405
    response = client.post(enrol_url)
    assert response.status_code == 302 and "/akun/masuk/" in response["Location"]
    client.force_login(trainee)
    response = client.post(enrol_url)
    assert response.status_code == 302 and response["Location"] == first_module(course).url


def test_study_flow_marks_complete_and_resumes(client, course, trainee):
    client.force_login(trainee)
    client.post(course.url + "ikuti/")
    modules = list(ModulePage.objects.child_of(course))
    response = client.post(modules[0].url + "selesai/")
    assert response["Location"] == modules[1].url
    assert ModuleCompletion.objects.filter(user=trainee, module=modules[0]).exists()
    assert client.get(course.url + "lanjutkan/")["Location"] == modules[1].url
    page = client.get(course.url).text
    assert "1 dari 3 modul selesai" in page and "33%" in page
    for module in modules[1:]:
        client.post(module.url + "selesai/")
    page = client.get(course.url).text
    assert "100%" in page and "Anda telah menyelesaikan semua modul." in page
    learning = client.get(reverse("courses:my_learning")).text
    assert course.title in learning and "100%" in learning


def test_completing_without_enrolment_changes_nothing(client, course, trainee):
    client.force_login(trainee)
    response = client.post(first_module(course).url + "selesai/", follow=True)
    assert "Ikuti kursus ini terlebih dahulu." in response.text
    assert not ModuleCompletion.objects.exists()


def test_invitation_course_has_no_enrol_button(client, trainee, db):
    course = factories.course_with_modules(1, enrolment=CoursePage.Enrolment.INVITATION)
    client.force_login(trainee)
    text = client.get(course.url).text
    assert "Ikuti kursus ini" not in text and "undangan" in text
    response = client.post(course.url + "ikuti/", follow=True)
    assert "hanya untuk peserta yang diundang" in response.text


def test_my_learning_requires_login(client, db):
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 302 and "/akun/masuk/" in response["Location"]


def test_unpublished_module_is_not_served(client, course, trainee):
    module = first_module(course)
    module.unpublish()
    assert client.get(module.url_path.replace("/home", "", 1)).status_code == 404
