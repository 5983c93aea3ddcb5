"""Shared phone (Ponsel bersama): nothing is saved for offline, and sign-out or an idle timeout leaves no cache
entry, IndexedDB database or cookie of the person behind for the next one."""
import re

import pytest
from playwright.sync_api import expect

from .helpers import PASSWORD, enrol, logout, submit

pytestmark = pytest.mark.e2e

LEFTOVERS = """async () => {
  const cache = await caches.open("pelita-course-1");
  await cache.put("/kursus/contoh/", new Response("halaman pribadi"));
  await new Promise(done => { const r = indexedDB.open("pelita", 1);
    r.onupgradeneeded = () => r.result.createObjectStore("queue", {keyPath: "id"});
    r.onsuccess = () => { r.result.close(); done(); }; });
}"""
WHAT_REMAINS = ("async () => ({caches: await caches.keys(), "
                "databases: (await indexedDB.databases()).map(d => d.name)})")


def sign_in_shared(page, user):
    page.goto("/akun/masuk/")
    page.get_by_label("Email atau nomor HP").fill(user.email)
    page.get_by_label(re.compile(r"^\s*Kata sandi")).fill(PASSWORD)
    page.get_by_label("Ponsel bersama").check()
    submit(page, page.get_by_role("button", name="Masuk", exact=True))


def assert_nothing_remains(page):
    assert page.evaluate(WHAT_REMAINS) == {"caches": [], "databases": []}
    assert page.context.cookies() == []


def test_shared_phone_saves_nothing_and_sign_out_forgets_the_person(page, trainee, course):
    enrol(trainee, course)
    sign_in_shared(page, trainee)
    page.goto(course.url)
    expect(page.get_by_text("Ponsel bersama: kursus tidak disimpan")).to_be_visible()
    expect(page.get_by_role("button", name="Simpan untuk dibaca tanpa sinyal")).to_have_count(0)
    page.evaluate(LEFTOVERS)  # as if pages and queued answers had been kept before
    assert page.evaluate(WHAT_REMAINS)["caches"] == ["pelita-course-1"]
    logout(page)
    expect(page.get_by_role("link", name="Masuk")).to_be_visible()
    assert_nothing_remains(page)


def test_shared_phone_signs_out_by_itself_when_left_idle(page, trainee, course, settings):
    settings.PELITA_SHARED_PHONE_IDLE_SECONDS = 3
    enrol(trainee, course)
    sign_in_shared(page, trainee)
    page.goto(course.url)
    page.evaluate(LEFTOVERS)
    expect(page.get_by_role("link", name="Masuk")).to_be_visible(timeout=15_000)
    assert_nothing_remains(page)


def test_a_personal_phone_keeps_its_saved_courses_after_sign_out(page, trainee, course):
    enrol(trainee, course)
    page.goto("/akun/masuk/")
    page.get_by_label("Email atau nomor HP").fill(trainee.email)
    page.get_by_label(re.compile(r"^\s*Kata sandi")).fill(PASSWORD)
    submit(page, page.get_by_role("button", name="Masuk", exact=True))
    page.goto(course.url)
    expect(page.get_by_role("button", name="Simpan untuk dibaca tanpa sinyal")).to_be_visible()
    page.evaluate(LEFTOVERS)
    logout(page)
    assert page.evaluate(WHAT_REMAINS)["caches"] == ["pelita-course-1"]
