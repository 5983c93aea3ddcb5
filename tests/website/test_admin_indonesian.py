"""The Wagtail admin a reviewer uses speaks Indonesian, and its emails greet people by name in Indonesian."""
from django.core import mail
from django.urls import reverse

from courses.models import ModulePage
from tests.website.test_review_workflow import module_form, workflow  # noqa: F401 (fixture)


def test_review_screens_and_email_are_indonesian(client, trainer, staff, workflow):  # noqa: F811
    course = workflow
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=("courses", "modulepage", course.pk))
    editor = client.get(add_url).text
    assert "Judul halaman" in editor and "Page title" not in editor
    client.post(add_url, module_form("Modul Tinjauan"))
    page = ModulePage.objects.get(title="Modul Tinjauan")
    mail.outbox.clear()
    client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), {**module_form("Modul Tinjauan"),
                                                                      "action-submit": "1"})

    client.force_login(staff)
    review = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).text
    for english in ["Request changes", "Approve with comment"]:
        assert english not in review
    assert "Minta perbaikan" in review and "Setujui dengan komentar" in review

    to_staff = [m for m in mail.outbox if staff.email in m.to]
    assert to_staff, [m.to for m in mail.outbox]
    body = to_staff[0].body
    assert f"Halo {staff.full_name}," in body and "Apa kabar" not in body
    assert "telah diajukan untuk disetujui" in to_staff[0].subject and "has been" not in to_staff[0].subject + body


def test_admin_sign_in_says_kata_sandi(client, db):
    page = client.get(reverse("wagtailadmin_login")).text
    assert "Kata sandi" in page and "Kata Kunci" not in page
