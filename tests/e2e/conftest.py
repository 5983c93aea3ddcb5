"""Shared fixtures for the browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

The tests are skipped (with a reason) when /usr/bin/chromium is absent. Never run `playwright install`:
the tests only use the system Chromium.

Database: `live_server` implies `transactional_db`, which empties every table after each test. The home page,
the Wagtail root page, locale and Site come from migrations, so the tests also request
`django_db_serialized_rollback`: pytest-django then snapshots the migrated database once and restores it before
each browser test.
"""
import os
import re
from pathlib import Path

import pytest

# Playwright's sync API keeps an asyncio event loop running in this thread; Django would otherwise refuse the
# ORM calls the tests make (SynchronousOnlyOperation). The tests never touch the database concurrently with it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SKIP_REASON = f"{CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium) to run browser tests"
DEFAULT_TIMEOUT_MS = 15_000
RESULTS_DIR = Path(__file__).resolve().parents[2] / "test-results"
HERE = Path(__file__).resolve().parent

_report_key = pytest.StashKey[dict]()


def pytest_collection_modifyitems(config, items):
    """Skip every browser test up front (before any fixture runs) when Chromium is missing."""
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(skip)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Remember each phase's report so fixtures can tell, at teardown, whether the test failed."""
    report = yield
    item.stash.setdefault(_report_key, {})[report.when] = report
    return report


def _failed(request) -> bool:
    reports = request.node.stash.get(_report_key, {})
    return any(r.failed for r in reports.values())


@pytest.fixture(scope="session")
def playwright():
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    from playwright.sync_api import sync_playwright

    manager = sync_playwright().start()
    yield manager
    manager.stop()


@pytest.fixture(scope="session")
def browser(playwright):
    from playwright.sync_api import expect

    expect.set_options(timeout=DEFAULT_TIMEOUT_MS)
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def e2e_db(transactional_db, django_db_serialized_rollback):
    """The live server's database, restored to the migrated state (home page, Site) before each test."""


@pytest.fixture
def new_page(request, browser, live_server, e2e_db):
    """Open a fresh browser context (its own cookies: one per person) and return its page.

    Relative URLs resolve against the live server. On failure every page the test opened is saved as a
    screenshot in test-results/.
    """
    contexts = []

    def open_page(**context_options):
        context = browser.new_context(base_url=live_server.url, locale="id-ID",
                                      viewport={"width": 1280, "height": 900}, **context_options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        context.set_default_navigation_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page

    if _failed(request):
        RESULTS_DIR.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-150:]
        for i, context in enumerate(contexts):
            for j, page in enumerate(context.pages):
                try:
                    page.screenshot(path=str(RESULTS_DIR / f"{name}-{i}-{j}.png"), full_page=True)
                except Exception as exc:  # noqa: BLE001 - a screenshot must never hide the real failure
                    print(f"screenshot failed: {exc!r}")
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()

