"""Close and grade every quiz attempt whose time limit has passed (for sites without a Celery worker).

Safe to run as often as wanted (e.g. from cron every few minutes): a closed attempt is never graded twice.
"""
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from assessments import services


class Command(BaseCommand):
    help = _("Tutup dan nilai percobaan kuis yang batas waktunya sudah lewat.")

    def handle(self, *args, **options):
        closed = services.attempts_close_expired()
        self.stdout.write(_("%(n)d percobaan yang lewat waktu ditutup dan dinilai.") % {"n": closed})
