"""Encryption at rest of agencies' private signing keys, with a key-encryption key (KEK) from the environment.

The database only ever holds Fernet tokens (AES-128-CBC + HMAC-SHA256): a dump, a backup or a
personal-data export without the KEK cannot sign anything. Production settings refuse to start without
``PELITA_KEY_ENCRYPTION_KEY``; the embedded default (SQLite on a laptop) generates a KEK once and keeps it
in ``PELITA_KEY_ENCRYPTION_KEY_FILE`` (mode 0600), with a logged warning.
"""
from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)


class KeyDecryptionError(Exception):
    """A stored signing key that the configured KEK cannot open (wrong or changed PELITA_KEY_ENCRYPTION_KEY)."""


def _kek_from_file(path: Path) -> str:
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key().decode("ascii")
    # O_EXCL: two processes starting together must not each write their own key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")
    logger.warning(
        "PELITA_KEY_ENCRYPTION_KEY is not set: generated a key-encryption key for the signing keys in %s. "
        "Fine on a single laptop; on a server set PELITA_KEY_ENCRYPTION_KEY and keep it out of backups of the "
        "database.", path)
    return key


@functools.lru_cache(maxsize=4)
def _fernet(configured: str, key_file: str | None) -> MultiFernet:
    text = configured.strip()
    if not text:
        if not key_file:
            raise ImproperlyConfigured("PELITA_KEY_ENCRYPTION_KEY is not set.")
        path = Path(key_file)
        text = _kek_from_file(path)
        if path.stat().st_mode & 0o077:
            logger.warning("%s can be read by other users: chmod 600 it.", path)
    try:
        return MultiFernet([Fernet(part.strip()) for part in text.split(",") if part.strip()])
    except ValueError:
        raise ImproperlyConfigured(
            "PELITA_KEY_ENCRYPTION_KEY must be Fernet keys (32 url-safe base64-encoded bytes), comma-separated."
        ) from None


def kek() -> MultiFernet:
    return _fernet(settings.PELITA_KEY_ENCRYPTION_KEY, getattr(settings, "PELITA_KEY_ENCRYPTION_KEY_FILE", None))


def seal(private_raw: bytes) -> bytes:
    """Encrypt a raw private key for storage."""
    return kek().encrypt(bytes(private_raw))


def unseal(stored: bytes) -> bytes:
    """The raw private key from its stored form."""
    try:
        return kek().decrypt(bytes(stored))
    except InvalidToken:
        raise KeyDecryptionError(
            "Kunci tanda tangan tidak dapat dibuka: PELITA_KEY_ENCRYPTION_KEY salah atau berubah.") from None


def reseal(stored: bytes) -> bytes:
    """Re-encrypt under the first configured KEK (after a new KEK is put first in the list)."""
    return kek().rotate(bytes(stored))
