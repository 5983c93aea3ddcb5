import pytest

from tests import factories


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
