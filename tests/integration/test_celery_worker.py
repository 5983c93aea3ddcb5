"""A real Celery worker process on the Redis broker runs Pelita's tasks against the same database.

Runs only when CELERY_BROKER_URL is set and the database is PostgreSQL (`.ci/run` provides both).
"""
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from accounts.models import User
from accounts.tasks import user_welcome_email_task

from .workers import finished, wait_for

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(not os.environ.get("CELERY_BROKER_URL"), reason="CELERY_BROKER_URL not set (run .ci/run)"),
]


@pytest.fixture
def worker(transactional_db, django_db_serialized_rollback, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("the worker integration test needs PostgreSQL")
    db = connection.settings_dict
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    env = {**os.environ,
           "DJANGO_SETTINGS_MODULE": "website.settings.test",
           "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
           "EMAIL_FILE_PATH": str(outbox)}
    log = open(tmp_path / "worker.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "website", "worker", "--loglevel=INFO", "--concurrency=1",
         "--pool=prefork", "--without-gossip", "--without-mingle", "--without-heartbeat"],
        cwd=settings.BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield outbox
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()
        print((tmp_path / "worker.log").read_text()[-3000:])


def test_worker_sends_welcome_email_exactly_once(worker: Path, village, tmp_path):
    from accounts.services import user_register

    assert not settings.CELERY_TASK_ALWAYS_EAGER
    user = user_register(full_name="Dewi Lestari", password="kuat-sekali-2024", email="dewi@contoh.test",
                         organisation_type="patbm", village=village)
    # Enqueued after commit by the service; enqueue twice more, as a retried or duplicated message would.
    duplicates = [user_welcome_email_task.delay(user.pk).id for _ in range(2)]
    assert wait_for(lambda: User.objects.filter(pk=user.pk, welcomed_at__isnull=False).exists())
    # Wait for the duplicates to have run (the worker log says so), not for a guessed time: they must send nothing.
    log = tmp_path / "worker.log"
    assert wait_for(lambda: finished(log, user_welcome_email_task.name, duplicates)
                    and len(re.findall(r"user_welcome_email_task\[[0-9a-f-]+\] succeeded", log.read_text())) >= 3)
    messages = [p.read_text() for p in worker.iterdir()]
    assert len(messages) == 1
    assert "Selamat datang di Pelita" in messages[0] and "dewi@contoh.test" in messages[0]
