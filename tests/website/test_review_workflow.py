"""Trainers draft and submit; staff approve and publish; trainers neither publish nor manage users."""
import pytest
from django.urls import reverse

from courses.models import ModulePage
from demo.build import demo_workflow_and_permissions
from tests import factories


@pytest.fixture
def workflow(roles, course):
    demo_workflow_and_permissions(factories.catalogue(), roles)
    return course


def module_form(title):
    return {"title": title, "slug": "modul-baru", "summary": "Ringkas", "competency": "",
            "jp_hours": "1", "estimated_minutes": "20",
            "body-count": "1", "body-0-type": "rich_text", "body-0-deleted": "", "body-0-order": "0",
            "body-0-value": '{"blocks":[{"key":"a1","type":"unstyled","depth":0,"text":"Isi modul baru",'
                            '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'}


def test_trainer_cannot_publish_and_submits_for_review(client, trainer, staff, workflow, trainee):
    course = workflow
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=("courses", "modulepage", course.pk))
    assert client.get(add_url).status_code == 200

    # Asking to publish directly is not honoured: the page stays a draft.
    client.post(add_url, {**module_form("Modul Draf"), "action-publish": "1"})
    page = ModulePage.objects.get(title="Modul Draf")
    assert not page.live

    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    client.post(edit_url, {**module_form("Modul Draf"), "action-submit": "1"})
    page.refresh_from_db()
    assert page.current_workflow_state and page.current_workflow_state.status == "in_progress"
    assert not page.live

    # Staff approve through the workflow action; the page is published.
    client.force_login(staff)
    task_state = page.current_workflow_state.current_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = client.post(approve_url, {"comment": "Sudah sesuai"})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live

    # A trainee enrolled in the course now sees the new module.
    from courses.services import enrollment_create

    enrollment_create(user=trainee, course=course)
    client.force_login(trainee)
    assert "Modul Draf" in client.get(course.url).text
    assert "Isi modul baru" in client.get(page.url).text


def test_trainer_cannot_manage_users(client, trainer):
    client.force_login(trainer)
    assert client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)
    assert client.get(reverse("wagtailusers_groups:index")).status_code in (302, 403)


def test_trainee_cannot_open_admin(client, trainee):
    client.force_login(trainee)
    response = client.get("/admin/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_admin_is_in_indonesian_by_default(client, trainer, workflow):
    client.force_login(trainer)
    html = client.get("/admin/").text
    assert 'lang="id"' in html
    assert "Halaman" in html  # Wagtail's own Indonesian translation
