"""Shared fixtures for the browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

The tests are skipped (with a reason) when /usr/bin/chromium is absent. Never run `playwright install`:
the tests only use the system Chromium.

Database: `live_server` implies `transactional_db`, which empties every table after each test. The home page, the
Wagtail root page, locale, Site and root collection come from migrations, so the tests also request
`django_db_serialized_rollback`: pytest-django snapshots the migrated database when it creates it, and Django
loads that snapshot (into emptied tables) before each browser test. After the last browser test the snapshot is
loaded once more, so the tests that run after this package find the database as the migrations left it.

Playwright's sync API keeps an asyncio event loop running in the test thread while the browser is open. Two
consequences, both confined to this package (Playwright starts and stops with it):
- Django refuses ORM calls while a loop runs (SynchronousOnlyOperation), so DJANGO_ALLOW_ASYNC_UNSAFE is set for
  the package's duration only: a process-wide setting would leak into the rest of the run (for instance into
  `manage.py check --deploy` subprocesses, which then fail with async.E001).
- With a running loop, asgiref hands Django a different (context-local) connection object for the same
  in-memory database, one that lacks pytest-django's snapshot; `playwright` copies the snapshot onto it.
"""
import json
import os
import re
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SKIP_REASON = f"{CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium) to run browser tests"
DEFAULT_TIMEOUT_MS = 15_000
RESULTS_DIR = Path(__file__).resolve().parents[2] / "test-results"
HERE = Path(__file__).resolve().parent
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"

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
    return any(r.failed for r in request.node.stash.get(_report_key, {}).values())


def _snapshots() -> dict:
    from django.db import connections

    return {alias: connections[alias]._test_serialized_contents for alias in connections
            if hasattr(connections[alias], "_test_serialized_contents")}


def _empty_but_for_content_types(alias: str, snapshot: str):
    """Empty every table, then put back the snapshot's content types and cache them all.

    Django reloads a snapshot model by model, and Wagtail's Page.__init__ looks up its content type as each page is
    rebuilt: with a cold cache and no rows, that lookup would create content types under new ids, which then clash
    with the snapshot's own (or, cached, point at the wrong model). An earlier transactional test may also have
    recreated content types under new ids. So: empty tables, the snapshot's content types, a warm cache.
    """
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers
    from django.core.management import call_command
    from django.db import transaction

    call_command("flush", database=alias, interactive=False, inhibit_post_migrate=True, reset_sequences=False,
                 verbosity=0)
    content_types = [o for o in json.loads(snapshot) if o["model"] == "contenttypes.contenttype"]
    with transaction.atomic(using=alias):
        for deserialized in serializers.deserialize("python", content_types, using=alias):
            deserialized.save(using=alias)
    ContentType.objects.clear_cache()
    ContentType.objects.db_manager(alias).get_for_models(*apps.get_models())


@pytest.fixture(scope="package")
def playwright(django_db_setup, django_db_blocker):
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    snapshots = _snapshots()  # taken by pytest-django, on the connections of the sync context
    with django_db_blocker.unblock():
        for alias, snapshot in snapshots.items():
            _empty_but_for_content_types(alias, snapshot)
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    manager = sync_playwright().start()
    for alias, snapshot in snapshots.items():  # the loop is running: these are the context-local connections
        connections[alias]._test_serialized_contents = snapshot
    try:
        yield manager
    finally:
        manager.stop()
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous
        # The last browser test's flush left the database empty (not even content types): put back the
        # migrated state for whatever runs next.
        with django_db_blocker.unblock():
            for alias, snapshot in snapshots.items():
                connections[alias].creation.deserialize_db_from_string(snapshot)


@pytest.fixture(scope="package")
def browser(playwright):
    from playwright.sync_api import expect

    expect.set_options(timeout=DEFAULT_TIMEOUT_MS)
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def e2e_db(browser, transactional_db, django_db_serialized_rollback):
    """The live server's database, reloaded with the migrated state (home page, Site) before each test."""


@pytest.fixture
def new_page(request, browser, live_server, e2e_db):
    """Open a fresh browser context (its own cookies: one per person) and return its page.

    Relative URLs resolve against the live server. On failure every page the test opened is saved as a
    screenshot in test-results/.
    """
    contexts = []

    def open_page(**context_options):
        options = {"locale": "id-ID", "viewport": {"width": 1280, "height": 900}, **context_options}
        context = browser.new_context(base_url=live_server.url, **options)
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
                    print(f"screenshot of {page.url} failed: {exc!r}")
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()
