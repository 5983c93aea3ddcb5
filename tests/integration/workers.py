"""Start and kill real Celery worker processes against the test database (for integration tests)."""
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

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


def finished(log_path, task_name: str, ids=()) -> bool:
    """True once the worker log shows every id in *ids* succeeded and no task the worker received is still
    running (a message taken but not completed is a straggler that could still act). Celery logs
    "Task <name>[<id>] received", then "... succeeded in ..." or "... retry: ..."."""
    text = Path(log_path).read_text() if Path(log_path).exists() else ""
    running, done = set(), set()
    for task_id, event in re.findall(rf"Task {re.escape(task_name)}\[([0-9a-f-]+)\] (received|succeeded|retry)", text):
        if event == "received":
            running.add(task_id)
        else:
            running.discard(task_id)
            if event == "succeeded":
                done.add(task_id)
    return set(ids) <= done and not running
