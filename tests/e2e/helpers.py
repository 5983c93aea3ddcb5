"""Helpers for the browser tests: signing in through the UI and building course data."""
from accounts.roles import roles_ensure
from courses.models import CoursePage, ModulePage
from tests import factories
from website.demo.courses import prl
from website.demo.loader import demo_workflow_and_permissions

PASSWORD = factories.PASSWORD


def login(page, username: str, password: str = PASSWORD, next_url: str = ""):
    """Sign in through the site's own form (/akun/masuk/)."""
    page.goto("/akun/masuk/" + (f"?next={next_url}" if next_url else ""))
    page.get_by_label("Email atau nomor HP").fill(username)
    page.get_by_label("Kata sandi").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Masuk").click()


def modules_of(course):
    return list(ModulePage.objects.child_of(course).live().specific())


def workflow_setup():
    """The demo's roles, page permissions on the catalogue and the review workflow (staff approve)."""
    groups = roles_ensure()
    demo_workflow_and_permissions(factories.catalogue(), groups)
    return groups


def demo_course(module_count: int = 2) -> CoursePage:
    """The demo's PRL course with its first `module_count` modules, with their real lesson bodies."""
    data = prl.COURSE
    course = factories.CoursePageFactory(
        parent=factories.catalogue(), title=data["title"], slug=data["slug"], code=data["code"],
        topic=data["topic"], summary=data["summary"], intro=data["intro"], audience=data["audience"],
        outcomes="\n".join(data["outcomes"]), jp_hours=data["jp_hours"])
    for module in data["modules"][:module_count]:
        factories.ModulePageFactory(
            parent=course, title=module["title"], slug=module["slug"], summary=module.get("summary", ""),
            competency=module.get("competency", ""), jp_hours=module["jp"], estimated_minutes=module["minutes"],
            body=module["body"])
    return course
