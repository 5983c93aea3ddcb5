"""Production settings refuse to start without a secret and pass `check --deploy` with one."""
import os
import secrets
import subprocess
import sys

from cryptography.fernet import Fernet
from django.conf import settings


def run_manage(*args, **env):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, capture_output=True,
                          text=True, timeout=120,
                          env={**{k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"},
                               "DJANGO_SETTINGS_MODULE": "website.settings.production", **env})


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_passes_deploy_checks():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING",
                        DJANGO_SECRET_KEY=secrets.token_urlsafe(64), DJANGO_ALLOWED_HOSTS="pelita.example.org",
                        PELITA_KEY_ENCRYPTION_KEY=Fernet.generate_key().decode())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_tasks_run_in_process_without_a_broker():
    # A laptop at a workshop has no Redis: a task enqueued there runs at once, in the same process,
    # instead of waiting for (or failing to reach) a broker.
    script = ("import django; django.setup()\n"
              "import os\n"
              "from website.celery import app\n"
              "@app.task\n"
              "def where():\n"
              "    return os.getpid()\n"
              "result = where.delay()\n"
              "assert result.ready() and result.get(timeout=0) == os.getpid(), result\n"
              "print('in-process')\n")
    env = {k: v for k, v in os.environ.items() if k != "CELERY_BROKER_URL"}
    result = subprocess.run([sys.executable, "-c", script], cwd=settings.BASE_DIR, capture_output=True, text=True,
                            timeout=60, env={**env, "DJANGO_SETTINGS_MODULE": "website.settings.dev"})
    assert result.returncode == 0 and "in-process" in result.stdout, result.stdout + result.stderr
