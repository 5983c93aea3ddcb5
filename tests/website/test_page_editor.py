"""Every demo page opens in the Wagtail page editor and saves back unchanged; broken editor data is refused."""
import json

import pytest
from django.urls import reverse
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from accounts.models import User
from tests.website.admin_forms import page_edit_post_data

pytestmark = pytest.mark.django_db


def stored_content(page) -> dict:
    """The rich text and StreamFields of a page's latest revision, as stored."""
    latest = page.get_latest_revision_as_object()
    return {field.name: (json.dumps(list(getattr(latest, field.name).raw_data), sort_keys=True)
                         if isinstance(field, StreamField) else getattr(latest, field.name))
            for field in latest._meta.get_fields() if isinstance(field, (StreamField, RichTextField))}


def test_every_demo_page_opens_in_the_editor_and_saves_back_unchanged(demo_site, client):
    client.force_login(User.objects.get(email="admin@pelita.test"))
    pages = Page.objects.filter(depth__gt=1).specific()
    assert len(pages) > 30  # home, catalogue, courses, modules, quizzes, standard pages
    failures = []
    for page in pages:
        url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        editor = client.get(url)
        if editor.status_code != 200:
            failures.append(f"{page.title}: GET {editor.status_code}")
            continue
        before = stored_content(page)
        data = page_edit_post_data(editor.text, page.get_latest_revision_as_object())
        saved = client.post(url, data)
        if saved.status_code != 302:
            errors = saved.context and saved.context.get("form") and saved.context["form"].errors
            failures.append(f"{page.title}: POST {saved.status_code} {errors}")
            continue
        if stored_content(page) != before:
            failures.append(f"{page.title}: saving unchanged changed the stored content")
    assert not failures, "\n".join(failures)


def test_demo_rich_text_is_stored_in_wagtail_format(demo_site):
    from courses.models import ModulePage

    module = ModulePage.objects.get(title__icontains="Menyusun Laporan")
    raw = json.dumps(list(module.get_latest_revision_as_object().body.raw_data))
    assert "<br>" not in raw and "<br/>" in raw and 'data-block-key=' in raw


def test_unreadable_rich_text_is_refused_with_a_message(demo_site, client):
    from courses.models import CoursePage, ModulePage

    client.force_login(User.objects.get(email="admin@pelita.test"))
    course = CoursePage.objects.get(code="PRL")
    module = ModulePage.objects.child_of(course).first()
    for page, field in [(course, "intro"), (module, "body-0-value")]:
        url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        before = stored_content(page)
        data = page_edit_post_data(client.get(url).text, page.get_latest_revision_as_object())
        if field == "body-0-value":
            assert data["body-0-type"] == "rich_text"
        data[field] = "<p>bukan JSON dari editor</p>"
        response = client.post(url, data)
        assert response.status_code == 200, page.title
        assert "Isi editor teks tidak dapat dibaca" in response.text
        assert stored_content(page) == before
