from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site (`manage.py load_demo`): its texts are data files under demo/content/."""

    name = "demo"
    verbose_name = _("Situs demo")
