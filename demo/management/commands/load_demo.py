"""Load the demo site (regions, agencies, roles, starter curriculum, demo accounts). Safe to run twice."""
from django.core.management import call_command
from django.core.management.base import BaseCommand

from demo.build import DEMO_PASSWORD, DEMO_USERS
from demo.loader import load_demo


class Command(BaseCommand):
    help = "Memuat konten dan akun demo (aman dijalankan berulang kali)."

    def handle(self, *args, **options):
        call_command("load_regions", stdout=self.stdout)
        load_demo()
        self.stdout.write(self.style.SUCCESS("Konten demo siap."))
        for key, email, phone, _full_name, _role in DEMO_USERS:
            self.stdout.write(f"  {key:8} {email:28} {phone or '':14} sandi: {DEMO_PASSWORD}")
