"""Back up and restore a whole Pelita installation: the database, the media files and a manifest.

The archive is a tar file:

    manifest.json                 format, versions, migrations, counts, sha256 and size of every member
    database/pelita.dump          PostgreSQL: `pg_dump --format=custom` (one consistent snapshot)
    database/pelita.sqlite3       SQLite: the SQLite online backup API (one consistent snapshot)
    media/<path>                  every file in the media storage (local folder or S3), read after the database

The agencies' signing keys live in the database (encrypted with PELITA_KEY_ENCRYPTION_KEY); that key is NOT
in the archive and must be kept separately: without it a restored site can verify old certificates (public
keys) but cannot sign new ones.
"""
from __future__ import annotations

import datetime
import hashlib
import io
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from django.db import connection
from django.utils.translation import gettext as _

FORMAT = "pelita-backup/1"
SKIPPED_MEDIA = (".pelita-check/",)
CHUNK = 1024 * 1024


class BackupError(Exception):
    """Backing up or restoring cannot go on; the message says why, in words an operator can act on."""


@dataclass
class RestoreResult:
    database: str
    media_files: int
    manifest: dict = field(default_factory=dict)


# --- helpers --------------------------------------------------------------------------------------

def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _pg_args_env() -> tuple[list[str], dict]:
    db = connection.settings_dict
    args = []
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _run(command: list[str], env: dict) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(_("Program %(tool)s tidak ditemukan; pasang paket postgresql-client.")
                          % {"tool": command[0]})
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(_("%(tool)s gagal: %(error)s") % {"tool": command[0], "error": result.stderr.strip()[-2000:]})


def _media_names(storage, folder: str = "") -> list[str]:
    """Every file in the storage, walked through the Storage API (works for the local folder and S3)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return []
    names = [f"{folder}{name}" for name in files]
    for sub in folders:
        names += _media_names(storage, f"{folder}{sub}/")
    return sorted(n for n in names if not n.startswith(SKIPPED_MEDIA))


def _applied_migrations() -> dict[str, str]:
    from django.db.migrations.recorder import MigrationRecorder

    latest: dict[str, str] = {}
    for app, name in MigrationRecorder(connection).migration_qs.order_by("app", "name").values_list("app", "name"):
        latest[app] = name
    return latest


def _counts() -> dict[str, int]:
    from django.contrib.auth import get_user_model

    from assessments.models import Attempt
    from certificates.models import Certificate, SigningKey

    return {"users": get_user_model().objects.count(), "certificates": Certificate.objects.count(),
            "signing_keys": SigningKey.objects.count(), "quiz_attempts": Attempt.objects.count()}


# --- backup ---------------------------------------------------------------------------------------

def _dump_database(folder: Path) -> Path:
    if connection.vendor == "postgresql":
        target = folder / "pelita.dump"
        args, env = _pg_args_env()
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target), *args,
              connection.settings_dict["NAME"]], env)
        return target
    if connection.vendor == "sqlite":
        if connection.in_atomic_block:  # SQLite would wait forever for our own open write transaction
            raise BackupError(_("Cadangan SQLite tidak dapat dibuat di dalam transaksi yang sedang terbuka."))
        target = folder / "pelita.sqlite3"
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
        return target
    raise BackupError(_("Basis data %(vendor)s tidak didukung.") % {"vendor": connection.vendor})


def backup_create(*, destination: str | Path, storage=None) -> Path:
    """Write one archive to *destination* (a file name, or a folder for a dated name); return its path."""
    from django.core.files.storage import default_storage

    storage = storage or default_storage
    destination = Path(destination)
    if destination.is_dir():
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
        destination = destination / f"pelita-backup-{stamp}.tar"
    if destination.exists():
        raise BackupError(_("%(path)s sudah ada; pilih nama lain.") % {"path": destination})
    if not destination.parent.is_dir():
        raise BackupError(_("Folder %(path)s tidak ada.") % {"path": destination.parent})

    with tempfile.TemporaryDirectory(prefix="pelita-backup-") as scratch:
        dump = _dump_database(Path(scratch))  # first: the media read afterwards hold every file it names
        files = {f"database/{dump.name}": {"sha256": _sha256_file(dump), "size": dump.stat().st_size}}
        partial = destination.with_name(destination.name + ".partial")
        mode = "w:gz" if destination.name.endswith((".tar.gz", ".tgz")) else "w"
        try:
            with tarfile.open(partial, mode) as archive:
                archive.add(dump, arcname=f"database/{dump.name}")
                for name in _media_names(storage):
                    digest, size = hashlib.sha256(), 0
                    spooled = tempfile.SpooledTemporaryFile(max_size=8 * CHUNK)
                    with storage.open(name, "rb") as handle:
                        for chunk in iter(lambda: handle.read(CHUNK), b""):
                            digest.update(chunk)
                            size += len(chunk)
                            spooled.write(chunk)
                    spooled.seek(0)
                    info = tarfile.TarInfo(f"media/{name}")
                    info.size = size
                    info.mtime = int(datetime.datetime.now().timestamp())
                    archive.addfile(info, spooled)
                    spooled.close()
                    files[f"media/{name}"] = {"sha256": digest.hexdigest(), "size": size}
                manifest = {
                    "format": FORMAT,
                    "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                    "versions": {"pelita": _version("pelita"), "django": _version("django"),
                                 "wagtail": _version("wagtail"), "python": platform.python_version(),
                                 "database": f"{connection.vendor} {_server_version()}"},
                    "database": {"vendor": connection.vendor, "file": f"database/{dump.name}"},
                    "migrations": _applied_migrations(),
                    "counts": _counts(),
                    "files": files,
                    "secrets": "signing keys are inside the database, encrypted with PELITA_KEY_ENCRYPTION_KEY, "
                               "which is not in this archive",
                }
                data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo("manifest.json")
                info.size = len(data)
                info.mtime = int(datetime.datetime.now().timestamp())
                archive.addfile(info, io.BytesIO(data))
            os.replace(partial, destination)
        finally:
            if partial.exists():
                partial.unlink()
    return destination


def _server_version() -> str:
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        return sqlite3.sqlite_version
    if connection.vendor == "postgresql":
        return str(connection.pg_version)
    return ""


# --- restore --------------------------------------------------------------------------------------

def backup_read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        member = archive.getmember("manifest.json")
    except KeyError:
        raise BackupError(_("Ini bukan arsip cadangan Pelita (manifest.json tidak ada).")) from None
    manifest = json.loads(archive.extractfile(member).read())
    if manifest.get("format") != FORMAT:
        raise BackupError(_("Format arsip %(format)s tidak dikenal.") % {"format": manifest.get("format")})
    return manifest


def database_is_empty() -> bool:
    return not connection.introspection.table_names()


def storage_is_empty(storage) -> bool:
    return not _media_names(storage)


def _restore_database(dump: Path, vendor: str, *, force: bool) -> None:
    if vendor == "postgresql":
        args, env = _pg_args_env()
        clean = ["--clean", "--if-exists"] if force else []
        _run(["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", *clean,
              *args, "--dbname", connection.settings_dict["NAME"], str(dump)], env)
    else:
        connection.ensure_connection()
        source = sqlite3.connect(dump)
        try:
            source.backup(connection.connection)  # replaces the whole database, tables and all
        finally:
            source.close()


def backup_restore(*, archive_path: str | Path, force: bool = False, storage=None) -> RestoreResult:
    """Restore an archive made by `backup_create` into an empty database and media storage.

    Refuses a database or storage that already holds data unless *force* (then the database is replaced and
    same-named media files are overwritten). Every member is checked against the manifest's checksum first, so
    a damaged archive changes nothing.
    """
    from django.core.cache import cache
    from django.core.files import File
    from django.core.files.storage import default_storage

    storage = storage or default_storage
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(_("Arsip %(path)s tidak ditemukan.") % {"path": archive_path})
    with tarfile.open(archive_path, "r:*") as archive:
        manifest = backup_read_manifest(archive)
        vendor = manifest["database"]["vendor"]
        if vendor != connection.vendor:
            raise BackupError(_("Arsip ini berisi basis data %(archived)s, tetapi DATABASE_URL menunjuk "
                                "%(current)s.") % {"archived": vendor, "current": connection.vendor})
        if not force and not database_is_empty():
            raise BackupError(_("Basis data tujuan tidak kosong. Pulihkan ke basis data baru yang kosong, atau "
                                "tambahkan --force untuk menimpanya."))
        if not force and not storage_is_empty(storage):
            raise BackupError(_("Penyimpanan media tujuan tidak kosong. Gunakan penyimpanan kosong, atau "
                                "tambahkan --force untuk menimpa berkas yang bernama sama."))

        with tempfile.TemporaryDirectory(prefix="pelita-restore-") as scratch:
            extracted: dict[str, Path] = {}
            members = {m.name: m for m in archive.getmembers() if m.isfile()}
            for name, expected in manifest["files"].items():
                member = members.get(name)
                if member is None:
                    raise BackupError(_("Arsip tidak lengkap: %(name)s hilang.") % {"name": name})
                target = Path(scratch) / f"{len(extracted)}.bin"
                digest = hashlib.sha256()
                with archive.extractfile(member) as source, open(target, "wb") as handle:
                    for chunk in iter(lambda: source.read(CHUNK), b""):
                        digest.update(chunk)
                        handle.write(chunk)
                if digest.hexdigest() != expected["sha256"]:
                    raise BackupError(_("Arsip rusak: checksum %(name)s tidak cocok.") % {"name": name})
                extracted[name] = target

            _restore_database(extracted[manifest["database"]["file"]], vendor, force=force)

            restored = 0
            for name, path in extracted.items():
                if not name.startswith("media/"):
                    continue
                media_name = name.removeprefix("media/")
                if storage.exists(media_name):
                    storage.delete(media_name)
                with open(path, "rb") as handle:
                    saved = storage.save(media_name, File(handle, name=media_name))
                if saved != media_name:
                    raise BackupError(_("Berkas %(name)s tersimpan sebagai %(saved)s.")
                                      % {"name": media_name, "saved": saved})
                restored += 1

    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    cache.clear()  # cached pages, site roots and counts describe the database that was replaced
    return RestoreResult(database=vendor, media_files=restored, manifest=manifest)
