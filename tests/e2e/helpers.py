"""Helpers for the browser tests: submitting forms, signing in, and building course data."""
import re

from django.conf import settings
from django.test import Client

from accounts.roles import roles_ensure
from courses import services
from courses.models import CoursePage, ModulePage
from demo import reader
from demo.build import demo_workflow_and_permissions
from tests import factories

PASSWORD = factories.PASSWORD


def submit(page, control):
    """Click a control that submits a form and wait for the page that answers it.

    Fails with the server's own words when the answer is an error page (for instance Django's
    "CSRF verification failed"), rather than timing out later on a missing element.
    """
    with page.expect_navigation() as navigation:
        control.click()
    response = navigation.value
    if response is not None and response.status >= 400:
        text = " ".join(page.locator("body").inner_text().split())[:300]
        raise AssertionError(f"{response.request.method} {response.url} answered {response.status}: {text}")
    return response


def login(page, username: str, password: str = PASSWORD):
    """Sign in through the site's own form (/akun/masuk/)."""
    if "/akun/masuk/" not in page.url:
        page.goto("/akun/masuk/")
    page.get_by_label("Email atau nomor HP").fill(username)
    page.get_by_label(re.compile(r"^\s*Kata sandi")).fill(password)
    submit(page, page.get_by_role("button", name="Masuk", exact=True))


def logout(page):
    """Sign out with the header's "Keluar" button (a POST)."""
    submit(page, page.get_by_role("button", name="Keluar", exact=True))


def sign_in_without_form(page, user, server_url: str):
    """Give the browser a session for `user` directly, for tests that are not about signing in."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": server_url}])


def modules_of(course) -> list[ModulePage]:
    return list(ModulePage.objects.child_of(course).live().specific().order_by("path"))


def enrol(user, course, done: int = 0):
    """Enrol `user` in `course` with its first `done` modules completed."""
    services.enrollment_create(user=user, course=course)
    for module in modules_of(course)[:done]:
        services.module_complete(user=user, module=module)


def workflow_setup():
    """The demo's roles, page permissions on the catalogue and review workflow (trainers submit, staff approve)."""
    groups = roles_ensure()
    demo_workflow_and_permissions(factories.catalogue(), groups)
    return groups


def demo_course(module_count: int = 1) -> CoursePage:
    """The demo's PRL course with its first `module_count` modules and their real lesson bodies."""
    data = reader.course("prl")
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
