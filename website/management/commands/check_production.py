"""Check a production configuration before starting it: Django's deploy checks plus what Pelita needs.

    DJANGO_SETTINGS_MODULE=website.settings.production manage.py check_production

Prints one line per check and exits non-zero when any fails, so a systemd `ExecStartPre=` or a deploy
script stops before serving a half-configured site.
"""
import os

from django.conf import settings
from django.core.management import BaseCommand, CommandError, call_command
from django.core.management.base import SystemCheckError
from django.utils.translation import gettext as _

from website import health

NOT_DELIVERED = ("console", "locmem", "dummy", "filebased")


def key_encryption_key_problem() -> str | None:
    value = getattr(settings, "PELITA_KEY_ENCRYPTION_KEY", None) or os.environ.get("PELITA_KEY_ENCRYPTION_KEY", "")
    if not str(value).strip():
        return _("PELITA_KEY_ENCRYPTION_KEY kosong: kunci tanda tangan sertifikat tidak dapat dienkripsi. "
                 "Isi dengan kunci acak dan simpan salinannya di tempat aman (tanpa kunci ini cadangan tidak "
                 "dapat dipulihkan).")
    return None


def email_problem() -> str | None:
    parts = settings.EMAIL_BACKEND.split(".")  # django.core.mail.backends.<name>.EmailBackend
    backend = parts[-2] if len(parts) >= 2 else parts[0]
    if backend in NOT_DELIVERED:
        return _("Email tidak terkirim (backend %(backend)s): isi EMAIL_URL, mis. "
                 "smtp+tls://user:sandi@smtp.contoh.go.id:587.") % {"backend": backend}
    if "@pelita.local" in settings.DEFAULT_FROM_EMAIL or "localhost" in settings.SERVER_EMAIL:
        return _("Isi DEFAULT_FROM_EMAIL dan SERVER_EMAIL dengan alamat domain lembaga Anda.")
    return None


def probe_problem(name: str, probe: health.Probe, hint: str) -> str | None:
    if probe.ok:
        return None
    return _("%(name)s tidak dapat dijangkau (%(detail)s). %(hint)s") % {"name": name, "detail": probe.detail,
                                                                        "hint": hint}


def migrations_problem() -> str | None:
    probe = health.migrations_probe()
    if probe.ok:
        return None
    return _("Skema basis data belum mutakhir (%(detail)s). Jalankan: manage.py migrate.") % {"detail": probe.detail}


class Command(BaseCommand):
    help = _("Periksa konfigurasi produksi (check --deploy dan pemeriksaan Pelita) sebelum layanan dijalankan.")

    def handle(self, *args, **options):
        problems: list[tuple[str, str]] = []

        try:
            call_command("check", deploy=True, fail_level="WARNING", stdout=self.stdout, stderr=self.stderr)
        except SystemCheckError as exc:
            problems.append(("check --deploy", str(exc).strip() or _("pemeriksaan Django gagal")))

        checks = [
            ("database", lambda: probe_problem(_("Basis data"), health.database_probe(),
                                               _("Periksa DATABASE_URL."))),
            ("migrations", migrations_problem),
            ("key encryption key", key_encryption_key_problem),
            ("storage", lambda: probe_problem(_("Penyimpanan berkas (media)"), health.storage_probe(write=True),
                                              _("Periksa DJANGO_MEDIA_ROOT atau pengaturan PELITA_S3_*."))),
            ("cache", lambda: probe_problem(_("Cache"), health.cache_probe(), _("Periksa CACHE_URL."))),
            ("broker", lambda: probe_problem(_("Broker Celery"), health.broker_probe(),
                                             _("Isi CELERY_BROKER_URL (mis. redis://127.0.0.1:6379/0) dan "
                                               "pastikan Redis berjalan."))),
            ("email", email_problem),
        ]
        for name, check in checks:
            problem = check()
            if problem:
                problems.append((name, problem))
            else:
                self.stdout.write(f"OK     {name}")

        for name, problem in problems:
            self.stderr.write(f"GAGAL  {name}: {problem}")
        if problems:
            raise CommandError(_("%(n)d pemeriksaan produksi gagal; perbaiki sebelum menjalankan Pelita.")
                               % {"n": len(problems)})
        self.stdout.write(_("Konfigurasi produksi siap."))
