"""Can this process reach what it needs? One answer used by `/healthz` and by `manage.py check_production`.

Each probe returns a `Probe` (ok + a short technical reason). Reasons name the component and the error class,
never a URL with a password, a file name from media or anything about a person.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings


@dataclass(frozen=True)
class Probe:
    ok: bool
    detail: str = "ok"


def _failed(exc: Exception) -> Probe:
    return Probe(False, exc.__class__.__name__)


def database_probe() -> Probe:
    from django.db import connections

    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return _failed(exc)
    return Probe(True)


def migrations_probe() -> Probe:
    """Every migration applied: a web process on an old schema fails on the first request that needs a column."""
    from django.db import connections
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connections["default"])
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception as exc:  # noqa: BLE001
        return _failed(exc)
    if pending:
        return Probe(False, f"{len(pending)} migration(s) not applied")
    return Probe(True)


def cache_probe() -> Probe:
    from django.core.cache import cache

    key = "pelita:healthz"
    token = secrets.token_hex(4)
    try:
        cache.set(key, token, 30)
        if cache.get(key) != token:
            return Probe(False, "value not read back")
    except Exception as exc:  # noqa: BLE001
        return _failed(exc)
    return Probe(True)


def broker_configured() -> bool:
    return bool(getattr(settings, "CELERY_BROKER_URL", ""))


def broker_probe(timeout: float = 2.0) -> Probe:
    """Open (and close) one connection to the Celery broker, giving up after *timeout* seconds."""
    if not broker_configured():
        return Probe(False, "CELERY_BROKER_URL not set")
    from kombu import Connection

    try:
        with Connection(settings.CELERY_BROKER_URL, connect_timeout=timeout,
                        transport_options={"socket_timeout": timeout}) as connection:
            connection.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=timeout)
    except Exception as exc:  # noqa: BLE001
        return _failed(exc)
    return Probe(True)


def storage_probe(*, write: bool = False) -> Probe:
    """Reach the media storage; with *write*, also save, read back and delete a small file (slower)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import FileSystemStorage, default_storage

    try:
        if not write:
            if isinstance(default_storage, FileSystemStorage):  # local folder: exists (or can be made), writable
                folder = Path(default_storage.location)
                while not folder.exists() and folder.parent != folder:
                    folder = folder.parent
                if not folder.is_dir() or not os.access(folder, os.W_OK):
                    return Probe(False, "media folder not writable")
            else:  # object storage: one cheap request
                default_storage.exists(".pelita-healthz")
            return Probe(True)
        content = secrets.token_bytes(16)
        name = default_storage.save(f".pelita-check/{secrets.token_hex(8)}.bin", ContentFile(content))
        try:
            with default_storage.open(name, "rb") as handle:
                if handle.read() != content:
                    return Probe(False, "file not read back")
        finally:
            default_storage.delete(name)
    except Exception as exc:  # noqa: BLE001
        return _failed(exc)
    return Probe(True)


def health_report() -> tuple[bool, dict[str, str]]:
    """What a load balancer asks: database, cache, broker (when configured) and storage, each "ok" or why not."""
    probes = {"database": database_probe(), "cache": cache_probe()}
    if broker_configured():
        probes["broker"] = broker_probe(timeout=1.0)
    probes["storage"] = storage_probe()
    return all(p.ok for p in probes.values()), {name: p.detail for name, p in probes.items()}


class HealthCheckMiddleware:
    """Answer GET /healthz before anything else runs.

    First in MIDDLEWARE so the probe skips the HTTPS redirect and the host check (a load balancer calls it by IP
    over plain HTTP), sessions, cookies, language and authentication: it sets no cookie and reads no user.
    """

    path = "/healthz"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") != self.path:
            return self.get_response(request)
        from django.http import HttpResponseNotAllowed, JsonResponse

        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        healthy, checks = health_report()
        response = JsonResponse({"status": "ok" if healthy else "fail", "checks": checks},
                                status=200 if healthy else 503)
        response["Cache-Control"] = "no-store"
        return response
