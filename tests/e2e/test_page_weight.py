"""A lesson stays light for trainees on prepaid mobile data, and loads nothing from other hosts."""
import gzip
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import demo_course, enrol, modules_of, sign_in_without_form

pytestmark = pytest.mark.e2e

BUDGET = 100 * 1024  # bytes over the wire, compressed, for the first load of a module page


def wire_size(response) -> int:
    """Bytes the response body costs compressed: as sent when the server compressed it, else gzipped here."""
    if 300 <= response.status < 400:
        return 0  # a redirect has no body
    if response.headers.get("content-encoding"):
        return response.request.sizes()["responseBodySize"]
    return len(gzip.compress(response.body()))


def test_module_page_first_load_is_under_100_kib_and_stays_on_the_server(page, live_server, trainee):
    course = demo_course(module_count=1)
    module = modules_of(course)[0]
    assert len(module.body) >= 5  # a real lesson: text, legal provisions, a case study...
    enrol(trainee, course)
    sign_in_without_form(page, trainee, live_server.url)

    requests, responses = [], []
    page.on("request", lambda request: requests.append(request))
    page.on("response", lambda response: responses.append(response))
    page.goto(module.url, wait_until="networkidle")
    expect(page.get_by_role("heading", level=1)).to_have_text(module.title)
    expect(page.get_by_role("button", name="Tandai selesai")).to_be_visible()  # the trainee's full lesson view

    server = urlsplit(live_server.url).netloc
    elsewhere = [r.url for r in requests if urlsplit(r.url).scheme in ("http", "https", "ws", "wss")
                 and urlsplit(r.url).netloc != server]
    assert not elsewhere, f"requests left the server: {elsewhere}"
    assert not [r.url for r in requests if urlsplit(r.url).scheme not in ("http", "https", "data")]

    sizes = {r.url: wire_size(r) for r in responses}
    kinds = {r.request.resource_type for r in responses}
    assert {"document", "stylesheet", "script"} <= kinds, kinds
    assert all(r.ok for r in responses), [(r.url, r.status) for r in responses if not r.ok]
    total = sum(sizes.values())
    report = "\n".join(f"{size:>8} {url}" for url, size in sorted(sizes.items(), key=lambda item: -item[1]))
    assert total <= BUDGET, f"first load is {total} bytes compressed (budget {BUDGET}):\n{report}"
