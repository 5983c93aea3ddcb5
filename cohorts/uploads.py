"""Keeping an uploaded participant list between the preview and the confirmation.

The bytes go to the default storage (shared by every web process); the page carries only a signed token
naming them, so the confirmation re-parses exactly what was previewed and a client cannot substitute rows.
"""
import hashlib
import secrets
import time

from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

FOLDER = "cohorts-imports"
SALT = "cohorts.participants-import"
MAX_AGE = 6 * 3600  # seconds a preview stays confirmable


class UploadExpired(Exception):
    pass


def upload_stash(*, data: bytes, filename: str, event_id: int, user_id: int) -> str:
    _remove_stale()
    name = default_storage.save(f"{FOLDER}/{secrets.token_hex(16)}.upload", ContentFile(data))
    return signing.dumps({"n": name, "f": filename[:200], "e": event_id, "u": user_id,
                          "h": hashlib.sha256(data).hexdigest()}, salt=SALT)


def upload_load(*, token: str, event_id: int, user_id: int) -> tuple[bytes, str, str]:
    """(data, filename, stored name) for a token issued to this user for this event."""
    _remove_stale()
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature as exc:
        raise UploadExpired from exc
    if payload.get("e") != event_id or payload.get("u") != user_id:
        raise UploadExpired
    try:
        with default_storage.open(payload["n"], "rb") as handle:
            data = handle.read()
    except (FileNotFoundError, OSError) as exc:
        raise UploadExpired from exc
    if hashlib.sha256(data).hexdigest() != payload["h"]:
        raise UploadExpired
    return data, payload["f"], payload["n"]


def upload_read(name: str) -> bytes:
    """The stashed bytes by their storage name (a background import reads what the preview checked)."""
    with default_storage.open(name, "rb") as handle:
        return handle.read()


def upload_discard(name: str) -> None:
    try:
        default_storage.delete(name)
    except OSError:
        pass


def upload_discard_all() -> int:
    """Remove every stashed upload, waiting or not (a person's data is being erased). Returns how many."""
    return _remove_stale(max_age=-1)


def uploads_remove_stale() -> int:
    """Remove stashed uploads whose preview can no longer be confirmed (run on each upload and hourly)."""
    return _remove_stale(max_age=MAX_AGE)


def _remove_stale(*, max_age: int = MAX_AGE) -> int:
    try:
        _dirs, files = default_storage.listdir(FOLDER)
    except (FileNotFoundError, NotImplementedError, OSError):
        return 0
    cutoff = time.time() - max_age
    removed = 0
    for filename in files:
        name = f"{FOLDER}/{filename}"
        try:
            if max_age < 0 or default_storage.get_modified_time(name).timestamp() < cutoff:
                default_storage.delete(name)
                removed += 1
        except (FileNotFoundError, NotImplementedError, OSError):
            continue
    return removed
