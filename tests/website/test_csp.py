"""Content-Security-Policy: every response carries one; front-end pages allow no inline script at all, and no
template of the site holds an inline script or event handler (data for scripts travels in json_script)."""
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

ROOT = Path(settings.BASE_DIR)
APPS = ["accounts", "assessments", "certificates", "cohorts", "courses", "reports", "website"]
TEMPLATE_DIRS = [ROOT / "templates"] + [ROOT / app / "templates" for app in APPS]
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.I)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)


def directives(header: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part}


def template_files():
    for folder in TEMPLATE_DIRS:
        yield from sorted(folder.rglob("*.html"))


@pytest.mark.parametrize("path", [t for t in template_files()], ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_hold_no_inline_script_or_handler(path):
    text = path.read_text(encoding="utf-8")
    for attributes in SCRIPT_TAG.findall(text):
        assert "src=" in attributes or 'type="application/json"' in attributes, (path, attributes)
    assert not EVENT_HANDLER.search(text), path
    assert "javascript:" not in text.lower(), path


FRONT_END = ["/", "/kursus/", reverse("accounts:login"), reverse("accounts:register"),
             reverse("certificates:lookup"), reverse("certificates:verify", args=["TIDAKADA"]), "/tidak-ada/"]


@pytest.mark.parametrize("url", FRONT_END)
def test_front_end_pages_forbid_inline_script(client, db, url):
    response = client.get(url)
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"], policy
    assert policy["object-src"] == ["'none'"] and policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_signed_in_pages_and_downloads_carry_the_policy(client, trainee):
    client.force_login(trainee)
    for url in (reverse("courses:my_learning"), reverse("accounts:profile")):
        policy = directives(client.get(url)["Content-Security-Policy"])
        assert "'unsafe-inline'" not in policy["script-src"], url


def test_admin_gets_its_own_allowance_only_there(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"] and policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
