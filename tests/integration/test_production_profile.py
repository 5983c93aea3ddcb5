"""The production profile for real (issue 10, item 5): two gunicorn web processes, a Celery worker and beat on
Redis, PostgreSQL and S3 object storage (moto in server mode), each a separate process configured only by its
environment, as deploy/pelita.env.example documents it.

Over HTTP, with the header the TLS proxy adds: a trainee signs in on web 1, enrols, studies, passes the
post-test; the worker issues the certificate; web 2 serves its PDF, cached in the bucket. Then everything stops
on SIGTERM with a clean exit. The profile's processes get their own database (`pelita_smoke`, created and
dropped here), Redis databases 5 and 6 and ports 8151-8153; nothing of this test process's environment leaks
into them (CI sets DATABASE_URL and CELERY_BROKER_URL for the other tests).
"""
import importlib.util
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import boto3
import psycopg
import pytest
import redis
import requests
from cryptography.fernet import Fernet
from django.conf import settings

from certificates.services import RENDERED_PDF_FOLDER
from tests import tools

from .profile_page import Browser, form_fields

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(not os.environ.get("CELERY_BROKER_URL"), reason="CELERY_BROKER_URL not set (run .ci/run)"),
]

DATABASE = "pelita_smoke"
POSTGRES = "postgresql://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379"
BROKER_DB, CACHE_DB = 5, 6
S3_PORT, WEB_PORTS, SMTP_PORT = 8151, (8152, 8153), 8154
HOST = "pelita.test"
BUCKET = "pelita-media"
STARTUP_SECONDS = 60


def profile_environment(tmp: Path) -> dict:
    """Everything the profile reads, from nothing: only PATH/HOME/LANG come from this process."""
    return {
        **{key: os.environ[key] for key in ("PATH", "HOME", "LANG", "TMPDIR") if key in os.environ},
        "PYTHONUNBUFFERED": "1",
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "PELITA_KEY_ENCRYPTION_KEY": Fernet.generate_key().decode(),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
        "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "CACHE_URL": f"rediscache://127.0.0.1:6379/{CACHE_DB}",
        "CELERY_BROKER_URL": f"{REDIS}/{BROKER_DB}",
        "CELERY_RESULT_BACKEND": "",
        "EMAIL_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
        "DEFAULT_FROM_EMAIL": "Pelita <no-reply@dp3a.contoh.go.id>",
        "SERVER_EMAIL": "pelita-errors@dp3a.contoh.go.id",
        "DJANGO_MEDIA_ROOT": str(tmp / "not-used-media"),
        "PELITA_DATA_DIR": str(tmp / "data"),
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "PELITA_S3_ENDPOINT_URL": f"http://127.0.0.1:{S3_PORT}",
        "PELITA_S3_REGION": "ap-southeast-3",
        "PELITA_S3_ACCESS_KEY_ID": "uji",
        "PELITA_S3_SECRET_ACCESS_KEY": "uji-rahasia",
        "PELITA_S3_LOCATION": "media",
        "DJANGO_LOG_FORMAT": "json",
        "SENTRY_DSN": "",
    }


def sql(statement: str, *params, database: str = "postgres"):
    with psycopg.connect(f"{POSTGRES}/{database}", autocommit=True) as conn:
        cursor = conn.execute(statement, params or None)
        return cursor.fetchall() if cursor.description else None


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    pytest.fail(f"timed out after {timeout}s waiting for {what}")


def listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


class Profile:
    """The profile's processes, each in its own session (process group) so a stop leaves no child behind."""

    def __init__(self, tmp: Path, env: dict):
        self.tmp, self.env, self.processes = tmp, env, {}

    def run(self, *args, timeout=180):
        result = subprocess.run([sys.executable, *args], cwd=settings.BASE_DIR, env=self.env, capture_output=True,
                                text=True, timeout=timeout, check=False)
        assert result.returncode == 0, f"{args}: {result.stdout[-2000:]}\n{result.stderr[-3000:]}"
        return result.stdout

    def start(self, name: str, *args, **extra):
        with open(self.tmp / f"{name}.log", "w") as log:
            self.processes[name] = subprocess.Popen(
                [sys.executable, *args], cwd=settings.BASE_DIR, env={**self.env, **extra}, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True)

    def log(self, name: str) -> str:
        return (self.tmp / f"{name}.log").read_text()

    def alive(self, name: str) -> bool:
        if self.processes[name].poll() is not None:
            pytest.fail(f"{name} exited with {self.processes[name].returncode}:\n{self.log(name)[-3000:]}")
        return True

    def stop(self, *names: str, timeout=40) -> dict:
        """SIGTERM each main process (gunicorn's master, Celery's main process) at once, as systemd stops units;
        each must stop its children and exit by itself. Returns {name: (exit code, seconds to exit)}; anything
        left in a process's group afterwards is an orphan."""
        begun = time.monotonic()
        processes = {name: self.processes.pop(name) for name in names}
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        stopped = {}
        for name, process in processes.items():
            try:
                process.wait(timeout=max(1, timeout - (time.monotonic() - begun)))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
                pytest.fail(f"{name} did not stop within {timeout}s of SIGTERM:\n{self.log(name)[-3000:]}")
            stopped[name] = (process.returncode, round(time.monotonic() - begun, 1))
        for name, process in processes.items():
            orphans = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True, text=True,
                                     check=False).stdout.split()
            if orphans:
                os.killpg(process.pid, signal.SIGKILL)
                pytest.fail(f"{name} left processes behind: {orphans}")
        return stopped

    def kill_all(self):
        for process in self.processes.values():
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(timeout=10)
        self.processes.clear()


@pytest.fixture
def profile(tmp_path):
    tools.require("pgrep")
    if importlib.util.find_spec("smtpd") is None:  # in the standard library up to Python 3.11
        tools.missing("Python's smtpd module (the SMTP stand-in) is not available: use aiosmtpd here")
    try:
        sql("SELECT 1")
        redis.Redis.from_url(f"{REDIS}/{BROKER_DB}").ping()
    except Exception as exc:  # noqa: BLE001
        tools.missing(f"PostgreSQL and Redis on 127.0.0.1 are needed: {exc.__class__.__name__}")
    busy = [port for port in (S3_PORT, SMTP_PORT, *WEB_PORTS) if listening(port)]
    assert not busy, f"ports already in use: {busy}"
    sql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    sql(f'CREATE DATABASE "{DATABASE}"')
    for db in (BROKER_DB, CACHE_DB):  # a previous run's messages or cached pages must not answer for this one
        redis.Redis.from_url(f"{REDIS}/{db}").flushdb()
    running = Profile(tmp_path, profile_environment(tmp_path))
    try:
        yield running
    finally:
        running.kill_all()  # only after a failure: a passing test has stopped everything itself
        sql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        for db in (BROKER_DB, CACHE_DB):
            redis.Redis.from_url(f"{REDIS}/{db}").flushdb()


def answers(snapshot: list) -> dict:
    """The right answers as the attempt form names them (the options are this attempt's opaque tokens).
    Read from the attempt's snapshot in the database: the test plays the grader, not the trainee."""
    chosen = {}
    for index, entry in enumerate(snapshot):
        question, tokens = entry["question"], entry.get("tokens", [])
        if question["type"] == "single":
            chosen[f"q{index}"] = [tokens[next(i for i, a in enumerate(question["answers"]) if a["fraction"] == 1)]]
        elif question["type"] == "multiple":
            chosen[f"q{index}"] = [tokens[i] for i, a in enumerate(question["answers"]) if a["fraction"] > 0]
        elif question["type"] == "truefalse":
            chosen[f"q{index}"] = ["true" if question["answers"][0]["fraction"] == 1 else "false"]
        else:
            raise AssertionError(f"the smoke quiz has no {question['type']} questions")
    return chosen


def test_production_profile_end_to_end(profile):
    started = time.monotonic()
    profile.start("s3", "-m", "moto.server", "-H", "127.0.0.1", "-p", str(S3_PORT))
    # The mail server's stand-in: Python 3.11's smtpd prints every message it receives.
    profile.start("smtp", "-W", "ignore", "-m", "smtpd", "-n", "-c", "DebuggingServer", f"127.0.0.1:{SMTP_PORT}")
    wait_for(lambda: profile.alive("s3") and listening(S3_PORT), STARTUP_SECONDS, "the S3 server")
    wait_for(lambda: profile.alive("smtp") and listening(SMTP_PORT), STARTUP_SECONDS, "the SMTP server")
    s3 = boto3.client("s3", endpoint_url=f"http://127.0.0.1:{S3_PORT}", aws_access_key_id="uji",
                      aws_secret_access_key="uji-rahasia", region_name="ap-southeast-3")
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "ap-southeast-3"})

    profile.start("collectstatic", "manage.py", "collectstatic", "--noinput", "-v0")  # needs no database
    profile.run("manage.py", "migrate", "--noinput", "-v0")
    migrated = time.monotonic()
    assert profile.processes.pop("collectstatic").wait(timeout=120) == 0, profile.log("collectstatic")
    content = json.loads(profile.run("-m", "tests.integration.profile_content").strip().splitlines()[-1])
    profile.run("manage.py", "check_production")  # what deploy/systemd/pelita-web.service runs before starting

    for index, port in enumerate(WEB_PORTS, start=1):
        profile.start(f"web{index}", "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py",
                      GUNICORN_BIND=f"127.0.0.1:{port}", GUNICORN_WORKERS="1")
    profile.start("worker", "-m", "celery", "-A", "website", "worker", "--loglevel=INFO", "--concurrency=1",
                  "--without-gossip", "--without-mingle")
    profile.start("beat", "-m", "celery", "-A", "website", "beat", "--loglevel=INFO",
                  f"--schedule={profile.tmp / 'celerybeat-schedule'}")
    for index, port in enumerate(WEB_PORTS, start=1):
        wait_for(lambda name=f"web{index}", port=port: profile.alive(name) and listening(port), STARTUP_SECONDS,
                 f"web{index}")
    wait_for(lambda: profile.alive("worker") and " ready." in profile.log("worker"), STARTUP_SECONDS, "the worker")
    wait_for(lambda: profile.alive("beat") and "beat: Starting" in profile.log("beat"), STARTUP_SECONDS, "beat")
    up = time.monotonic()

    web1 = Browser(f"http://127.0.0.1:{WEB_PORTS[0]}", HOST)
    # Without the proxy's header the site insists on HTTPS: the header is what makes a request secure.
    plain = requests.get(f"{web1.base}/akun/masuk/", headers={"Host": HOST}, allow_redirects=False, timeout=30)
    assert plain.status_code == 301 and plain.headers["Location"] == f"https://{HOST}/akun/masuk/"

    page = web1.get("/akun/masuk/")
    login = web1.form(page, lambda form: "password" in form_fields(form))
    page = web1.submit(login, {"username": content["email"], "password": content["password"]})
    assert "sessionid" in web1.cookies and web1.secure_cookies >= {"sessionid", "csrftoken"}

    page = web1.submit(web1.form(web1.get(content["course"]), lambda form: form["action"].endswith("/ikuti/")))
    for module in content["modules"]:
        web1.submit(web1.form(web1.get(module), lambda form: form["action"].endswith("/selesai/")))
    page = web1.submit(web1.form(web1.get(content["quiz"]), lambda form: form["action"].endswith("/mulai/")))
    attempt_id = int(re.search(r"/percobaan/(\d+)/$", web1.url).group(1))
    [(snapshot,)] = sql("SELECT snapshot FROM assessments_attempt WHERE id = %s", attempt_id, database=DATABASE)
    page = web1.submit(web1.form(page, lambda form: 'name="go"' in form["html"]), {**answers(snapshot), "go": "review"})
    def is_submit(form):
        return form["action"].endswith("/kumpulkan/") or "Kumpulkan" in form["html"]

    page = web1.submit(web1.form(page, is_submit))
    [(percent, passed)] = sql("SELECT percent, passed FROM assessments_attempt WHERE id = %s", attempt_id,
                              database=DATABASE)
    assert passed and percent == 100, (percent, passed)

    # Issued by the worker: the web processes only put the task on Redis.
    certificate = wait_for(lambda: sql("SELECT id, code FROM certificates_certificate WHERE user_id = %s",
                                       content["user_id"], database=DATABASE), 60, "the certificate")
    [(certificate_id, code)] = certificate
    issued = wait_for(lambda: re.search(r"certificate_issue_task\[[0-9a-f-]+\] succeeded in [0-9.]+s: (\d+)",
                                        profile.log("worker")), 30, "the worker to log the issue")
    assert int(issued.group(1)) == certificate_id
    for web in ("web1", "web2"):
        assert "certificate_issue_task" not in profile.log(web)
    # ... and mailed by the worker, through the SMTP server.
    wait_for(lambda: "To: " + content["email"] in profile.log("smtp"), 60, "the certificate email")

    # Web process 2 knows the session (sessions live in the database and the shared cache) and serves the PDF.
    web2 = Browser(f"http://127.0.0.1:{WEB_PORTS[1]}", HOST, cookies=web1.cookies)
    pdf = web2.get(f"/sertifikat/{code}/pdf/", raw=True)
    assert pdf.headers["Content-Type"] == "application/pdf", (
        pdf.status_code, pdf.text[:3000], profile.log("web2")[-3000:])
    assert pdf.content.startswith(b"%PDF-")
    cached = s3.list_objects_v2(Bucket=BUCKET, Prefix=f"media/{RENDERED_PDF_FOLDER}/{code}/").get("Contents", [])
    assert len(cached) == 1
    assert s3.get_object(Bucket=BUCKET, Key=cached[0]["Key"])["Body"].read() == pdf.content
    if tools.present("qpdf"):
        (profile.tmp / "sertifikat.pdf").write_bytes(pdf.content)
        check = subprocess.run(["qpdf", "--check", str(profile.tmp / "sertifikat.pdf")], capture_output=True,
                               text=True, check=False)
        assert check.returncode == 0, check.stdout + check.stderr

    for browser in (web1, web2):
        health = browser.get("/healthz", raw=True)
        assert health.status_code == 200 and health.json()["status"] == "ok", health.text
    flow = time.monotonic()

    stopping = profile.stop("web1", "web2", "beat", "worker")
    assert {name: code for name, (code, _seconds) in stopping.items()} == {
        "web1": 0, "web2": 0, "beat": 0, "worker": 0}, stopping
    profile.stop("s3", "smtp")  # the stand-ins for object storage and mail: their exit codes are not Pelita's
    print(f"production profile: migrate {migrated - started:.0f}s, up in {up - started:.0f}s, flow {flow - up:.0f}s, "
          f"stopped in {time.monotonic() - flow:.0f}s {stopping}; certificate PDF {len(pdf.content)} bytes")
