from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Situs")

    def ready(self):
        from django.conf import settings
        from PIL import Image

        # Pillow's own bomb guard (a warning past this, an error past twice this) for every image it opens:
        # uploads, thumbnails, and the logos and signatures drawn on certificates.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

        from . import signal_handlers  # noqa: F401
