"""Verify a certificate: a QR payload (or the link from the QR), or a Pelita certificate PDF.

A good signature only proves the agency issued these data; whether the certificate still holds
(not revoked, not replaced, not expired) is read from the database. Without a database the command
says plainly that only the signature was checked.

Exit status: 0 valid, 1 bad signature or unreadable input, 2 revoked / replaced / expired / unknown,
3 signature good but revocation status not checked (no database).
"""
import json
import re
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils import timezone

from certificates import services, signing
from core.dates import format_long_date

TOKEN = re.compile(rb"PLT1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
NOT_VALID, NOT_CHECKED = 2, 3


def token_from_argument(value: str) -> str:
    path = Path(value)
    if len(value) < 4096 and path.suffix.lower() == ".pdf":
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"tidak dapat membaca {value}: {exc.strerror}") from None
        found = TOKEN.search(data)
        if not found:
            raise CommandError("PDF ini tidak memuat data sertifikat Pelita yang bertanda tangan.")
        return found.group(0).decode("ascii")
    match = re.search(r"[?&]p=([^&#\s]+)", value)
    return match.group(1) if match else value.strip()


def keys_from_file(path: str) -> dict[str, list[bytes]]:
    """Public keys saved from /sertifikat/kunci-publik.json (issuer -> hex key)."""
    try:
        document = json.loads(Path(path).read_text())
        keys: dict[str, list[bytes]] = {}
        for entry in document["keys"]:
            keys.setdefault(entry["issuer"], []).append(bytes.fromhex(entry["public_key"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise CommandError(f"{path} bukan berkas kunci publik Pelita (unduh /sertifikat/kunci-publik.json).") \
            from None
    return keys


class Command(BaseCommand):
    help = ("Periksa sertifikat dari isi kode QR, tautannya, atau berkas PDF sertifikat: tanda tangan, lalu status "
            "(dicabut/diganti/kedaluwarsa) di basis data. Kode keluar: 0 berlaku, 1 tidak sah, 2 dicabut/diganti/"
            "kedaluwarsa/tidak dikenal, 3 hanya tanda tangan yang diperiksa.")

    def add_arguments(self, parser):
        parser.add_argument("payload_or_pdf")
        parser.add_argument("--kunci", metavar="BERKAS",
                            help="kunci-publik.json yang disimpan, untuk memeriksa tanpa basis data")

    def handle(self, *args, payload_or_pdf, kunci=None, **options):
        token = token_from_argument(payload_or_pdf)
        keys, database = None, True
        try:
            keys = services.public_keys()
        except DatabaseError:
            database = False
        if kunci:
            keys = {**(keys or {}), **keys_from_file(kunci)}
        if keys is None:
            raise CommandError("Basis data tidak dapat dihubungi. Berikan kunci publik lembaga: "
                               "--kunci kunci-publik.json (diunduh dari /sertifikat/kunci-publik.json).")
        try:
            data = signing.verify_payload(token, keys)
        except signing.InvalidPayload as exc:
            raise CommandError(f"TIDAK SAH: {exc}") from None
        self.stdout.write("Tanda tangan cocok dengan kunci publik penerbit. Data bertanda tangan:")
        for key in ("number", "name", "course", "issue_date", "issuer", "jp_hours", "expires_on",
                    "verification_code"):
            if data.get(key) is not None:
                self.stdout.write(f"  {key}: {data[key]}")
        if database:
            try:
                verdict = self._status(data)
            except DatabaseError:
                database = False
        if not database:
            self.stdout.write(self.style.WARNING(
                "HANYA TANDA TANGAN YANG DIPERIKSA: basis data tidak terjangkau, jadi status pencabutan atau "
                "penggantian BELUM diperiksa. Tanda tangan sah tidak berarti sertifikat masih berlaku: buka "
                f"halaman verifikasi daring {services.verification_url(data.get('verification_code') or '')}"))
            raise CommandError("status pencabutan belum diperiksa", returncode=NOT_CHECKED)
        if verdict:
            raise CommandError(verdict, returncode=NOT_VALID)
        self.stdout.write(self.style.SUCCESS("SAH: tanda tangan cocok dan sertifikat berlaku (status diperiksa di "
                                             "basis data)."))

    def _status(self, data) -> str | None:
        """None when the certificate holds; otherwise the verdict, also written to stdout."""
        from certificates import selectors

        code = data.get("verification_code")
        certificate = selectors.certificate_by_code(code) if code else None
        if certificate is None or certificate.agency.code != data["issuer"]:
            verdict = "TIDAK DIKENAL: sertifikat dengan kode ini tidak ada di basis data penerbit."
        else:
            state = selectors.certificate_state(certificate)
            changed = certificate.status_changed_at
            when = format_long_date(timezone.localtime(changed).date(), "id") if changed else "-"
            if state == "revoked":
                verdict = f"DICABUT pada {when}: sertifikat ini tidak berlaku lagi."
            elif state == "superseded":
                replacement = certificate.superseded_by.number if certificate.superseded_by else "-"
                verdict = f"DIGANTI pada {when} dengan sertifikat {replacement}: sertifikat ini tidak berlaku lagi."
            elif state == "expired":
                verdict = f"KEDALUWARSA sejak {format_long_date(certificate.expires_on, 'id')}."
            else:
                return None
        self.stdout.write(self.style.ERROR(verdict))
        return verdict
