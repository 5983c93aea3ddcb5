"""Verify a certificate offline: a QR payload (or the link from the QR), or a Pelita certificate PDF."""
import re
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from certificates import services, signing

TOKEN = re.compile(rb"PLT1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


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


class Command(BaseCommand):
    help = "Periksa tanda tangan sertifikat dari isi kode QR, tautannya, atau berkas PDF sertifikat."

    def add_arguments(self, parser):
        parser.add_argument("payload_or_pdf")

    def handle(self, *args, payload_or_pdf, **options):
        token = token_from_argument(payload_or_pdf)
        try:
            data = signing.verify_payload(token, services.public_keys())
        except signing.InvalidPayload as exc:
            raise CommandError(f"TIDAK SAH: {exc}") from None
        self.stdout.write(self.style.SUCCESS("SAH: tanda tangan cocok dengan kunci publik penerbit."))
        for key in ("number", "name", "course", "issue_date", "issuer", "jp_hours", "expires_on",
                    "verification_code"):
            if data.get(key) is not None:
                self.stdout.write(f"  {key}: {data[key]}")
