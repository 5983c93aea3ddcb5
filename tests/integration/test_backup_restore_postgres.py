"""The backup-and-restore drill on PostgreSQL: pg_dump (custom format) and pg_restore into an emptied database.

`.ci/run` runs it (`pytest -m services tests/integration` with DATABASE_URL pointing at PostgreSQL).
"""
import pytest
from django.db import connection

from tests.backup_drill import run_drill

pytestmark = pytest.mark.services


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_drill_on_postgresql(tmp_path, settings, django_capture_on_commit_callbacks):
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL drill needs DATABASE_URL=postgres://... (the SQLite drill is in tests/website)")
    run_drill(tmp_path, settings, django_capture_on_commit_callbacks)
