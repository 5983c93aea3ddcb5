"""Give an agency a new signing key: new certificates and badges are signed with it; old ones keep verifying."""
from django.core.management.base import BaseCommand, CommandError

from accounts.models import Agency
from certificates import services


class Command(BaseCommand):
    help = ("Ganti kunci tanda tangan lembaga (mis. bila kunci lama mungkin bocor). Sertifikat baru ditandatangani "
            "dengan kunci baru; kunci publik lama tetap diterbitkan sehingga sertifikat lama tetap dapat "
            "diverifikasi. Kunci privat lama dihapus.")

    def add_arguments(self, parser):
        parser.add_argument("agency_code", metavar="KODE_LEMBAGA", help="mis. DP3A-BJM")

    def handle(self, *args, agency_code, **options):
        agency = Agency.objects.filter(code=agency_code.strip().upper()).first()
        if agency is None:
            raise CommandError(f"Lembaga dengan kode {agency_code!r} tidak ditemukan.")
        key = services.signing_key_rotate(agency=agency)
        retired = agency.signing_keys.filter(retired_at__isnull=False).count()
        self.stdout.write(self.style.SUCCESS(
            f"Kunci baru untuk {agency.code} ({agency.name}): kid {key.kid}. "
            f"{retired} kunci lama tetap diterbitkan untuk verifikasi."))
