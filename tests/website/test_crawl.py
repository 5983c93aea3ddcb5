"""Every screen a role reaches in two clicks from its start pages answers without a server error.

Each demo role signs in, opens its start pages (the site's menus and, for staff roles, the Wagtail admin
with its menu), follows every same-site link, then every link on those pages. URLs that differ only in
numbers, slugs or query values are opened a few times per shape, so a few modules, events or quizzes stand
for their kind.
"""
import html
import json
import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

import pytest

pytestmark = pytest.mark.django_db

PASSWORD = "pelita-demo-2024"
ROLES = {
    "trainee": ("peserta@pelita.test", ["/", "/belajar/", "/kursus/"]),
    "trainer": ("fasilitator@pelita.test", ["/", "/belajar/", "/pelatihan/", "/admin/"]),
    "staff": ("petugas@pelita.test", ["/", "/laporan/", "/pelatihan/", "/admin/"]),
    "admin": ("admin@pelita.test", ["/", "/laporan/", "/pelatihan/", "/admin/"]),
}
MAX_URLS_PER_ROLE = 400
# How many URLs of one shape are opened: the site's course, module and quiz pages share shapes, so more.
PER_SHAPE_ADMIN, PER_SHAPE_SITE = 3, 10
# Signing out ends the crawl, the quick exit leaves the site, files are not screens; no GET here changes state.
SKIP = re.compile(r"/(keluar|logout|quick-exit|keluar-cepat)/|^/(static|media)/|/jsi18n/")
HREF = re.compile(r"""\bhref\s*=\s*["']([^"'#][^"']*)["']""", re.I)
# The Wagtail sidebar menu is built by JavaScript from JSON props; its links live there, not in <a href>.
JSON_URL = re.compile(r'"url"\s*:\s*"(/[^"]*)"')
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")


def links(page_html: str) -> list[str]:
    found = [html.unescape(h) for h in HREF.findall(page_html)]
    for script in re.findall(r"<script[^>]*application/json[^>]*>(.*?)</script>", page_html, re.S):
        found += [json.loads(f'"{u}"') for u in JSON_URL.findall(html.unescape(script))]
    return found


def same_site(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc != "testserver"):
        return None
    if not parts.path.startswith("/") or SKIP.search(parts.path):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def shape(url: str) -> str:
    """The URL with numbers, slugs and query values replaced: a few URLs per shape are opened."""
    parts = urlsplit(url)
    segments = ["<n>" if s.isdigit() else "<slug>" if SLUG.match(s) and not s.startswith("admin") else s
                for s in parts.path.split("/")]
    # Course and module slugs sit at the second and third level of the catalogue.
    if len(segments) > 2 and segments[1] == "kursus":
        segments = segments[:2] + ["<slug>" if s and not s.isdigit() else s for s in segments[2:]]
    keys = sorted({k for k, _v in parse_qsl(parts.query, keep_blank_values=True)})
    return "/".join(segments) + ("?" + "&".join(keys) if keys else "")


def crawl(client, starts: list[str]) -> tuple[list[str], int]:
    seen, per_shape, failures, opened = set(), Counter(), [], 0
    level = [(url, "start") for url in starts]
    for depth in range(3):  # the start pages, one click, two clicks
        next_level = []
        for url, source in level:
            limit = PER_SHAPE_ADMIN if url.startswith("/admin/") else PER_SHAPE_SITE
            if url in seen or per_shape[shape(url)] >= limit or opened >= MAX_URLS_PER_ROLE:
                continue
            seen.add(url)
            per_shape[shape(url)] += 1
            opened += 1
            response = client.get(url)
            if response.status_code >= 500:
                failures.append(f"{response.status_code} {url} (linked from {source})")
                continue
            if depth < 2 and "html" in response.get("Content-Type", ""):
                text = response.content.decode(errors="replace")
                next_level += [(u, url) for u in map(same_site, links(text)) if u and u not in seen]
        level = next_level
    return failures, opened


@pytest.mark.parametrize("role", ROLES)
def test_every_screen_two_clicks_deep_opens(demo_site, client, role):
    email, starts = ROLES[role]
    assert client.login(username=email, password=PASSWORD)
    client.raise_request_exception = False
    failures, opened = crawl(client, starts)
    print(f"{role}: {opened} screens opened")
    assert opened > 20, f"{role} reached only {opened} screens"
    assert not failures, f"{role}: {len(failures)} of {opened} screens failed:\n" + "\n".join(failures)
