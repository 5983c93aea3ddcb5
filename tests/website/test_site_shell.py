"""What every page carries: quick exit, helplines, language switch, landmarks, local assets only."""
import re

import pytest
from django.urls import reverse

from tests import factories


@pytest.fixture
def public_urls(course):
    module = course.get_children().first()
    return ["/", "/kursus/", course.url, module.url, reverse("search") + "?q=hukum", reverse("accounts:login"),
            reverse("accounts:register"), reverse("accounts:password_reset")]


def test_every_public_page_has_quick_exit_helplines_and_landmarks(client, public_urls):
    for url in public_urls:
        html = client.get(url).text
        assert 'data-quick-exit' in html and "Keluar cepat" in html, url
        assert 'href="tel:129"' in html and 'href="tel:112"' in html and "08111-129-129" in html, url
        assert "<main" in html and "<header" in html and "<footer" in html and "<nav" in html, url
        assert 'lang="id"' in html, url


def test_learner_pages_have_quick_exit(client, trainee, course):
    client.force_login(trainee)
    for url in [reverse("courses:my_learning"), reverse("accounts:profile")]:
        assert "data-quick-exit" in client.get(url).text


def test_no_external_assets(client, public_urls):
    for url in public_urls:
        html = client.get(url).text
        for tag in re.findall(r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*>", html):
            src = re.search(r'(?:src|href)="([^"]+)"', tag)
            if src:
                assert not re.match(r"(https?:)?//", src.group(1)), (url, tag)


def test_language_switch_to_english_and_back(client, course):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/kursus/"})
    assert response.status_code == 302
    html = client.get("/kursus/").text
    assert 'lang="en"' in html and "Quick exit" in html and "Course catalogue" in html
    client.post(reverse("set_language"), {"language": "id", "next": "/"})
    assert "Keluar cepat" in client.get("/kursus/").text


def test_search_finds_published_courses_and_modules_only(client, db):
    course = factories.course_with_modules(1, title="Mediasi Komunitas", summary="Belajar mediasi di desa")
    draft = factories.CoursePageFactory(parent=factories.catalogue(), title="Mediasi Rahasia", live=False)
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    for page in [course, draft, *course.get_children().specific()]:
        backend.add(page)
    html = client.get(reverse("search"), {"q": "mediasi"}).text
    assert "Mediasi Komunitas" in html and "Mediasi Rahasia" not in html
    assert client.get(reverse("search"), {"q": "x" * 1000}).status_code == 200
    assert client.get(reverse("search"), {"q": "mediasi", "halaman": "abc"}).status_code == 200


def test_404_page_is_friendly(client, db):
    response = client.get("/tidak-ada/")
    assert response.status_code == 404 and "Halaman tidak ditemukan" in response.text


def test_indonesian_whatever_the_browser_asks(client, db):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").text
    assert 'lang="id"' in html and "Keluar cepat" in html
