"""Public pages are kept for visitors who are not signed in, never for signed-in people, and purged on change."""
import pytest
from django.test import Client

from courses.models import CoursePage, Enrollment, ModulePage
from tests import factories


@pytest.fixture
def public_pages(course):
    module = ModulePage.objects.child_of(course).first()
    return {"home": "/", "catalogue": "/kursus/", "course": course.url, "module": module.url}


@pytest.mark.parametrize("page", ["home", "catalogue", "course", "module"])
def test_a_visitors_second_request_costs_no_query(client, public_pages, page, django_assert_num_queries):
    url = public_pages[page]
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.status_code == 200 and second.content == first.content


def test_a_kept_page_sets_no_cookie_and_holds_no_token(client, public_pages):
    for url in public_pages.values():
        for response in (client.get(url), client.get(url)):
            assert not response.cookies, url
            assert "csrfmiddlewaretoken" not in response.text, url
            assert "Cookie" in response["Vary"], url


def test_publishing_a_new_revision_shows_at_once(client, course):
    assert course.title in client.get(course.url).text
    revision = CoursePage.objects.get(pk=course.pk)
    revision.title = "Judul yang baru diterbitkan"
    revision.save_revision().publish()
    assert "Judul yang baru diterbitkan" in client.get(course.url).text
    assert "Judul yang baru diterbitkan" in client.get("/kursus/").text


def test_publishing_a_module_shows_on_the_course_page(client, course):
    assert "Modul yang baru terbit" not in client.get(course.url).text
    factories.ModulePageFactory(parent=course, title="Modul yang baru terbit")
    assert "Modul yang baru terbit" in client.get(course.url).text


def test_unpublished_moved_and_deleted_pages_leave_the_cache(client, course):
    module = ModulePage.objects.child_of(course).first()
    assert client.get(module.url).status_code == 200
    module.unpublish()
    assert client.get(module.url).status_code == 404
    other = ModulePage.objects.child_of(course).last()
    old_url = other.url
    assert client.get(old_url).status_code == 200
    second_course = factories.course_with_modules(1)
    other.move(second_course, pos="last-child")
    moved = client.get(old_url)  # Wagtail's automatic redirect, not the kept copy
    assert moved.status_code == 301 and moved["Location"] == ModulePage.objects.get(pk=other.pk).url
    assert other.title in client.get(second_course.url).text
    last_url = ModulePage.objects.child_of(second_course).first().url
    assert client.get(last_url).status_code == 200
    ModulePage.objects.child_of(second_course).first().delete()
    assert client.get(last_url).status_code == 404


def test_signed_in_people_never_get_the_visitors_copy(client, course, trainee):
    module = ModulePage.objects.child_of(course).first()
    visitor = Client()
    for url in [course.url, module.url]:
        assert "Masuk" in visitor.get(url).text  # kept now
    client.force_login(trainee)
    Enrollment.objects.create(user=trainee, course=course)
    for url in [course.url, module.url]:
        html = client.get(url).text
        assert 'action="/akun/keluar/"' in html and trainee.full_name[:24] in html, url
        assert "csrfmiddlewaretoken" in html, url  # their own forms, with their own token
    assert "Isi rahasia modul untuk peserta." in client.get(module.url).text
    # ...and what a signed-in person saw is never handed to a visitor.
    assert "Isi rahasia modul untuk peserta." not in visitor.get(module.url).text
    assert 'action="/akun/keluar/"' not in visitor.get(course.url).text


def test_each_language_has_its_own_copy(client, course):
    assert 'lang="id"' in client.get(course.url).text
    english = Client()
    english.post("/bahasa/", {"language": "en", "next": "/"})
    assert 'lang="en"' in english.get(course.url).text
    assert 'lang="id"' in client.get(course.url).text


def test_language_switch_works_from_a_kept_page_without_a_token(course):
    browser = Client(enforce_csrf_checks=True)
    browser.get(course.url)
    browser.get(course.url)  # the kept copy
    response = browser.post("/bahasa/", {"language": "en", "next": course.url})
    assert response.status_code == 302
    assert 'lang="en"' in browser.get(course.url).text


def test_a_visitor_enrols_from_a_kept_page_after_signing_in(course, trainee):
    browser = Client(enforce_csrf_checks=True)
    browser.get(course.url)
    html = browser.get(course.url).text
    assert f'action="/belajar/ikuti/{course.pk}/"' in html
    response = browser.post(f"/belajar/ikuti/{course.pk}/")
    assert response.status_code == 302 and "/akun/masuk/" in response["Location"]
    browser.force_login(trainee)  # sends user_logged_in, which finishes the enrolment
    assert Enrollment.objects.filter(user=trainee, course=course).exists()


def test_a_visitor_with_a_session_is_served_fresh(client, course):
    client.get(course.url)
    client.post(f"/belajar/ikuti/{course.pk}/")  # now the browser has a session
    # no purge: only a fresh render shows it
    CoursePage.objects.filter(pk=course.pk).update(title="Diubah tanpa sinyal")
    assert "Diubah tanpa sinyal" in client.get(course.url).text
