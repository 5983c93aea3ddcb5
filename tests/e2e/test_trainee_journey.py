"""A trainee's whole journey in a real browser: catalogue, registration, enrolment, studying, progress, sign-in."""
import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from tests import factories
from tests.e2e.helpers import enrol, login, logout, modules_of, submit

pytestmark = pytest.mark.e2e

SECRET = "Isi rahasia modul untuk peserta."  # the body factories give every module
EMAIL = "rahmah.hidayati@contoh.test"
NEW_PASSWORD = "kuat-sekali-2024"


def progress_bar(page):
    return page.get_by_role("progressbar", name="Kemajuan")


def open_course_from_catalogue(page, course):
    page.get_by_role("navigation", name="Navigasi utama").get_by_role("link", name="Katalog kursus").click()
    expect(page).to_have_url(re.compile(r"/kursus/$"))
    page.get_by_role("link", name=course.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(course.title)


def study_module(page, number: int, total: int, title: str):
    """On module `number`: the body is readable; mark it done."""
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text(f"Modul {number} dari {total}")).to_be_visible()
    expect(page.locator(".lesson-body")).to_contain_text(SECRET)
    submit(page, page.get_by_role("button", name="Tandai selesai"))


def test_register_enrol_study_every_module_and_resume_after_signing_in_again(page, village):
    course = factories.course_with_modules(3, title="Dasar Hukum untuk Pendamping")
    modules = modules_of(course)
    titles = [m.title for m in modules]

    # An anonymous visitor browses the catalogue and opens the course: the outline, not the lessons.
    page.goto("/")
    open_course_from_catalogue(page, course)
    module_list = page.locator(".module-list")
    for title in titles:
        expect(module_list).to_contain_text(title)
    expect(page.get_by_text("Anda perlu masuk atau mendaftar terlebih dahulu.")).to_be_visible()

    # Registration. The village picker asks the server for matching regions as the person types...
    page.get_by_role("link", name="Daftar", exact=True).click()
    expect(page).to_have_url(re.compile(r"/akun/daftar/$"))
    page.get_by_label("Nama lengkap sesuai KTP").fill("Rahmah Hidayati")
    # Wagtail's Indonesian catalogue calls the field "Email/Surel"; Django's "Surel".
    page.get_by_label(re.compile(r"^\s*(Surel|Email|Email/Surel)\s*$")).fill(EMAIL)
    page.get_by_label("Jenis organisasi").select_option(label="Relawan SAPA")
    village_input = page.get_by_label("Desa/kelurahan")
    with page.expect_response(lambda r: "/akun/wilayah/cari/" in r.url and "Sungai" in r.url) as search:
        village_input.press_sequentially("Sungai Miai")
    assert search.value.ok
    suggestion = page.locator(f"datalist#{village_input.get_attribute('id')}-options option")
    expect(suggestion).to_have_count(1)
    assert suggestion.get_attribute("value") == "Sungai Miai, Banjarmasin Utara, Kota Banjarmasin [63.71.04.1005]"
    # ...but what was typed is enough: the server resolves the unique name on submit.
    expect(village_input).to_have_value("Sungai Miai")
    page.get_by_label(re.compile(r"^\s*Kata sandi")).fill(NEW_PASSWORD)
    page.get_by_label("Ulangi kata sandi").fill(NEW_PASSWORD)
    submit(page, page.get_by_role("button", name="Daftar", exact=True))
    # The same answer whether or not the email was new (no account enumeration): sign in with it now.
    expect(page).to_have_url(re.compile(r"/akun/masuk/"))
    expect(page.get_by_role("status")).to_contain_text("Pendaftaran diterima")
    expect(page.get_by_label("Email atau nomor HP")).to_have_value(EMAIL)
    login(page, EMAIL, NEW_PASSWORD)
    expect(page.get_by_role("button", name="Keluar", exact=True)).to_have_count(1)
    user = User.objects.get(email=EMAIL)
    assert (user.full_name, user.village, user.organisation_type) == ("Rahmah Hidayati", village, "relawan_sapa")

    # Back to the course to enrol: the first module opens.
    open_course_from_catalogue(page, course)
    submit(page, page.get_by_role("button", name="Ikuti kursus ini"))
    expect(page.get_by_role("status")).to_contain_text("Anda terdaftar di kursus ini. Selamat belajar!")
    expect(progress_bar(page)).to_have_attribute("aria-valuenow", "0")
    study_module(page, 1, 3, titles[0])
    expect(page.get_by_role("status")).to_contain_text("Modul ditandai selesai.")
    expect(page.get_by_role("heading", level=1)).to_have_text(titles[1])  # on to the next module

    # Sign out, sign back in with the email: the course offers to resume where the trainee stopped.
    logout(page)
    expect(page.get_by_role("button", name="Keluar", exact=True)).to_have_count(0)
    page.goto(course.url)
    page.get_by_role("link", name="Masuk", exact=True).click()
    login(page, EMAIL, NEW_PASSWORD)
    expect(page).to_have_url(re.compile(re.escape(course.url) + "$"))  # ?next= brought us back
    expect(progress_bar(page)).to_have_attribute("aria-valuenow", "33")
    expect(page.get_by_text("1 dari 3 modul selesai")).to_be_visible()
    expect(module_list.locator("li", has_text=titles[0])).to_contain_text("Selesai")
    expect(module_list.locator("li", has_text=titles[1])).not_to_contain_text("Selesai")
    page.get_by_role("link", name="Lanjutkan belajar").click()
    study_module(page, 2, 3, titles[1])
    study_module(page, 3, 3, titles[2])

    # All done: back on the course page at 100%.
    expect(page).to_have_url(re.compile(re.escape(course.url) + "$"))
    expect(page.get_by_role("status")).to_contain_text("Selamat! Anda telah menyelesaikan semua modul kursus ini.")
    expect(progress_bar(page)).to_have_attribute("aria-valuenow", "100")
    expect(progress_bar(page)).to_have_text("100%")
    expect(page.get_by_text("Anda telah menyelesaikan semua modul.")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Lanjutkan belajar|Mulai belajar"))).to_have_count(0)

    # "Pembelajaran saya" lists the course, complete.
    page.get_by_role("link", name="Pembelajaran saya").click()
    expect(page).to_have_url(re.compile(r"/belajar/$"))
    card = page.locator("article", has=page.get_by_role("link", name=course.title))
    expect(card).to_have_count(1)
    expect(card.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "100")
    expect(card).to_contain_text("3 dari 3 modul selesai")
    expect(card).to_contain_text("Semua modul selesai")


def test_enrolled_trainee_signs_in_with_email_and_resumes_at_first_unfinished_module(page, trainee):
    course = factories.course_with_modules(3, title="Mediasi Berperspektif Korban")
    modules = modules_of(course)
    enrol(trainee, course, done=2)

    page.goto("/akun/masuk/")
    login(page, trainee.email)
    expect(page).to_have_url(re.compile(r"/belajar/$"))  # LOGIN_REDIRECT_URL: "Pembelajaran saya"
    card = page.locator("article", has=page.get_by_role("link", name=course.title))
    expect(card.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "67")
    expect(card).to_contain_text("2 dari 3 modul selesai")

    card.get_by_role("link", name=course.title).click()
    expect(progress_bar(page)).to_have_attribute("aria-valuenow", "67")
    resume = page.get_by_role("link", name="Lanjutkan belajar")
    expect(resume).to_be_visible()
    resume.click()
    expect(page).to_have_url(re.compile(re.escape(modules[2].url) + "$"))
    expect(page.get_by_text("Modul 3 dari 3")).to_be_visible()
    expect(page.get_by_role("button", name="Tandai selesai")).to_be_visible()

    # A finished module says so instead of offering the button again.
    page.get_by_role("link", name=re.compile(re.escape(modules[1].title))).click()
    expect(page.get_by_text("Modul ini sudah selesai")).to_be_visible()
    expect(page.get_by_role("button", name="Tandai selesai")).to_have_count(0)


def test_anonymous_enrol_asks_to_sign_in_and_comes_back_enrolled(page, trainee):
    course = factories.course_with_modules(2, title="Advokasi Kasus Anak")

    page.goto(course.url)
    submit(page, page.get_by_role("button", name="Ikuti kursus ini"))
    expect(page).to_have_url(re.compile(r"/akun/masuk/\?next="))
    login(page, trainee.email)  # signing in finishes the enrolment and opens the first module
    expect(page).to_have_url(re.compile(re.escape(modules_of(course)[0].url) + "$"))
    expect(page.locator(".lesson-body")).to_contain_text(SECRET)
