"""What the hot pages keep between requests (a course's outline, the header's staff links, the page chain read in
one query) is never shown stale: the next page after a change shows it."""
import pytest
from django.contrib.auth.models import Group

from accounts.roles import STAFF
from assessments.models import QuizPage
from courses import services
from courses.models import ModulePage
from tests import factories


@pytest.fixture
def enrolled(client, trainee, course):
    services.enrollment_create(user=trainee, course=course)
    client.force_login(trainee)
    return client


def test_publishing_renaming_and_unpublishing_a_module_shows_on_the_next_page(enrolled, course):
    assert "Modul Tambahan" not in enrolled.get(course.url).text  # the outline is now kept
    module = factories.ModulePageFactory(parent=course, title="Modul Tambahan")
    assert "Modul Tambahan" in enrolled.get(course.url).text
    module.title = "Modul Tambahan Baru"
    module.save_revision().publish()
    text = enrolled.get(course.url).text
    assert "Modul Tambahan Baru" in text and "dari 4 modul selesai" in text
    module.unpublish()
    text = enrolled.get(course.url).text
    assert "Modul Tambahan Baru" not in text and "dari 3 modul selesai" in text


def test_making_a_quiz_required_shows_on_the_next_page_and_in_the_rule(enrolled, course, trainee):
    quiz = factories.quiz_page(course, questions=factories.question_bank(n=3)[1], title="Ujian Akhir")
    for module in ModulePage.objects.child_of(course):
        services.module_complete(user=trainee, module=module)
    assert "Wajib lulus" not in enrolled.get(course.url).text
    assert "Kursus selesai" in enrolled.get(course.url).text
    quiz = QuizPage.objects.get(pk=quiz.pk)
    quiz.required_for_completion = True
    quiz.save_revision().publish()
    text = enrolled.get(course.url).text
    assert "Wajib lulus" in text and "Kursus selesai" not in text


def test_a_new_role_shows_its_header_link_on_the_next_page(client, trainee, roles, course):
    client.force_login(trainee)
    assert 'href="/pelatihan/"' not in client.get(course.url).text  # the header links are now kept
    trainee.groups.add(Group.objects.get(name=STAFF))
    assert 'href="/pelatihan/"' in client.get(course.url).text
    trainee.groups.clear()
    assert 'href="/pelatihan/"' not in client.get(course.url).text


def test_routes_resolve_as_wagtail_walks_them(client, enrolled, course, trainee):
    module = ModulePage.objects.child_of(course).first()
    assert client.get(course.url).status_code == 200
    assert client.get(module.url).status_code == 200
    assert client.get(course.url + "lanjutkan/")["Location"] == module.url  # a course's own route
    assert client.post(module.url + "selesai/").status_code == 302  # a module's own route, below the course
    assert client.get(course.url + "tidak-ada/").status_code == 404
    assert client.get(module.url + "tidak-ada/").status_code == 404
    assert client.get(course.url + "lanjutkan/lagi/").status_code == 404
    module.unpublish()
    assert client.get(module.url).status_code == 404
    assert client.get("/").status_code == 200 and client.get("/kursus/").status_code == 200
