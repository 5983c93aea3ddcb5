import pytest


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site from `load_demo`, built once per test module inside a transaction rolled back after it.

    Each test still runs in its own savepoint, so what one test changes is gone before the next.
    """
    from django.core.management import call_command
    from django.db import transaction
    from django.test import TestCase

    with django_db_blocker.unblock():
        with transaction.atomic():
            with TestCase.captureOnCommitCallbacks(execute=True):  # certificates are issued after commit
                call_command("load_demo", verbosity=0)
            yield
            transaction.set_rollback(True)
