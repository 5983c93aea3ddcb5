"""Load Indonesia's administrative regions (Kemendagri codes) from the shipped data files, idempotently."""
import time

from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import Region
from accounts.regions_data import DATA_VERSION, read_region_rows


class Command(BaseCommand):
    help = "Memuat data wilayah (provinsi, kabupaten/kota, kecamatan, desa/kelurahan) dari berkas yang disertakan."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Tulis ulang walaupun jumlahnya sudah sama.")

    def handle(self, *args, force=False, **options):
        started = time.monotonic()
        rows = read_region_rows()
        if not force and Region.objects.count() == len(rows):
            self.stdout.write(f"Wilayah sudah lengkap ({len(rows)} baris, {DATA_VERSION}); tidak ada perubahan.")
            return
        objects = [Region(code=r.code, name=r.name, level=r.level, parent_id=r.parent_code, full_name=r.full_name)
                   for r in rows]
        with transaction.atomic():
            Region.objects.bulk_create(objects, batch_size=2000, update_conflicts=True, unique_fields=["code"],
                                       update_fields=["name", "level", "parent", "full_name"])
        self.stdout.write(self.style.SUCCESS(
            f"{len(rows)} wilayah dimuat dari {DATA_VERSION} dalam {time.monotonic() - started:.1f} detik."))
