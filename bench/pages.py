"""Benchmark: the hot pages over HTTP (gunicorn, production settings, PostgreSQL) beside a bare Django view.

Starts two gunicorns (2 sync workers each, loopback only): Pelita with `website.settings.production` on a
database of its own holding the demo, and `bench/bare_app.py`, one view with no middleware. wrk (Debian's
`wrk`) loads each page in turn with 16 connections; a trainee (the demo account) signs in over HTTP first. For
every page it prints req/s, p50, p99, the ratio to the bare view's req/s and the SQL queries the page costs
(counted in-process with CaptureQueriesContext, warm: the second request). Absolute figures on a shared
2-core machine vary by 2x between runs; compare the ratios within one run.

Run from the project root (PostgreSQL on 127.0.0.1, `apt-get install wrk`):

    .venv/bin/python bench/pages.py                # about 1 minute; the first run also migrates and loads the demo
    .venv/bin/python bench/pages.py --seconds 8    # longer runs, steadier figures
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/other .venv/bin/python bench/pages.py

The database (default `bench_pages`) is created when missing and never dropped; `--fresh` drops and rebuilds it.
"""
from __future__ import annotations

import argparse
import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
DEMO_LOGIN = ("peserta@pelita.test", "pelita-demo-2024")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url: str) -> dict[str, str]:
    from cryptography.fernet import Fernet

    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "CACHE_URL"))}
    env.update({
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "DATABASE_URL": database_url,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "PELITA_KEY_ENCRYPTION_KEY": Fernet.generate_key().decode(),
        "DJANGO_SECURE_SSL_REDIRECT": "false",  # loopback HTTP; TLS is the proxy's job
        "DJANGO_SECURE_HSTS_SECONDS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
        "CELERY_BROKER_URL": "",
        "PELITA_DATA_DIR": tempfile.mkdtemp(prefix="bench-pages-data-"),  # the file cache starts empty
    })
    return env


def ensure_database(database_url: str, env: dict[str, str], fresh: bool) -> None:
    url = urllib.parse.urlsplit(database_url)
    name = url.path.lstrip("/")
    if name in ("test", "postgres", "pelita"):
        sys.exit(f"Refusing to benchmark on the shared database {name!r}: give BENCH_DATABASE_URL its own name.")
    psql = ["psql", "-h", url.hostname or "127.0.0.1", "-p", str(url.port or 5432), "-U", url.username or "postgres",
            "-d", "postgres", "-tAc"]
    if fresh:
        subprocess.run(psql + [f'DROP DATABASE IF EXISTS "{name}"'], check=True, capture_output=True)
    exists = subprocess.run(psql + [f"SELECT 1 FROM pg_database WHERE datname = '{name}'"], check=True,
                            capture_output=True, text=True).stdout.strip()
    manage = [PYTHON, "manage.py"]
    if not exists:
        subprocess.run(psql + [f'CREATE DATABASE "{name}"'], check=True, capture_output=True)
        print(f"Database {name} created: migrating and loading the demo (once)...", flush=True)
        subprocess.run(manage + ["migrate", "-v0"], cwd=ROOT, env=env, check=True)
        subprocess.run(manage + ["load_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    else:
        subprocess.run(manage + ["migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run(manage + ["collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)


def start_gunicorn(app: str, port: int, env: dict[str, str], log, workers: int = 2) -> subprocess.Popen:
    return subprocess.Popen(
        [GUNICORN, app, "--workers", str(workers), "--worker-class", "sync", "--bind", f"127.0.0.1:{port}",
         "--worker-tmp-dir", "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir(),
         "--graceful-timeout", "2"],
        cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)


def wait_ready(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            request(port, "GET", "/")
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn on port {port} did not answer in time")


def request(port: int, method: str, path: str, *, cookies: dict[str, str] | None = None, body: str | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": "127.0.0.1"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in cookies.items())
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    content = response.read()
    conn.close()
    set_cookies = {}
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            set_cookies[key] = rest.split(";", 1)[0]
    return response.status, response.getheader("Location"), set_cookies, content.decode("utf-8", "replace")


def fetch_compressed(port: int, path: str, cookies: dict[str, str] | None = None) -> tuple[dict, bytes, bytes]:
    """What a phone's browser receives: (headers, bytes on the wire, decompressed body)."""
    import gzip

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": "127.0.0.1", "Accept-Encoding": "gzip"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in cookies.items())
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    wire = response.read()
    conn.close()
    got = {key.lower(): value for key, value in response.getheaders()}
    body = gzip.decompress(wire) if got.get("content-encoding") == "gzip" else wire
    return got, wire, body


def page_weight(port: int, path: str, cookies: dict[str, str]) -> list[str]:
    """First visit: the page and every static file it pulls in (CSS url()s too); second visit: what is not kept
    by the browser for a year (the page itself, plus any asset without a far-future Cache-Control)."""
    headers, wire, body = fetch_compressed(port, path, cookies)
    html = body.decode("utf-8", "replace")
    assets, queue = {}, re.findall(r'(?:src|href)="(/static/[^"]+)"', html)
    while queue:
        url = urllib.parse.urljoin(path, queue.pop())
        if url in assets:
            continue
        asset_headers, asset_wire, asset_body = fetch_compressed(port, url)
        assets[url] = (asset_headers, len(asset_wire))
        if url.endswith(".css"):
            queue += [urllib.parse.urljoin(url, ref.strip("'\""))
                      for ref in re.findall(r"url\(([^)]+)\)", asset_body.decode("utf-8", "replace"))
                      if not ref.startswith(("data:", "'data:", '"data:'))]
    first = len(wire) + sum(size for _, size in assets.values())
    def kept(h):
        return "immutable" in h.get("cache-control", "") or re.search(r"max-age=(\d{8,})", h.get("cache-control", ""))
    second = len(wire) + sum(size for h, size in assets.values() if not kept(h))
    lines = [f"module page (trainee), first visit: {first / 1024:.1f} KiB compressed "
             f"(page {len(wire) / 1024:.1f} KiB {headers.get('content-encoding', 'identity')}, "
             f"{len(assets)} static files); "
             f"second visit: {second / 1024:.1f} KiB"]
    for url, (h, size) in sorted(assets.items()):
        lines.append(f"  {url}: {size / 1024:.1f} KiB, {h.get('content-encoding', 'identity')}, "
                     f"Cache-Control: {h.get('cache-control', '-')}")
    return lines


def sign_in(port: int) -> dict[str, str]:
    status, _, cookies, html = request(port, "GET", "/akun/masuk/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    body = urllib.parse.urlencode({"username": DEMO_LOGIN[0], "password": DEMO_LOGIN[1],
                                   "csrfmiddlewaretoken": token})
    status, location, new, _ = request(port, "POST", "/akun/masuk/", cookies=cookies, body=body)
    cookies.update(new)
    if status != 302 or "sessionid" not in cookies:
        raise RuntimeError(f"signing in the demo trainee failed (HTTP {status})")
    return cookies


def hot_pages() -> list[tuple[str, str, bool]]:
    """(label, path, signed in) for each hot page, found in the demo data: the trainee's first course."""
    from accounts.models import User
    from assessments.models import QuizPage
    from courses.models import CourseIndexPage, Enrollment, ModulePage

    trainee = User.objects.get(email=DEMO_LOGIN[0])
    course = Enrollment.objects.filter(user=trainee).order_by("enrolled_at").first().course
    module = ModulePage.objects.live().child_of(course).first()
    quiz = QuizPage.objects.live().child_of(course).first()
    return [
        ("home (anonymous)", "/", False),
        ("catalogue (anonymous)", CourseIndexPage.objects.live().first().url, False),
        ("course page (anonymous)", course.url, False),
        ("module page (anonymous)", module.url, False),
        ("course page (trainee)", course.url, True),
        ("module page (trainee)", module.url, True),
        ("quiz intro (trainee)", quiz.url, True),
        ("my learning (trainee)", "/belajar/", True),
    ]


def count_queries(path: str, cookies: dict[str, str] | None) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for key, value in (cookies or {}).items():
        client.cookies[key] = value
    client.get(path)  # warm: Wagtail's site lookup, the page cache, template loaders
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(queries)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(port: int, path: str, seconds: int, connections: int, cookies: dict[str, str] | None) -> dict:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if cookies:
        command += ["-H", "Cookie: " + "; ".join(f"{key}={value}" for key, value in cookies.items())]
    output = subprocess.run(command + [f"http://127.0.0.1:{port}{path}"], check=True, capture_output=True,
                            text=True).stdout

    def latency(percent: str) -> float:
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return float(value) * UNITS[unit]

    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), "p50": latency("50"),
            "p99": latency("99"), "errors": errors, "socket_errors": socket_errors.group(1) if socket_errors else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="wrk duration per page (default 5)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--fresh", action="store_true", help="drop and rebuild the benchmark database")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    started = time.monotonic()
    database_url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_pages")
    env = production_env(database_url)
    ensure_database(database_url, env, args.fresh)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()

    app_port, bare_port = free_port(), free_port()
    bare_env = {key: value for key, value in env.items() if key != "DJANGO_SETTINGS_MODULE"}
    log = tempfile.NamedTemporaryFile("w+", prefix="bench-pages-", suffix=".log", delete=False)
    servers = [start_gunicorn("website.wsgi:application", app_port, env, log),
               start_gunicorn("bench.bare_app:application", bare_port, bare_env, log)]
    try:
        wait_ready(app_port, time.monotonic() + 30)
        wait_ready(bare_port, time.monotonic() + 30)
        cookies = sign_in(app_port)
        pages = hot_pages()
        for _, path, signed_in in pages:  # every page answers 200 before it is timed
            status, *_ = request(app_port, "GET", path, cookies=cookies if signed_in else None)
            if status != 200:
                raise RuntimeError(f"{path} answered HTTP {status}")

        print(f"gunicorn 2 sync workers, production settings, {urllib.parse.urlsplit(database_url).path[1:]} on "
              f"PostgreSQL; wrk 1 thread, {args.connections} connections, {args.seconds} s per page\n", flush=True)
        wrk(bare_port, "/", 1, args.connections, None)  # warm-up
        bare = wrk(bare_port, "/", args.seconds, args.connections, None)
        header = f"| {'page':<26} | {'req/s':>7} | {'p50 ms':>7} | {'p99 ms':>7} | {'ratio':>6} | {'queries':>7} |"
        print(header)
        print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
        print(f"| {'bare Django view':<26} | {bare['rps']:>7.0f} | {bare['p50']:>7.1f} | {bare['p99']:>7.1f} | "
              f"{1:>6.3f} | {0:>7} |", flush=True)
        for label, path, signed_in in pages:
            page_cookies = cookies if signed_in else None
            queries = count_queries(path, page_cookies)
            wrk(app_port, path, 1, args.connections, page_cookies)  # warm-up
            result = wrk(app_port, path, args.seconds, args.connections, page_cookies)
            note = ""
            if result["errors"] or result["socket_errors"]:
                note = f"  (non-2xx: {result['errors']}; socket errors: {result['socket_errors'] or 0})"
            print(f"| {label:<26} | {result['rps']:>7.0f} | {result['p50']:>7.1f} | {result['p99']:>7.1f} | "
                  f"{result['rps'] / bare['rps']:>6.3f} | {queries:>7} |{note}", flush=True)
        print()
        for line in page_weight(app_port, pages[5][1], cookies):
            print(line)
    finally:
        for server in servers:
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGTERM)
        for server in servers:
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        log.close()
        shutil.rmtree(env["PELITA_DATA_DIR"], ignore_errors=True)
    print(f"\nwhole run {time.monotonic() - started:.0f} s; gunicorn log: {log.name}")


if __name__ == "__main__":
    main()
