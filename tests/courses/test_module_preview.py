"""A module awaiting review is previewed in its place in the course, not as "Modul None"."""
from django.urls import reverse

from courses.models import ModulePage


def test_draft_module_preview_shows_its_number(admin_client, course):
    draft = ModulePage(title="Modul baru dalam tinjauan", slug="modul-baru", summary="Ringkas.", estimated_minutes=10,
                       body=[("rich_text", "<p>Isi draf.</p>")], live=False)
    course.add_child(instance=draft)
    draft.save_revision()
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=(draft.pk,)))
    assert response.status_code == 200
    assert "None" not in response.text
    assert "Modul 4 dari 4" in response.text  # after the course's three live modules


def test_live_module_numbering_unchanged(client, course, trainer):
    second = ModulePage.objects.child_of(course).live()[1]
    client.force_login(trainer)
    assert "Modul 2 dari 3" in client.get(second.url).text
