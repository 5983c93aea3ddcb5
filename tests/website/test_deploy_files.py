"""deploy/ documents every environment variable the settings read, and its units run what exists."""
import re
from pathlib import Path

from django.conf import settings

DEPLOY = Path(settings.BASE_DIR) / "deploy"
READ = re.compile(r"""env(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]+)["']""")


def variables_read_by_settings() -> set[str]:
    found = set()
    for path in (Path(settings.BASE_DIR) / "website" / "settings").glob("*.py"):
        found |= set(READ.findall(path.read_text()))
    return found


def test_every_setting_variable_is_documented_in_the_env_example():
    documented = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", (DEPLOY / "pelita.env.example").read_text(), re.M))
    assert variables_read_by_settings() - documented == set()
    assert {"DJANGO_SECRET_KEY", "DATABASE_URL", "CELERY_BROKER_URL", "PELITA_KEY_ENCRYPTION_KEY"} <= documented


def test_env_example_says_default_and_requirement_for_each_variable():
    lines = (DEPLOY / "pelita.env.example").read_text().splitlines()
    for index, line in enumerate(lines):
        if re.match(r"^[A-Z][A-Z0-9_]+=", line):
            comment = []
            for previous in reversed(lines[:index]):
                if not previous.startswith("#") or previous.startswith("# ---"):
                    break
                comment.append(previous)
            text = " ".join(comment)
            assert text, f"{line.split('=')[0]} has no explanation"
            assert "default" in text or "REQUIRED" in text, f"{line.split('=')[0]}: default or REQUIRED missing"


def test_units_start_what_the_project_has():
    web = (DEPLOY / "systemd" / "pelita-web.service").read_text()
    assert "manage.py check_production" in web and "gunicorn --config deploy/gunicorn.conf.py" in web
    assert "celery -A website worker" in (DEPLOY / "systemd" / "pelita-worker.service").read_text()
    assert "celery -A website beat" in (DEPLOY / "systemd" / "pelita-beat.service").read_text()
    for unit in (DEPLOY / "systemd").glob("*.service"):
        assert "EnvironmentFile=/etc/pelita/pelita.env" in unit.read_text()
    nginx = (DEPLOY / "nginx" / "pelita.conf").read_text()
    for needed in ("ssl_certificate", "client_max_body_size", "X-Forwarded-Proto", "location /static/",
                   "location /media/", "X-Request-ID"):
        assert needed in nginx


def test_gunicorn_config_loads():
    namespace: dict = {}
    exec((DEPLOY / "gunicorn.conf.py").read_text(), namespace)
    assert namespace["wsgi_app"] == "website.wsgi:application" and namespace["workers"] >= 1
