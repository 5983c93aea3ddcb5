"""Review workflow in the Wagtail admin: a trainer writes a module and submits it, staff approve, trainees read it."""
import re

import pytest
from playwright.sync_api import expect

from accounts.roles import STAFF, TRAINER
from courses.models import ModulePage
from tests import factories
from tests.e2e.helpers import enrol, login, submit, workflow_setup

pytestmark = pytest.mark.e2e

TITLE = "Hak Korban atas Pendampingan"
BODY = "Korban berhak didampingi sejak laporan pertama sampai putusan."
PUBLISH = re.compile(r"Terbitkan|Publish|Menerbitkan", re.IGNORECASE)


def go_to_admin(page):
    """From the public site, the header's "Admin" link (shown to roles with admin access)."""
    page.get_by_role("link", name="Admin", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def awaiting_review_row(page):
    return page.locator("#awaiting-review-section tr", has=page.get_by_role("link", name=TITLE))


def test_trainer_submits_a_module_staff_approve_it_and_trainees_can_read_it(new_page, village):
    groups = workflow_setup()
    course = factories.course_with_modules(3, title="Penanganan Kasus Berbasis Korban")
    factories.UserFactory(email="fasilitator@contoh.test", full_name="Muhammad Rizky", groups=[groups[TRAINER]])
    factories.UserFactory(email="petugas@contoh.test", full_name="Nur Aisyah", groups=[groups[STAFF]])
    trainee = factories.UserFactory(email="peserta@contoh.test", village=village)
    enrol(trainee, course)

    # The trainer signs in on the site and goes to the admin, to the course.
    trainer_page = new_page()
    login(trainer_page, "fasilitator@contoh.test")
    go_to_admin(trainer_page)
    trainer_page.goto(f"/admin/pages/{course.pk}/")
    trainer_page.get_by_role("link", name="Tambahkan halaman turunan").click()
    trainer_page.wait_for_url(re.compile(r"/add_subpage/$|/add/courses/modulepage/"))
    if "/add_subpage/" in trainer_page.url:  # more than one child type: Wagtail asks which one
        trainer_page.get_by_role("link", name="Modul", exact=True).click()
    expect(trainer_page).to_have_url(re.compile(rf"/admin/pages/add/courses/modulepage/{course.pk}/$"))
    trainer_page.wait_for_load_state("networkidle")  # the StreamField and Draftail are built by JavaScript

    trainer_page.locator("#id_title").fill(TITLE)
    trainer_page.get_by_role("textbox", name="Ringkasan", exact=True).fill("Siapa yang mendampingi korban, dan kapan.")
    body_panel = trainer_page.locator("#panel-child-konten-body-section")
    body_panel.get_by_role("button", name="Insert a block").click()
    trainer_page.get_by_role("option", name="Teks", exact=True).click()
    editor = body_panel.locator("[contenteditable=true]")
    editor.click()
    trainer_page.keyboard.type(BODY)
    expect(editor).to_contain_text(BODY)
    # Draftail copies its content into the form's hidden input a moment after the last change.
    expect(body_panel.locator("input[name='body-0-value']")).to_have_value(re.compile(re.escape(BODY)))

    # The trainer has no way to publish: only save a draft or submit for review.
    expect(trainer_page.locator("button[name=action-publish]")).to_have_count(0)
    trainer_page.get_by_role("button", name="Tindakan lain").click()
    submit_for_review = trainer_page.locator("button[name=action-submit]")
    expect(submit_for_review).to_be_visible()
    expect(submit_for_review).to_have_text(re.compile("Tinjauan materi kursus"))  # the workflow's name
    footer_actions = trainer_page.locator("footer .actions")
    expect(footer_actions.get_by_role("button", name=PUBLISH)).to_have_count(0)
    submit(trainer_page, submit_for_review)
    expect(trainer_page).to_have_url(re.compile(rf"/admin/pages/{course.pk}/$"))
    expect(trainer_page.locator(".messages")).to_contain_text(
        re.compile(rf"Halaman '{TITLE}' telah dibuat dan dikirim untuk dimoderasi"))

    module = ModulePage.objects.get(title=TITLE)
    assert not module.live
    assert module.current_workflow_state.status == "in_progress"

    # Until it is approved, trainees do not see the new module.
    trainee_page = new_page()
    login(trainee_page, trainee.email)
    trainee_page.goto(course.url)
    expect(trainee_page.locator(".module-list > li")).to_have_count(3)
    expect(trainee_page.locator(".module-list")).not_to_contain_text(TITLE)

    # Staff sign in, find it in "awaiting your review" on the admin dashboard and approve it.
    staff_page = new_page()
    login(staff_page, "petugas@contoh.test")
    go_to_admin(staff_page)
    row = awaiting_review_row(staff_page)
    expect(row).to_contain_text("Muhammad Rizky")  # submitted by
    row.get_by_role("button", name="Tindakan", exact=True).click()
    submit(staff_page, row.get_by_role("button", name="Menyetujui", exact=True))
    expect(staff_page).to_have_url(re.compile(r"/admin/$"))
    expect(awaiting_review_row(staff_page)).to_have_count(0)

    module.refresh_from_db()
    assert module.live

    # The enrolled trainee now finds the module at the end of the course and can read it.
    trainee_page.reload()
    expect(trainee_page.locator(".module-list > li")).to_have_count(4)
    trainee_page.get_by_role("link", name=TITLE).click()
    expect(trainee_page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(trainee_page.get_by_text("Modul 4 dari 4")).to_be_visible()
    expect(trainee_page.locator(".lesson-body")).to_contain_text(BODY)
    expect(trainee_page.get_by_role("button", name="Tandai selesai")).to_be_visible()
