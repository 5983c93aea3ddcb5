import pytest
from tests import factories
from tests.e2e import helpers
from accounts.roles import TRAINER, STAFF

pytestmark = pytest.mark.e2e

def test_explore(new_page, live_server):
    groups = helpers.workflow_setup()
    course = factories.course_with_modules(3, title="Kursus Alur")
    trainer = factories.UserFactory(groups=[groups[TRAINER]], email="fas@contoh.test")
    staff = factories.UserFactory(groups=[groups[STAFF]], email="pet@contoh.test")
    page = new_page()
    helpers.login(page, "fas@contoh.test")
    page.goto(f"/admin/pages/add/courses/modulepage/{course.pk}/")
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill("Modul Baru Hak Korban")
    body = page.locator("#panel-child-konten-body-section")
    body.locator("button.c-sf-add-button").click()
    page.get_by_role("option", name="Teks", exact=True).click()
    ed = body.locator("[contenteditable=true]")
    ed.click()
    page.keyboard.type("Korban berhak atas pendampingan sejak awal.")
    page.wait_for_timeout(300)
    open("/tmp/body2.html", "w").write(body.inner_html())
    page.get_by_role("button", name="More actions").click()
    page.screenshot(path="/tmp/body2.png")
    page.on("response", lambda r: print(r.status, r.request.method, r.url, r.headers.get("location")) if r.request.resource_type == "document" else None)
    page.locator("button[name=action-submit]").click()
    page.wait_for_load_state("networkidle")
    print("after submit", page.url)
    open("/tmp/after_submit.html", "w").write(page.content())
    page.screenshot(path="/tmp/after_submit.png", full_page=True)
    from wagtail.models import Page, WorkflowState
    from courses.models import ModulePage
    m = ModulePage.objects.get(title="Modul Baru Hak Korban")
    print("live", m.live, "has_unpub", m.has_unpublished_changes, "states", list(WorkflowState.objects.values("status", "page_id", "workflow_id")))
    print("workflow for page", m.get_workflow())
    p2 = new_page()
    helpers.login(p2, "pet@contoh.test")
    p2.goto("/admin/")
    p2.wait_for_load_state("networkidle")
    open("/tmp/staff_dash.html", "w").write(p2.content())
    p2.screenshot(path="/tmp/staff_dash.png", full_page=True)
