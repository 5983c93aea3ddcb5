"""Give an agency a new signing key (old certificates keep verifying), or re-encrypt every key under a new KEK."""
from django.core.management.base import BaseCommand, CommandError

from accounts.models import Agency
from certificates import services


class Command(BaseCommand):
    help = ("Ganti kunci tanda tangan lembaga (mis. bila kunci lama mungkin bocor). Sertifikat baru ditandatangani "
            "dengan kunci baru; kunci publik lama tetap diterbitkan sehingga sertifikat lama tetap dapat "
            "diverifikasi. Kunci privat lama dihapus. Dengan --enkripsi-ulang: enkripsi ulang semua kunci dengan "
            "kunci enkripsi pertama di PELITA_KEY_ENCRYPTION_KEY (setelah kunci enkripsi diganti).")

    def add_arguments(self, parser):
        parser.add_argument("agency_code", metavar="KODE_LEMBAGA", nargs="?", help="mis. DP3A-BJM")
        parser.add_argument("--enkripsi-ulang", action="store_true", dest="reseal",
                            help="enkripsi ulang semua kunci privat dengan kunci enkripsi (KEK) yang baru")

    def handle(self, *args, agency_code=None, reseal=False, **options):
        if reseal:
            count = services.signing_keys_reseal()
            self.stdout.write(self.style.SUCCESS(f"{count} kunci privat dienkripsi ulang dengan kunci enkripsi baru."))
            if not agency_code:
                return
        if not agency_code:
            raise CommandError("Sebutkan kode lembaga, mis.: manage.py rotate_signing_key DP3A-BJM")
        agency = Agency.objects.filter(code=agency_code.strip().upper()).first()
        if agency is None:
            raise CommandError(f"Lembaga dengan kode {agency_code!r} tidak ditemukan.")
        key = services.signing_key_rotate(agency=agency)
        retired = agency.signing_keys.filter(retired_at__isnull=False).count()
        self.stdout.write(self.style.SUCCESS(
            f"Kunci baru untuk {agency.code} ({agency.name}): kid {key.kid}. "
            f"{retired} kunci lama tetap diterbitkan untuk verifikasi."))
