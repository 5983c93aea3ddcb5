"""The backup-and-restore drill on PostgreSQL: pg_dump (custom format) and pg_restore into an emptied database.

`.ci/run` runs it (`pytest -m services tests/integration` with DATABASE_URL pointing at PostgreSQL).
"""
import pytest
from django.db import connection

from tests.backup_drill import after_any_flush, run_drill  # noqa: F401

pytestmark = [pytest.mark.services,
              pytest.mark.skipif(connection.vendor != "postgresql",
                                 reason="needs DATABASE_URL=postgres://... (the SQLite drill is in tests/website)")]


def test_drill_on_postgresql(after_any_flush, transactional_db, django_db_serialized_rollback,
        tmp_path, settings, django_capture_on_commit_callbacks):
    run_drill(tmp_path, settings, django_capture_on_commit_callbacks)
