from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Pelatihan tatap muka")

    def ready(self):
        from courses import registry

        from . import selectors

        # The certificate rule includes workshop attendance when the course was taken in a training event.
        if selectors.attendance_missing not in registry.certificate_checks:
            registry.certificate_checks.append(selectors.attendance_missing)
