"""Write a consistent backup archive: the database, the media files and a manifest with checksums.

    manage.py backup /var/backups/pelita/            # pelita-backup-YYYYmmdd-HHMMSS.tar in that folder
    manage.py backup /var/backups/pelita/today.tar.gz

PELITA_KEY_ENCRYPTION_KEY is not in the archive: keep it separately.
"""
from django.core.management import BaseCommand, CommandError
from django.utils.translation import gettext as _

from website.backup import BackupError, backup_create


class Command(BaseCommand):
    help = _("Cadangkan basis data dan berkas media ke satu arsip tar.")

    def add_arguments(self, parser):
        parser.add_argument("destination", help=_("berkas .tar/.tar.gz atau folder tujuan"))

    def handle(self, *args, destination, **options):
        try:
            path = backup_create(destination=destination)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(_("Cadangan ditulis: %(path)s") % {"path": path})
        self.stdout.write(_("Simpan PELITA_KEY_ENCRYPTION_KEY terpisah dari arsip ini; tanpa kunci itu sertifikat "
                            "baru tidak dapat ditandatangani setelah pemulihan."))
