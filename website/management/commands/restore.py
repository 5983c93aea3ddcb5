"""Restore a backup archive into an empty database and media storage (checksums checked first).

    createdb pelita && manage.py restore /var/backups/pelita/pelita-backup-20250101-020000.tar
    manage.py migrate          # when the code is newer than the archive
"""
from django.core.management import BaseCommand, CommandError
from django.utils.translation import gettext as _

from website.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = _("Pulihkan arsip cadangan ke basis data dan penyimpanan media yang kosong.")

    def add_arguments(self, parser):
        parser.add_argument("archive", help=_("arsip yang dibuat oleh manage.py backup"))
        parser.add_argument("--force", action="store_true",
                            help=_("timpa basis data dan berkas media yang sudah berisi data"))

    def handle(self, *args, archive, force, **options):
        try:
            result = backup_restore(archive_path=archive, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        counts = result.manifest.get("counts", {})
        self.stdout.write(_("Dipulihkan: basis data %(db)s, %(files)d berkas media, %(certificates)s sertifikat, "
                            "%(users)s pengguna (cadangan %(created)s).") % {
            "db": result.database, "files": result.media_files, "certificates": counts.get("certificates", "?"),
            "users": counts.get("users", "?"), "created": result.manifest.get("created_at", "?")})
        self.stdout.write(_("Jalankan manage.py migrate bila kode lebih baru dari cadangan."))
