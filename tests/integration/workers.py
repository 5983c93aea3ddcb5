"""Start and kill real Celery worker processes against the test database (for integration tests)."""
import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.db import connection


def worker_env(**extra) -> dict:
    db = connection.settings_dict
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test",
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
            **extra}


def start_worker(log_path, concurrency=1, **extra) -> subprocess.Popen:
    log = open(log_path, "a")
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "website", "worker", "--loglevel=INFO",
         f"--concurrency={concurrency}", "--pool=prefork", "--without-gossip", "--without-mingle",
         "--without-heartbeat"],
        cwd=settings.BASE_DIR, env=worker_env(**extra), stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True)


def stop_worker(process: subprocess.Popen, sig=signal.SIGTERM, timeout=20) -> None:
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def wait_for(predicate, timeout=60, interval=0.25) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
