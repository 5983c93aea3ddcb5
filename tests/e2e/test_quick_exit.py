"""Quick exit: the red button (and Esc twice) leaves Pelita at once and leaves no Pelita page to go back to."""
import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.e2e

# There is no network in the tests: the exit goes to a neutral file on the live server instead of a search engine.
EXIT_PATH = "/static/img/favicon.svg"


@pytest.fixture
def course_page(page, live_server, settings):
    """A course page, opened from a blank tab (as if the person had typed the address)."""
    settings.PELITA_QUICK_EXIT_URL = live_server.url + EXIT_PATH
    course = factories.course_with_modules(2, title="Penanganan Trauma")
    page.goto("about:blank")
    page.goto(course.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Penanganan Trauma")
    return page


def history_length(page) -> int:
    return page.evaluate("history.length")


def assert_left_without_trace(page, length_before: int):
    page.wait_for_url(re.compile(re.escape(EXIT_PATH) + "$"))
    # location.replace(): the Pelita page was replaced, not pushed onto the history.
    assert history_length(page) == length_before
    page.go_back()
    assert page.url == "about:blank"  # what was there before Pelita, not the course page


def test_quick_exit_button_replaces_the_page(course_page):
    page = course_page
    before = history_length(page)
    button = page.get_by_role("link", name="Keluar cepat")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("href", re.compile(re.escape(EXIT_PATH) + "$"))
    button.click()
    assert_left_without_trace(page, before)


def test_escape_twice_leaves_but_once_does_not(course_page):
    page = course_page
    url = page.url
    before = history_length(page)

    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url == url  # a single Esc (closing a menu, say) does nothing

    page.keyboard.press("Escape")  # the second one within a second: leave
    assert_left_without_trace(page, before)


def test_escape_presses_far_apart_do_not_leave(course_page):
    page = course_page
    url = page.url
    page.keyboard.press("Escape")
    page.wait_for_timeout(1100)
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url == url


def test_quick_exit_works_without_signal(course_page):
    page = course_page
    before = history_length(page)
    page.context.set_offline(True)
    page.get_by_role("link", name="Keluar cepat").click()
    page.wait_for_url(re.compile(re.escape(EXIT_PATH) + "$"))  # left, even though the exit page cannot load
    assert history_length(page) == before
    page.context.set_offline(False)
    page.go_back()
    assert page.url == "about:blank"
