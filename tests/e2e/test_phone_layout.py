"""On a 390 px phone the header leaves the screen to the lesson, nothing scrolls sideways, the small print is
readable; on a 1366 px laptop the staff header stays one row."""
import pytest
from playwright.sync_api import expect

from tests import factories
from tests.e2e.helpers import demo_course, enrol, modules_of, sign_in_without_form

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}

CONTRAST_JS = """(el) => {
  const rgb = (s) => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => { const v = c.map(x => { x /= 255;
                                             return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
                       return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  let bg = el; while (bg && getComputedStyle(bg).backgroundColor.startsWith('rgba(0, 0, 0, 0)')) bg = bg.parentElement;
  const a = lum(rgb(getComputedStyle(el).color)), b = lum(rgb(getComputedStyle(bg).backgroundColor));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_phone_header_is_compact_and_its_menu_opens(new_page, live_server, trainee):
    course = demo_course(module_count=1)
    module = modules_of(course)[0]
    enrol(trainee, course)
    page = new_page(viewport=PHONE)
    sign_in_without_form(page, trainee, live_server.url)
    page.goto(module.url)
    header = page.locator("header.site-header").bounding_box()
    assert header["height"] <= 72, f"the header takes {header['height']} px of a 844 px phone screen"
    links = page.get_by_role("link", name="Pembelajaran saya")
    expect(links).to_be_hidden()
    page.get_by_text("Menu", exact=True).click()
    expect(links).to_be_visible()
    assert links.bounding_box()["x"] >= 8  # inside the container's padding, not glued to the screen edge
    assert no_sideways_scroll(page)


@pytest.mark.parametrize("path", ["/", "/kursus/", "/sertifikat/", "/sertifikat/verifikasi-luring/"])
def test_phone_pages_do_not_scroll_sideways(new_page, path):
    from certificates.services import signing_key_for

    factories.catalogue()
    signing_key_for(factories.AgencyFactory())  # its key fingerprint is listed on the lookup and offline pages
    page = new_page(viewport=PHONE)
    page.goto(path)
    assert no_sideways_scroll(page), f"{path} is wider than a 390 px phone"


def test_footer_small_print_meets_aa_contrast(page):
    factories.catalogue()
    page.goto("/")
    ratio = page.locator("footer .small-print").evaluate(CONTRAST_JS)
    assert ratio >= 4.5, f"footer small print contrast {ratio:.2f}:1"


def test_staff_header_is_one_row_on_a_laptop(new_page, live_server, staff):
    staff.is_superuser = True  # every menu item shows: the widest header there is
    staff.save()
    page = new_page(viewport={"width": 1366, "height": 768})
    sign_in_without_form(page, staff, live_server.url)
    page.goto("/")
    header = page.locator("header.site-header").bounding_box()
    assert header["height"] <= 64, f"the staff header wraps: {header['height']} px high at 1366 px"
