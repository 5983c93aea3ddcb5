import pytest

from tests import factories, tools


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: visitors' pages kept by one test must not answer another's URLs."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def village(db):
    return factories.region_chain()


@pytest.fixture
def trainee(db, village):
    return factories.UserFactory(village=village)


@pytest.fixture
def course(db):
    return factories.course_with_modules(3)


@pytest.fixture
def roles(db):
    from accounts.roles import roles_ensure

    return roles_ensure()


@pytest.fixture
def trainer(db, roles):
    from accounts.roles import TRAINER

    return factories.UserFactory(groups=[roles[TRAINER]])


@pytest.fixture
def staff(db, roles):
    from accounts.roles import STAFF

    return factories.UserFactory(groups=[roles[STAFF]])


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache: each test starts with none, whatever ran before it."""
    from django.core.cache import cache

    cache.clear()
    yield


def pytest_runtest_setup(item):
    # @pytest.mark.needs_tool("zbarimg", ...): skip locally when absent, fail in CI (tests/tools.py).
    for marker in item.iter_markers("needs_tool"):
        tools.require(*marker.args)
